"""Running one API command: the client the settings describe, the answer printed, failures as exit codes."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import click

from .codes import ExitCode, error_line
from .output import render
from .settings import Settings, connection

if TYPE_CHECKING:
    import httpx

    from .._client import AltovizClient
    from .._errors import AltovizError

MASK = "***"
_SECRET_WORDS = ("secret", "password", "apikey")


def mask_secrets(data: Any) -> Any:
    """Return ``data`` with the values of secret-named fields (``secretKey``...) replaced by ``***``.

    What the command prints lands in terminals, logs and CI output; a webhook's secret has no business there.
    """
    if isinstance(data, list):
        return [mask_secrets(item) for item in data]
    if isinstance(data, dict):
        return {
            key: (MASK if value and any(w in key.lower() for w in _SECRET_WORDS) else mask_secrets(value))
            for key, value in data.items()
        }
    return data


def to_wire(value: Any) -> Any:
    """Return a generated model (or a list of them) as the JSON the API sent."""
    if isinstance(value, list):
        return [to_wire(v) for v in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def emit(data: Any, settings: Settings) -> None:
    """Print ``data`` in the format asked for (nothing with ``--quiet``)."""
    if settings.quiet or data is None:
        return
    options = settings.output_options()
    if data == [] and options.format in ("table", "markdown"):
        click.echo("no records", err=True)  # an empty table has no header to show: say so where people look
        return
    # click strips ANSI codes when stdout is no terminal; colored-json asks for them anyway (as the official CLI).
    click.echo(render(mask_secrets(to_wire(data)), options), nl=False, color=options.color or None)


def _verbose_transport() -> httpx.AsyncBaseTransport:
    """Return a transport that prints each attempt and its answer on stderr, key masked.

    It is the innermost transport, so it shows what really left: the key the SDK adds on the API's origin only,
    and every retry. httpx is imported here, not at the top: ``altoviz --help`` must not pay for it.
    """
    import httpx

    class VerboseTransport(httpx.AsyncBaseTransport):
        def __init__(self) -> None:
            self._inner = httpx.AsyncHTTPTransport()

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            click.echo(f"> {request.method} {request.url}", err=True)
            for name, value in request.headers.items():
                shown = MASK if name.lower() in ("x-api-key", "authorization") else value
                click.echo(f"> {name}: {shown}", err=True)
            content = request.content if isinstance(request.stream, httpx.ByteStream) else b""
            if content and len(content) < 64_000:
                click.echo(f"> {content.decode('utf-8', 'replace')}", err=True)
            response = await self._inner.handle_async_request(request)
            click.echo(f"< {response.status_code} {response.reason_phrase}", err=True)
            for name, value in response.headers.items():
                click.echo(f"< {name}: {value}", err=True)
            if response.headers.get("content-type", "").startswith(("application/json", "application/problem+json")):
                await response.aread()
                click.echo(f"< {response.text}", err=True)
            return response

        async def aclose(self) -> None:
            await self._inner.aclose()

    return VerboseTransport()


def open_client(settings: Settings) -> AltovizClient:
    """Return the client for the key and endpoint the settings resolve to; a missing key or bad URL is a usage error."""
    from .._client import AltovizClient

    conn = connection(settings)
    transport = _verbose_transport() if settings.verbose else None
    try:
        return AltovizClient(api_key=conn.api_key, base_url=conn.endpoint, transport=transport)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


def error_detail(exc: AltovizError) -> tuple[int, dict[str, Any]]:
    """Return the status and detail object of the official CLI's ``{"error": true, ...}`` answer."""
    from .._errors import APIStatusError

    if isinstance(exc, APIStatusError):
        body = mask_secrets(exc.body.to_dict()) if exc.body is not None else {}
        detail = {"message": str(exc), **body}
        return exc.status_code, detail
    return 0, {"message": str(exc)}


def run_api(settings: Settings, body: Callable[[AltovizClient], Awaitable[Any]]) -> int:
    """Open the client, run ``body``, print its result; turn an SDK error into its exit code."""
    from .._errors import AltovizError
    from .codes import exit_code_for

    started = time.perf_counter()
    client = open_client(settings)

    async def go() -> Any:
        async with client:
            return await body(client)

    try:
        result = asyncio.run(go())
    except AltovizError as exc:
        status, detail = error_detail(exc)
        if settings.output in ("json", "compact-json"):
            indent = 2 if settings.output == "json" else None
            click.echo(json.dumps({"error": True, "statusCode": status, "detail": detail}, indent=indent))
        click.echo(error_line(str(exc)), err=True)
        return int(exit_code_for(exc))
    if isinstance(result, int) and not isinstance(result, bool):
        return result
    emit(result, settings)
    if settings.verbose:
        print(f"altoviz: done in {time.perf_counter() - started:.3f} s", file=sys.stderr)
    return int(ExitCode.OK)
