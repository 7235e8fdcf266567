"""``altoviz download invoices|credits|quotes``: the PDFs of every document in a date range, into a directory.

The documents are listed first (prefetching pages), then downloaded a few at a time with ``download_many``:
each PDF is streamed to a temporary file and renamed into place, so the directory never holds a partial PDF.
One failed download does not stop the others; the command lists the failures and exits 1.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .._client import AltovizClient
from .._errors import AltovizError
from .._filenames import document_file_names
from .common import ExitCode, add_api_options, fail, open_client, run_command, warn
from .progress import Progress, progress
from .resources import DOCUMENTS, convert_filter

# download_many reports only when a whole batch is done; batches of a few rounds keep the progress honest
# while the workers stay busy almost all the time.
_ROUNDS_PER_BATCH = 8


def register(subparsers: Any) -> None:
    """Add the ``download`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "download",
        help="download the PDFs of the documents in a date range",
        description="List the invoices, credits or quotes dated in a range, then download their PDFs into a "
        "directory (named by document number made file-safe; drafts as draft-ID.pdf; numbers that would "
        "share a name get -ID appended).",
    )
    parser.set_defaults(handler=handle)
    parser.add_argument(
        "kind", choices=sorted(DOCUMENTS), metavar="KIND", help=f"which documents: {', '.join(sorted(DOCUMENTS))}"
    )
    parser.add_argument("--from", dest="from_", metavar="YYYY-MM-DD", help="dated on or after")
    parser.add_argument("--to", metavar="YYYY-MM-DD", help="dated on or before")
    parser.add_argument("--dir", type=Path, default=Path(), help="where to write the PDFs (default: here)")
    parser.add_argument("--concurrency", type=int, default=4, help="downloads at once (default: %(default)s)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    add_api_options(parser)


def handle(args: argparse.Namespace) -> int:
    """Run the download."""
    return run_command(download, args)


async def download(args: argparse.Namespace) -> int:
    """List, then download; 1 when any download failed."""
    if args.concurrency < 1:
        fail("--concurrency must be at least 1")
    try:
        dates = {
            name: convert_filter(option, value, datetime.date)
            for name, option, value in (("from_", "--from", args.from_), ("to", "--to", args.to))
            if value is not None
        }
    except ValueError as exc:
        fail(str(exc))
    args.dir.mkdir(parents=True, exist_ok=True)
    async with open_client(args) as client:
        names = await _list_documents(client, args.kind, dates)
        with progress(f"download {args.kind}", enabled=not args.quiet) as bar:
            results = await _download_all(client, args.kind, names, args.dir, args.concurrency, bar)
    failed = {ident: error for ident, error in results.items() if isinstance(error, AltovizError)}
    for ident, error in sorted(failed.items()):
        warn(f"{DOCUMENTS[args.kind].entity.singular} {ident}: {error}")
    # Counted as distinct files on disk, not as answers: the summary says what the directory now holds.
    written = {path for path in results.values() if isinstance(path, Path) and path.is_file()}
    print(f"downloaded {len(written)} of {len(names)} {args.kind} to {args.dir}", file=sys.stderr)
    return ExitCode.FAILED if failed else ExitCode.OK


async def _list_documents(client: AltovizClient, kind: str, dates: Mapping[str, Any]) -> dict[int, str]:
    numbers: dict[int, str | None] = {}
    async for doc in client.paginate(DOCUMENTS[kind].list_op, **dates).prefetch(2):
        numbers[int(doc.id)] = doc.number if isinstance(doc.number, str) else None
    # Named once the whole list is known: whether a name clashes depends on every other document.
    return document_file_names(numbers)


async def _download_all(
    client: AltovizClient, kind: str, names: dict[int, str], directory: Path, concurrency: int, bar: Progress
) -> dict[int, Path | AltovizError]:
    ids = list(names)
    batch = concurrency * _ROUNDS_PER_BATCH
    results: dict[int, Path | AltovizError] = {}
    bar.update(0, len(ids))
    for start in range(0, len(ids), batch):
        done = await client.download_many(
            DOCUMENTS[kind].download_op,
            ids[start : start + batch],
            directory,
            concurrency=concurrency,
            filename=names.__getitem__,
        )
        results.update(done)
        failed = sum(isinstance(outcome, AltovizError) for outcome in results.values())
        bar.update(len(results), len(ids), failed=failed)
    return results
