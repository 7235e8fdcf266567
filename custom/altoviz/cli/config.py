"""``altoviz config list | get | create | delete | reset``: named profiles (see ``profiles.py``)."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from . import profiles
from .runner import emit
from .settings import CLI_API_KEY_ENV, current, is_terminal, with_global_options

KEYS_PAGE = "https://app.altoviz.com/go/settings/apis"


def config() -> click.Command:
    """Return the ``config`` group."""
    group = click.Group("config", help="Manage profiles: an endpoint and an API key each (the key in the OS keychain).")
    for command in (_list(), _get(), _create(), _delete(), _reset()):
        group.add_command(with_global_options(command))
    return with_global_options(group)


def _row(profile: profiles.Profile) -> dict[str, Any]:
    return {
        "profile": profile.name,
        "endpoint": profile.endpoint or "https://api.altoviz.com",
        "key": "set" if profile.api_key else "not set",
        "keyStore": profile.key_store,
    }


def _list() -> click.Command:
    @click.command("list", help="List the profiles.")
    def run() -> int:
        rows = [_row(p) for name in profiles.names() if (p := profiles.load(name)) is not None]
        emit(rows, current())
        return 0

    return run


def _get() -> click.Command:
    @click.command("get", help="Show a profile's endpoint and whether it has a key (never the key).")
    @click.argument("profile_name", metavar="[PROFILE]", required=False)
    def run(profile_name: str | None) -> int:
        name = profile_name or current().profile_name
        found = profiles.load(name)
        if found is None:
            click.echo(f"altoviz: error: no profile named {name!r}", err=True)
            return 3
        emit(_row(found), current())
        return 0

    return run


def _create() -> click.Command:
    @click.command("create", help=f"Add or update a profile; without --api-key, asks for it (keys: {KEYS_PAGE}).")
    @click.argument("profile_name", metavar="[PROFILE]", required=False)
    @click.option("--api-key", "key", help="the API key (asked for when not given at a terminal)")
    @click.option("--endpoint", help="the API base URL (default: https://api.altoviz.com)")
    def run(profile_name: str | None, key: str | None, endpoint: str | None) -> int:
        settings = current()
        name = profile_name or settings.profile_name
        key = key or settings.api_key or os.environ.get(CLI_API_KEY_ENV)
        if key is None and is_terminal(sys.stdin):
            click.echo(f"Create an API key at {KEYS_PAGE}", err=True)
            key = click.prompt("API key", hide_input=True)
        if key is None and profiles.load(name) is None:
            raise click.UsageError(f"a new profile needs a key: --api-key or ${CLI_API_KEY_ENV} (keys: {KEYS_PAGE})")
        where = profiles.save(name, api_key=key, endpoint=endpoint or settings.endpoint)
        if where == "file":
            click.echo(
                f"altoviz: warning: no OS keychain here: the key is in {profiles.config_path()} (mode 0600)", err=True
            )
        if not settings.quiet:
            click.echo(f"profile {name} saved (key: {where})", err=True)
        return 0

    return run


def _delete() -> click.Command:
    @click.command("delete", help="Remove a profile and its stored key.")
    @click.argument("profile_name", metavar="[PROFILE]", required=False)
    def run(profile_name: str | None) -> int:
        name = profile_name or current().profile_name
        if not profiles.delete(name):
            click.echo(f"altoviz: error: no profile named {name!r}", err=True)
            return 3
        if not current().quiet:
            click.echo(f"profile {name} deleted", err=True)
        return 0

    return run


def _reset() -> click.Command:
    @click.command("reset", help="Remove every profile and stored key.")
    def run() -> int:
        settings = current()
        if not settings.yes and is_terminal(sys.stdin):
            click.confirm("Delete every profile and key?", abort=True)
        count = profiles.reset()
        if not settings.quiet:
            click.echo(f"{count} profile(s) deleted", err=True)
        return 0

    return run
