"""The ``altoviz`` command. Each subcommand lives in its own module and registers itself here.

To add one (import, export, download, whoami...): write ``cli/<name>.py`` with ``register(subparsers)``
that adds a parser and sets ``handler`` (a function taking the parsed args and returning an exit
code), then list the module in ``_SUBCOMMANDS``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from .._version import __version__
from . import sandbox

Handler = Callable[[argparse.Namespace], int]

_SUBCOMMANDS: tuple[ModuleType, ...] = (sandbox,)


def build_parser() -> argparse.ArgumentParser:
    """Return the top-level parser with every subcommand."""
    parser = argparse.ArgumentParser(prog="altoviz", description="Tools for the Altoviz invoicing API.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in _SUBCOMMANDS:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    return handler(args)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
