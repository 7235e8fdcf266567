"""``altoviz import ENTITY FILE``: validate a CSV or JSONL file, then create or update its records.

The whole file is read and validated before the first request (``load_records``): a file with a bad row
imports nothing, and the error names every bad row, field and reason, unless ``--skip-invalid`` says to
import the good rows anyway. Records are then upserted by ``bulk_upsert`` through their ``internalId``,
with a ledger next to the file so that a re-run after a crash or a Ctrl-C resumes instead of duplicating.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._records import ENTITIES, LoadedRecords, load_records, parse_map_pairs, read_mapping_file
from ..registry import lookup
from .common import ExitCode, add_api_options, fail, open_client, run_command, warn
from .progress import Progress, progress

if TYPE_CHECKING:
    from .._bulk import BulkProgress, BulkReport

DEFAULT_CONCURRENCY = 64
LEDGER_SUFFIX = ".ledger"
# Failures beyond this many are counted, not listed: the ledger has every one of them.
_FAILURES_SHOWN = 20


def register(subparsers: Any) -> None:
    """Add the ``import`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "import",
        help="create or update records from a CSV or JSONL file",
        description="Validate FILE, then create the records that do not exist yet and update the others, "
        "matched by internalId. Nothing is sent unless the whole file is valid (see --skip-invalid).",
    )
    parser.set_defaults(handler=handle)
    names = [name for spec in ENTITIES.values() for name in lookup(spec.name).cli_names]
    parser.add_argument(
        "entity", choices=names, metavar="ENTITY", help=f"what the file holds: {', '.join(sorted(names))}"
    )
    parser.add_argument("file", type=Path, help="a CSV file (header on line 1) or a JSONL file")
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="read COLUMN into FIELD (a wire field such as companyName or billingAddress.city; '-' skips the "
        "column); repeatable",
    )
    parser.add_argument("--map-file", type=Path, help="a file of COLUMN=FIELD lines (--map wins over it)")
    parser.add_argument(
        "--encoding",
        help="the file's encoding, e.g. cp1252 or latin-1 (default: UTF-8, with or without BOM; a CSV file that "
        "is not UTF-8 is read as cp1252, what French Excel writes)",
    )
    parser.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows and list the invalid ones (exit code 1)"
    )
    parser.add_argument("--ledger", type=Path, help=f"where to record what was imported (default: FILE{LEDGER_SUFFIX})")
    parser.add_argument("--no-ledger", action="store_true", help="keep no ledger (a re-run checks every record)")
    parser.add_argument(
        "--concurrency", type=int, default=DEFAULT_CONCURRENCY, help="requests in flight (default: %(default)s)"
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    add_api_options(parser)


def handle(args: argparse.Namespace) -> int:
    """Run the import."""
    return run_command(run_import, args)


def column_mapping(args: argparse.Namespace) -> dict[str, str]:
    """Return the mapping file's pairs, overridden by the ``--map`` options."""
    mapping = read_mapping_file(args.map_file) if args.map_file is not None else {}
    mapping.update(parse_map_pairs(args.map))
    return mapping


def ledger_path(args: argparse.Namespace) -> Path | None:
    """Return the ledger asked for, else one beside the file; None with ``--no-ledger``."""
    if args.no_ledger:
        return None
    if args.ledger is not None:
        return Path(args.ledger)
    return Path(args.file).with_name(Path(args.file).name + LEDGER_SUFFIX)


def progress_callback(bar: Progress) -> Callable[[BulkProgress], None]:
    """Adapt the engine's progress reports to the progress display."""

    def report(state: BulkProgress) -> None:
        bar.update(state.done, state.total, failed=state.failed, rate=state.rate, eta=state.eta)

    return report


async def run_import(args: argparse.Namespace) -> int:
    """Validate, then upsert; 1 when any record was not imported (failed, or skipped as invalid)."""
    if args.concurrency < 1:
        fail("--concurrency must be at least 1")
    loaded = load_records(
        args.entity,
        args.file,
        mapping=column_mapping(args) or None,
        skip_invalid=args.skip_invalid,
        encoding=args.encoding,
    )
    _warn_about_file(loaded)
    # Imported when an import runs: the other subcommands need none of the bulk engine.
    from .._bulk import bulk_upsert

    async with open_client(args) as client:
        with progress(f"import {args.entity}", enabled=not args.quiet) as bar:
            report = await bulk_upsert(
                client,
                loaded.entity.name,
                loaded.records,
                ledger=ledger_path(args),
                max_concurrency=args.concurrency,
                on_progress=progress_callback(bar),
            )
    _print_report(args, loaded, report)
    return ExitCode.FAILED if report.failed or loaded.errors else ExitCode.OK


def _warn_about_file(loaded: LoadedRecords) -> None:
    if loaded.ignored_columns:
        warn(f"columns not imported (no matching field; see --map): {', '.join(loaded.ignored_columns)}")
    for error in loaded.errors:
        warn(f"skipped {error}")


def _print_report(args: argparse.Namespace, loaded: LoadedRecords, report: BulkReport) -> None:
    for result in report.failed[:_FAILURES_SHOWN]:
        where = f"row {result.row} " if result.row is not None else ""
        warn(f"{where}({result.internal_id}) failed: {result.reason}")
    if len(report.failed) > _FAILURES_SHOWN:
        warn(f"... and {len(report.failed) - _FAILURES_SHOWN} more failures (see the ledger)")
    counts = ", ".join(f"{count} {outcome.value}" for outcome, count in report.counts.items())
    skipped = f", {len(loaded.invalid_rows)} invalid row(s) skipped" if loaded.errors else ""
    print(f"{args.entity} from {args.file}: {counts}{skipped} in {report.duration:.1f} s")
    if report.results_path is not None:
        print(f"per-record results: {report.results_path}")
    sys.stdout.flush()
