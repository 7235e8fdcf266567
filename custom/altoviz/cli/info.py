"""``altoviz about`` and ``altoviz version``."""

from __future__ import annotations

import click

from .._version import __version__
from .settings import with_global_options

WEBSITE = "https://www.altoviz.com"
API_DOCS = "https://developer.altoviz.com"


def about() -> click.Command:
    """Return the ``about`` command."""

    @click.command("about", help="Version, website and copyright.")
    def run() -> None:
        from .settings import current

        if current().quiet:
            return
        click.echo(f"altoviz {__version__}: the Python SDK's command for the Altoviz API")
        click.echo(f"website:  {WEBSITE}")
        click.echo(f"API docs: {API_DOCS}")
        click.echo("license:  MIT, the altoviz-client contributors; Altoviz is a trademark of its owner")

    return with_global_options(run)


def version() -> click.Command:
    """Return the ``version`` command."""

    @click.command("version", help="Print the version.")
    @click.option(
        "--check",
        is_flag=True,
        help="accepted for the official CLI's scripts; this package's updates come from pip, so nothing is checked",
    )
    def run(check: bool) -> None:
        click.echo(__version__)

    return with_global_options(run)
