"""``altoviz export ENTITY``: every record of a list, as JSONL or CSV, streamed page by page.

Records are written as they arrive (pages are prefetched while the previous one is written), so memory stays
flat whatever the list's size. CSV needs its header first and records may carry fields the first ones lack,
so a CSV export spools the records to a temporary JSONL file, then writes the CSV from it: two passes over
the disk, still flat memory. A CSV's nested fields become dotted columns (``billingAddress.city``), which is
what ``altoviz import`` reads back.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal

from .._records.cells import escape_cell
from .common import ExitCode, add_api_options, fail, open_client, run_command
from .output import FORMATS, SHORTHANDS
from .progress import progress
from .resources import FILTERS, LISTS, accepted_params, convert_filter

Format = Literal["jsonl", "csv"]
EXPORT_FORMATS = ("jsonl", "csv", *FORMATS)


def register(subparsers: Any) -> None:
    """Add the ``export`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "export",
        help="write every record of a list as JSONL or CSV",
        description="Write every record of a list, page after page, as JSONL (one JSON object a line) or CSV, or "
        "in any output format of the other commands. Client-side: the official CLI's server-side export formats "
        "(Excel, EuropeanCsv...) and its stats use endpoints the published API description does not have.",
    )
    parser.set_defaults(handler=handle)
    parser.add_argument(
        "entity", choices=sorted(LISTS), metavar="ENTITY", help=f"what to export: {', '.join(sorted(LISTS))}"
    )
    parser.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        metavar="FORMAT",
        help="jsonl or csv (streamed), or any --output format of the other commands: "
        f"{', '.join(FORMATS)} (default: from the file's extension, else jsonl)",
    )
    for flag, fmt in SHORTHANDS.items():
        parser.add_argument(f"--{flag}", dest="format", action="store_const", const=fmt, help=f"--format {fmt}")
    parser.add_argument("--out", type=Path, help="file to write (atomically); default: standard output")
    parser.add_argument(
        "--output",
        "-o",
        type=Path,
        help="a format (json, yaml, csv-eu... as in the other commands), else a file to write as --out",
    )
    parser.add_argument("--columns", metavar="PATHS", help="with the table-like formats: 'id|name|billingAddress.city'")
    filters = parser.add_argument_group("filters (each list takes some of them)")
    filters.add_argument("--from", dest="from_", metavar="YYYY-MM-DD", help="documents dated on or after")
    filters.add_argument("--to", metavar="YYYY-MM-DD", help="documents dated on or before")
    filters.add_argument("--customer-id", metavar="ID", help="documents of one customer")
    filters.add_argument("--status", help="documents in this status (e.g. Paid, Draft)")
    filters.add_argument("--query", help="full-text search")
    paging = parser.add_argument_group("paging")
    paging.add_argument("--page-size", type=int, default=100, help="records per request (default: %(default)s)")
    paging.add_argument("--prefetch", type=int, default=2, help="pages fetched ahead (default: %(default)s)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    add_api_options(parser)


def handle(args: argparse.Namespace) -> int:
    """Run the export."""
    return run_command(export, args)


def list_arguments(entity: str, args: argparse.Namespace) -> dict[str, Any]:
    """Return the list operation's keyword arguments from the filters given; refuse filters it does not take."""
    accepted = accepted_params(LISTS[entity])
    kwargs: dict[str, Any] = {}
    for spec in FILTERS:
        value = getattr(args, spec.param, None)
        if value is None:
            continue
        if spec.param not in accepted:
            takes = [f.option for f in FILTERS if f.param in accepted]
            fail(f"export {entity} does not take {spec.option} (it takes: {', '.join(takes) or 'no filter'})")
        try:
            kwargs[spec.param] = convert_filter(spec.option, value, accepted[spec.param])
        except ValueError as exc:
            fail(str(exc))
    return kwargs


def output_format(args: argparse.Namespace) -> Format:
    """Return the format asked for, else the one the output file's extension names, else JSONL."""
    if args.output is not None and str(args.output) in EXPORT_FORMATS:
        # -o json: the global option's meaning (a format), as in every other command.
        args.format, args.output = args.format or str(args.output), None
    if getattr(args, "out", None) is not None:
        args.output = args.out
    if args.format:
        return "csv" if args.format in ("csv", "csv-us") else "jsonl"
    if args.output is not None and args.output.suffix.lower() == ".csv":
        return "csv"
    return "jsonl"


async def export(args: argparse.Namespace) -> int:
    """Stream the list to the output; print the count on stderr."""
    if args.page_size < 1 or args.prefetch < 0:
        fail("--page-size must be at least 1 and --prefetch not negative")
    kwargs = list_arguments(args.entity, args)
    fmt = output_format(args)
    rendered = args.format if args.format not in (None, "jsonl", "csv", "csv-us") else None
    count = 0
    with (
        _destination(args.output) as out,
        _rendered(rendered, args.columns, out) as target,
        _spool(fmt, target) as sink,
        progress(f"export {args.entity}", enabled=not args.quiet) as bar,
    ):
        async with open_client(args) as client:
            pager = client.paginate(LISTS[args.entity], page_size=args.page_size, **kwargs).prefetch(args.prefetch)
            async for page in pager.pages():
                sink.write("".join(json.dumps(item.to_dict(), ensure_ascii=False) + "\n" for item in page))
                count += len(page)
                bar.update(count, None)
    where = f" to {args.output}" if args.output is not None else ""
    print(f"exported {count} {args.entity}{where}", file=sys.stderr)
    return ExitCode.OK


@contextlib.contextmanager
def _destination(path: Path | None) -> Iterator[IO[str]]:
    """Yield standard output, or a temporary file beside ``path`` renamed over it only when the export completes."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as file:
            yield file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def _rendered(fmt: str | None, columns: str | None, out: IO[str]) -> Iterator[IO[str]]:
    """Where the JSONL goes: ``out`` itself, or a spool rendered at the end in an output format (json, yaml...)."""
    if fmt is None:
        yield out
        return
    from .output import OutputOptions, parse_columns, render

    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        yield spool
        spool.seek(0)
        # These formats are whole documents (a JSON array, a table): the records are read back to write one.
        records = [json.loads(line) for line in spool]
        out.write(
            render(records, OutputOptions(format=fmt, columns=parse_columns(columns), color=fmt == "colored-json"))
        )


@contextlib.contextmanager
def _spool(fmt: Format, out: IO[str]) -> Iterator[IO[str]]:
    """Where JSONL lines go: the output itself, or (for CSV) a temporary file converted at the end."""
    if fmt == "jsonl":
        yield out
        return
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        yield spool
        spool.seek(0)
        write_csv(spool, out)


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """Flatten a wire record to CSV cells: nested objects become dotted columns, lists stay JSON.

    Text that a spreadsheet would run as a formula gets a leading quote (``escape_cell``); import removes it.
    """
    cells: dict[str, str] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            cells.update(flatten(value, f"{name}."))
        elif isinstance(value, list):
            cells[name] = json.dumps(value, ensure_ascii=False)
        elif isinstance(value, bool):
            cells[name] = "true" if value else "false"
        elif value is None:
            cells[name] = ""
        elif isinstance(value, str):
            cells[name] = escape_cell(value)
        else:
            cells[name] = str(value)
    return cells


def write_csv(jsonl: IO[str], out: IO[str]) -> None:
    """Write JSONL records as CSV; columns in first-seen order, read in a first pass."""
    columns: dict[str, None] = {}
    for line in jsonl:
        columns.update(dict.fromkeys(flatten(json.loads(line))))
    jsonl.seek(0)
    # CRLF (RFC 4180, what spreadsheets write): with it as the line terminator the csv module quotes every
    # cell holding a CR or an LF; with a bare LF it would leave a lone CR unquoted and split the row on reading.
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([escape_cell(column) for column in columns])
    for line in jsonl:
        cells = flatten(json.loads(line))
        writer.writerow([cells.get(column, "") for column in columns])
