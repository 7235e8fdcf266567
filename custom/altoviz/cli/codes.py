"""The command's exit codes (the official Altoviz CLI's) and its one-line errors: light enough for ``--help``."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._errors import AltovizError

PROG = "altoviz"


class ExitCode(enum.IntEnum):
    """The command's exit codes: the official Altoviz CLI's, so that scripts written for it work unchanged."""

    OK = 0
    FAILED = 1
    """A network or server failure (connection error, timeout, 5xx, rate limit, bad answers), or some records or
    documents of a bulk command failed, or the API refused a request for another reason (400)."""
    USAGE = 2
    """Bad arguments, an invalid input file, or a ledger in use, of another entity or unreadable: nothing was sent."""
    NOT_FOUND = 3
    """The API answered 404."""
    AUTH = 4
    """The API key is missing from the server's view, wrong or not allowed to do this (401, 403)."""
    CONFLICT = 5
    """The API answered 409: the record already exists (a duplicate internalId)."""
    UNAVAILABLE = 1
    """The server could not be reached or failed: the official CLI's code 1."""


EXIT_CODES_HELP = """exit codes (the official Altoviz CLI's):
  0  success
  1  network or server failure; some records or documents failed; the API refused a request
  2  usage error, invalid input file or unusable ledger (nothing was sent)
  3  not found (HTTP 404)
  4  unauthorized or forbidden (HTTP 401, 403)
  5  conflict (HTTP 409: the record already exists)"""


def exit_code_for(exc: AltovizError) -> ExitCode:
    """Return the exit code for an SDK exception."""
    from .._errors import (
        APIConnectionError,
        APIStatusError,
        AuthenticationError,
        ConflictError,
        DownloadError,
        NotFoundError,
        PaginationError,
        PermissionDeniedError,
        RateLimitError,
        ResponseParseError,
        ServerError,
    )

    # The SDK's input errors (a bad file, mapping, entity name or ledger) are also ValueErrors: nothing was sent.
    if isinstance(exc, ValueError):
        return ExitCode.USAGE
    if isinstance(exc, (AuthenticationError, PermissionDeniedError)):
        return ExitCode.AUTH
    if isinstance(exc, NotFoundError):
        return ExitCode.NOT_FOUND
    if isinstance(exc, ConflictError):
        return ExitCode.CONFLICT
    if isinstance(
        exc, (APIConnectionError, ServerError, RateLimitError, ResponseParseError, PaginationError, DownloadError)
    ):
        return ExitCode.UNAVAILABLE
    if isinstance(exc, APIStatusError):
        return ExitCode.FAILED
    return ExitCode.FAILED


def error_line(message: str) -> str:
    """Format an error as ``altoviz: error: ...``; continuation lines (a file's bad rows) are indented."""
    first, *rest = message.splitlines() or [""]
    return "\n".join([f"{PROG}: error: {first}", *(f"  {line}" for line in rest)])
