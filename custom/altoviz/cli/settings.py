"""The global options (before or after the subcommand), the environment, the profile: one ``Settings``.

Every command carries the global options, and so does the root group: ``altoviz --json customer list`` and
``altoviz customer list --json`` mean the same. An option given explicitly anywhere wins over its default; given
twice, the one nearer the end wins, as a user reading the line expects.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, field
from typing import Any

import click

from .output import FORMATS, SHORTHANDS, OutputOptions, parse_columns

PROFILE_ENV = "ALTOVIZ_CLI_PROFILE"
CLI_API_KEY_ENV = "ALTOVIZ_CLI_API_KEY"
CLI_ENDPOINT_ENV = "ALTOVIZ_CLI_ENDPOINT"
SDK_API_KEY_ENV = "ALTOVIZ_API_KEY"
SDK_BASE_URL_ENV = "ALTOVIZ_BASE_URL"
_META = "altoviz.globals"


@dataclass
class Settings:
    """Everything the global options, the environment and the profile decide."""

    profile: str | None = None
    api_key: str | None = field(default=None, repr=False)
    endpoint: str | None = None
    output: str = "table"
    columns: str | None = None
    verbose: bool = False
    no_color: bool = False
    quiet: bool = False
    yes: bool = False
    show_time: bool = False

    def output_options(self) -> OutputOptions:
        """Return the renderer's options; colour only on a terminal, and never with ``--no-color`` or ``NO_COLOR``."""
        color = not self.no_color and "NO_COLOR" not in os.environ
        width = shutil.get_terminal_size((120, 24)).columns
        return OutputOptions(
            format=self.output,
            columns=parse_columns(self.columns),
            color=color and (self.output == "colored-json" or _stdout_is_terminal()),
            show_time=self.show_time,
            width=width,
        )

    @property
    def profile_name(self) -> str:
        """The profile in use: ``--profile``, else ``ALTOVIZ_CLI_PROFILE``, else ``default``."""
        return self.profile or os.environ.get(PROFILE_ENV) or "default"


def _stdout_is_terminal() -> bool:
    return is_terminal(sys.stdout)


def is_terminal(stream: Any) -> bool:
    """Whether ``stream`` is a terminal (False for a pipe, a file, or a test's capture)."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty()) if callable(isatty) else False


def _remember(name: str, value_for: Any = None) -> Any:
    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> None:
        source = ctx.get_parameter_source(param.name or "")
        if source is None or source.name == "DEFAULT" or value is None or value is False:
            return
        store: dict[str, Any] = ctx.find_root().meta.setdefault(_META, {})
        store[name] = value_for if value_for is not None else value

    return callback


def global_options() -> list[click.Option]:
    """Return the official CLI's global options, as fresh click options (each command gets its own)."""
    opts = [
        click.Option(["--profile", "-p"], help=f"profile to use (env {PROFILE_ENV}, default: default)"),
        click.Option(
            ["--api-key"],
            help=f"API key (env {CLI_API_KEY_ENV} or {SDK_API_KEY_ENV}; prefer them: options show in the process list)",
        ),
        click.Option(
            ["--endpoint", "--base-url"],
            help=f"API base URL (env {CLI_ENDPOINT_ENV} or {SDK_BASE_URL_ENV}, default https://api.altoviz.com)",
        ),
        click.Option(["--output", "-o"], type=click.Choice(FORMATS, case_sensitive=False), help="output format"),
        *[
            click.Option([f"--{flag}"], is_flag=True, help=f"shorthand for --output {fmt}")
            for flag, fmt in SHORTHANDS.items()
        ],
        click.Option(["--columns"], metavar="PATHS", help="pipe-separated dot paths: 'id|name|billingAddress.city'"),
        click.Option(["--verbose"], is_flag=True, help="print each HTTP request and response on stderr (key masked)"),
        click.Option(["--no-color"], is_flag=True, help="no ANSI colours"),
        click.Option(["--quiet", "-q"], is_flag=True, help="print nothing but errors"),
        click.Option(["--yes", "-y"], is_flag=True, help="skip confirmation prompts"),
        click.Option(["--show-time"], is_flag=True, help="keep the time of day in date columns"),
    ]
    for opt in opts:
        assert opt.name is not None
        opt.expose_value = False
        shorthand = SHORTHANDS.get(opt.name)
        target = "output" if shorthand is not None or opt.name == "output" else opt.name
        opt.callback = _remember(target, shorthand)
    return opts


GLOBAL_NOTE = "The global options (altoviz --help) work here too, before or after the command."


def with_global_options(command: click.Command, *, hidden: bool = True) -> click.Command:
    """Add the global options to ``command`` (but those it defines itself) and return it.

    They are hidden from a subcommand's ``--help`` (the root's lists them once) so that its own options show.
    """
    own = {opt for p in command.params for opt in (*p.opts, *p.secondary_opts)}
    for opt in global_options():
        if own.intersection(opt.opts):
            continue
        opt.hidden = hidden
        command.params.append(opt)
    if hidden:
        command.epilog = f"{command.epilog}\n\n{GLOBAL_NOTE}" if command.epilog else GLOBAL_NOTE
    return command


def current(ctx: click.Context | None = None) -> Settings:
    """Return the settings of the command being run."""
    ctx = ctx or click.get_current_context()
    given: dict[str, Any] = ctx.find_root().meta.get(_META, {})
    settings = Settings(**{k: (v.lower() if k == "output" else v) for k, v in given.items()})
    return settings


def given(name: str, ctx: click.Context | None = None) -> Any:
    """Return the value of a global option the line gave explicitly (``output``, ``columns``...), else None."""
    ctx = ctx or click.get_current_context()
    return ctx.find_root().meta.get(_META, {}).get(name)


@dataclass(frozen=True)
class Connection:
    """Where to send requests and with which key (None: none found)."""

    api_key: str | None = field(repr=False)
    endpoint: str | None
    source: str
    """Where the key came from, for messages: ``--api-key``, an environment variable, ``profile NAME``."""


def connection(settings: Settings) -> Connection:
    """Resolve the key and endpoint: flags, then the environment, then the profile (keychain, then file)."""
    from . import profiles

    env = os.environ
    endpoint = settings.endpoint or env.get(CLI_ENDPOINT_ENV) or env.get(SDK_BASE_URL_ENV)
    key, source = settings.api_key, "--api-key"
    if key is not None and not key.strip():
        # Given but empty (an unset variable in a script): refused as such, never replaced by another key.
        return Connection(key, endpoint, source)
    if not key:
        key, source = env.get(CLI_API_KEY_ENV), CLI_API_KEY_ENV
    if not key:
        key, source = env.get(SDK_API_KEY_ENV), SDK_API_KEY_ENV
    if key and endpoint:
        return Connection(key, endpoint, source)
    profile = profiles.load(settings.profile_name)
    if profile is None and (settings.profile or env.get(PROFILE_ENV)) and not key:
        raise click.UsageError(f"no profile named {settings.profile_name!r} (see: altoviz config list)")
    if profile is not None:
        endpoint = endpoint or profile.endpoint
        if not key and profile.api_key:
            key, source = profile.api_key, f"profile {profile.name}"
    return Connection(key or None, endpoint, source)
