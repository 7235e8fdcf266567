"""The bulk commands (import, export, download, whoami, sandbox) under click, with their own argparse parsers.

Their parsers and handlers stay as they are (``importing.py``, ``export.py``...): click hands them the rest of
the line. The global options given before the command (``altoviz -p staging import ...``) fill in what the
command's own options left unset.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable

import click

from .settings import current
from .settings import given as explicit

_MODULES = {
    # Not a top-level command: its subcommands that the generated `webhook` group lacks (trigger) come from it.
    "webhook": ("webhook", "send a sample event to a local receiver"),
    "import": ("importing", "create or update records from a CSV or JSONL file, validated, exactly once, resumable"),
    "export": ("export", "write every record of a list as JSONL or CSV; client-side (see altoviz --help)"),
    "download": ("download", "download the PDFs of the documents in a date range"),
    "whoami": ("whoami", "check the API key and show the company and user it belongs to"),
    "sandbox": ("sandbox", "run a local, stateful Altoviz server"),
}
# Global options the argparse commands also take: the value from before the command fills them when unset.
_INHERITED = ("profile", "api_key", "base_url", "quiet", "verbose")


def _wrap(name: str) -> Callable[[], click.Command]:
    short = _MODULES[name][1]

    def factory() -> click.Command:
        @click.command(
            name,
            help=short,
            short_help=short,
            add_help_option=False,
            context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
        )
        @click.argument("args", nargs=-1, type=click.UNPROCESSED)
        def run(args: tuple[str, ...]) -> int:
            return run_argparse(name, list(args))

        return run

    return factory


def build_parser(name: str | None = None) -> argparse.ArgumentParser:
    """Return the argparse parser of one bulk command, or of them all (it parses ``[name, *args]``)."""
    parser = argparse.ArgumentParser(prog="altoviz", formatter_class=argparse.RawDescriptionHelpFormatter)
    subparsers = parser.add_subparsers(dest="command", required=True)
    for command in [name] if name is not None else [n for n in _MODULES if n != "webhook"]:
        importlib.import_module(f".{_MODULES[command][0]}", __package__).register(subparsers)
    return parser


def run_argparse(name: str, argv: list[str], *, sub: str | None = None) -> int:
    """Parse ``argv`` with the command's own parser (``sub``: one of its subcommands), then run its handler."""
    parser = build_parser(name)
    try:
        args = parser.parse_args([name, *([sub] if sub else []), *_glued_keys(argv)])
    except SystemExit as exc:  # --help (0) or a usage error (2), already printed by argparse
        return int(exc.code) if isinstance(exc.code, int) else 2
    settings = current()
    given = {
        "profile": settings.profile,
        "api_key": settings.api_key,
        "base_url": settings.endpoint,
        "quiet": settings.quiet,
        "verbose": settings.verbose,
    }
    # export: altoviz --json export customers, altoviz --columns 'id|name' export customers --md
    given["format"], given["columns"] = explicit("output"), explicit("columns")
    for attr in (*_INHERITED, "format", "columns"):
        if hasattr(args, attr) and not getattr(args, attr) and given[attr]:
            setattr(args, attr, given[attr])
    handler: Callable[[argparse.Namespace], int] = args.handler
    return int(handler(args))


EXTENSIONS: dict[str, dict[str, str]] = {"webhook": {"trigger": "send one sample event to a local receiver"}}
"""Subcommands that hand-written modules add to a generated group: noun -> {subcommand: short help}."""


def extension_command(noun: str, sub: str) -> click.Command:
    """Return the click command that runs subcommand ``sub`` of the argparse command ``noun``."""
    short = EXTENSIONS[noun][sub]

    @click.command(
        sub,
        help=short,
        short_help=short,
        add_help_option=False,
        context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    )
    @click.argument("args", nargs=-1, type=click.UNPROCESSED)
    def run(args: tuple[str, ...]) -> int:
        return run_argparse(noun, list(args), sub=sub)

    return run


def _glued_keys(argv: list[str]) -> list[str]:
    """``--api-key -x...`` -> ``--api-key=-x...``: argparse takes a key starting with ``-`` for an option."""
    out: list[str] = []
    tokens = iter(argv)
    for token in tokens:
        if token == "--api-key":
            value = next(tokens, None)
            out.append(token if value is None else f"{token}={value}")
        else:
            out.append(token)
    return out


import_command = _wrap("import")
export_command = _wrap("export")
download_command = _wrap("download")
whoami_command = _wrap("whoami")
sandbox_command = _wrap("sandbox")
