"""What every API subcommand shares: exit codes, connection options, the client, one-line errors."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import NoReturn, TextIO

from .._client import AltovizClient
from .._config import API_KEY_ENV, BASE_URL_ENV, RetryPolicy
from .._errors import AltovizError
from .codes import EXIT_CODES_HELP, PROG, ExitCode, error_line, exit_code_for

__all__ = ["EXIT_CODES_HELP", "PROG", "CliError", "ExitCode", "error_line", "exit_code_for"]


class CliError(Exception):
    """A failure the command reports in one line and turns into an exit code."""

    def __init__(self, message: str, code: ExitCode) -> None:
        super().__init__(message)
        self.code = code


def report_error(message: str, stream: TextIO | None = None) -> None:
    """Print an error the way every subcommand does."""
    print(error_line(message), file=stream or sys.stderr)


def warn(message: str) -> None:
    """Print a warning on stderr."""
    print(f"{PROG}: warning: {message}", file=sys.stderr)


def add_api_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--base-url`` and ``--api-key`` (defaults from the environment), and the exit codes to ``--help``."""
    parser.epilog = EXIT_CODES_HELP
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    group = parser.add_argument_group("connection")
    group.add_argument(
        "--base-url",
        "--endpoint",
        dest="base_url",
        help=f"API base URL (default: $ALTOVIZ_CLI_ENDPOINT, ${BASE_URL_ENV}, the profile's, else https://api.altoviz.com)",
    )
    group.add_argument("--profile", "-p", help="profile to use (default: $ALTOVIZ_CLI_PROFILE, else default)")
    group.add_argument(
        "--api-key",
        help=f"API key (default: $ALTOVIZ_CLI_API_KEY, ${API_KEY_ENV}, the profile's key; prefer the variables:"
        " options show in the process list; write --api-key=KEY for a key that starts with '-')",
    )
    group.add_argument(
        "--max-retries",
        type=int,
        default=RetryPolicy.max_retries,
        help="retries of a request refused with 429 or failed in transit (default: %(default)s)",
    )
    group.add_argument("--verbose", "-v", action="store_true", help="log each retry and wait on stderr")


@contextlib.asynccontextmanager
async def open_client(args: argparse.Namespace) -> AsyncIterator[AltovizClient]:
    """Open the client the connection options describe; a bad key or URL setting is a usage error."""
    import click

    from .settings import Settings, connection

    settings = Settings(profile=getattr(args, "profile", None), api_key=args.api_key, endpoint=args.base_url)
    try:
        conn = connection(settings)
        client = AltovizClient(api_key=conn.api_key, base_url=conn.endpoint, max_retries=args.max_retries)
    except click.UsageError as exc:
        raise CliError(exc.format_message(), ExitCode.USAGE) from None
    except ValueError as exc:
        # The message names the setting, never the key's value.
        raise CliError(str(exc), ExitCode.USAGE) from None
    async with client:
        yield client


def run_command(body: Callable[[argparse.Namespace], Awaitable[int]], args: argparse.Namespace) -> int:
    """Run an async subcommand; turn known failures into one line on stderr and an exit code."""
    # Retries are routine (the summary counts them): shown only when asked for, never between progress lines.
    logging.basicConfig(level=logging.INFO if args.verbose else logging.ERROR, format=f"{PROG}: %(message)s")
    try:
        return asyncio.run(_awaited(body, args))
    except CliError as exc:
        report_error(str(exc))
        return exc.code
    except AltovizError as exc:
        # The SDK's messages carry status, method and URL, and never the key: safe to show as they are.
        report_error(str(exc))
        return exit_code_for(exc)
    except OSError as exc:
        report_error(_describe_os_error(exc))
        return ExitCode.USAGE


async def _awaited(body: Callable[[argparse.Namespace], Awaitable[int]], args: argparse.Namespace) -> int:
    return await body(args)


def _describe_os_error(exc: OSError) -> str:
    reason = exc.strerror or type(exc).__name__
    return f"{exc.filename}: {reason}" if exc.filename else reason


def fail(message: str, code: ExitCode = ExitCode.USAGE) -> NoReturn:
    """Stop the subcommand with a one-line error."""
    raise CliError(message, code)
