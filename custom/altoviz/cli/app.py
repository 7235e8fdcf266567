"""The root of the ``altoviz`` command: global options, the built-in commands and the resource commands.

Commands are built on first use: ``altoviz --help`` lists the resources from the registry's names alone and
imports no generated operation, no httpx and no rich, so it starts in well under 250 ms.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

import click

from .._version import __version__
from .codes import EXIT_CODES_HELP
from .settings import with_global_options

# name -> (module, attribute, short help). Short helps are here so that the root's --help imports nothing.
_BUILTINS: dict[str, tuple[str, str, str]] = {
    "config": (".config", "config", "Manage profiles: list | get | create | delete | reset"),
    "about": (".info", "about", "Version, website and copyright"),
    "version": (".info", "version", "Print the version"),
    "completion": (".completion", "completion", "Print a completion script for bash, zsh, fish or pwsh"),
    "import": (".legacy", "import_command", "Create or update records from a CSV or JSONL file (exactly once)"),
    "export": (".legacy", "export_command", "Write every record of a list as JSONL or CSV (client-side)"),
    "download": (".legacy", "download_command", "Download the PDFs of the documents in a date range"),
    "whoami": (".legacy", "whoami_command", "Check the API key and show whose it is"),
    "sandbox": (".legacy", "sandbox_command", "Run a local, stateful Altoviz server"),
}

ROOT_HELP = f"""Tools for the Altoviz invoicing API: a superset of the official Altoviz CLI.

Every command line of the official CLI works here with the same meaning, output formats and exit codes.
On top: validated, resumable bulk imports (import), PDFs in bulk (download), a local server (sandbox).

Not in the published API description, so not here: the official CLI's server-side export formats (Excel,
EuropeanCsv...) and its stats commands. Our export is client-side and every --output format works on it.

\b
{EXIT_CODES_HELP}
"""


class RootGroup(click.Group):
    """The root: built-ins, then the registry's resources, each built when first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Built-ins, then resource nouns in the registry's order."""
        from .tree import resource_names

        return [*_BUILTINS, *(name for name in resource_names() if name not in _BUILTINS)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Return a built-in, else the resource named (by noun, plural, CLI name or attribute name)."""
        builtin = _BUILTINS.get(cmd_name)
        if builtin is not None:
            module, attr, _ = builtin
            factory: Callable[[], click.Command] = getattr(importlib.import_module(module, __package__), attr)
            return factory()
        from .tree import resource_command

        return resource_command(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List commands with short helps that need no import of the commands themselves."""
        from .tree import resource_help

        builtins = [(name, help_text) for name, (_, _, help_text) in _BUILTINS.items()]
        resources = [(name, help_text) for name, help_text in resource_help() if name not in _BUILTINS]
        with formatter.section("Commands"):
            formatter.write_dl(builtins)
        with formatter.section("Resources (from the API description)"):
            formatter.write_dl(resources)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """Name the resolved command by its canonical name (``customers`` runs ``customer``)."""
        name, cmd, rest = super().resolve_command(ctx, args)
        return (cmd.name if cmd is not None else name), cmd, rest


def build() -> click.Group:
    """Return the root command."""
    root = RootGroup(
        name="altoviz",
        help=ROOT_HELP,
        context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 120},
    )
    root.params.append(
        click.Option(
            ["--version"],
            is_flag=True,
            expose_value=False,
            is_eager=True,
            help="print the version and exit",
            callback=_print_version,
        )
    )
    return with_global_options(root, hidden=False)  # type: ignore[return-value]


def _print_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"altoviz {__version__}")
        ctx.exit(0)
