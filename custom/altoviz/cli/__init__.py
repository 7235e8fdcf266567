"""The ``altoviz`` command. Each subcommand lives in its own module and registers itself here.

To add one: write ``cli/<name>.py`` with ``register(subparsers)`` that adds a parser and sets ``handler``
(a function taking the parsed args and returning an exit code, see ``common.ExitCode``), then list the
module in ``_SUBCOMMANDS``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from .._version import __version__
from . import download, export, importing, sandbox, webhook, whoami
from .common import EXIT_CODES_HELP

Handler = Callable[[argparse.Namespace], int]

_SUBCOMMANDS: tuple[ModuleType, ...] = (importing, export, download, whoami, sandbox, webhook)


def build_parser() -> argparse.ArgumentParser:
    """Return the top-level parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="altoviz",
        description="Tools for the Altoviz invoicing API. The API commands read ALTOVIZ_BASE_URL and"
        " ALTOVIZ_API_KEY (or --base-url and --api-key).",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in _SUBCOMMANDS:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except KeyboardInterrupt:
        # Ctrl-C is the user's decision, not a failure to explain with a traceback.
        print("altoviz: interrupted", file=sys.stderr)
        return 130  # the shell's convention for a command ended by SIGINT


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
