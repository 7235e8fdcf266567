"""Typed calls: await any generated operation, get its parsed 2xx value or a typed exception.

An operation is a generated module (``altoviz_client.api.customers.get_customer``). The layer uses two of its
members: ``_get_kwargs`` builds the request, ``_parse_success`` parses a 2xx answer and is typed with the
2xx type alone (added by openapi/templates/endpoint_module.py.jinja). mypy matches the module against the
``Operation`` protocol, so ``await client.call(get_customer, id=1)`` is a ``Customer`` and a misspelt
argument is a type error. The generated ``_build_response`` is never run: its ``HTTPStatus(...)`` raises
``ValueError`` on non-standard codes such as 520, and its ``response.json()`` raises on an HTML error page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ParamSpec, Protocol, TypeVar

import httpx

from altoviz_client.errors import MissingFieldError as GeneratedMissingFieldError

from ._errors import MissingFieldError, ResponseParseError, error_from_response, error_from_transport, request_label

JSON = "application/json"
"""The Accept header of every call whose answer is parsed: the API answers JSON (a download keeps ``*/*``)."""
P = ParamSpec("P")
T_co = TypeVar("T_co", covariant=True)
T = TypeVar("T")


class Operation(Protocol[P, T_co]):
    """Any generated operation module: its request builder and its typed 2xx parser."""

    def _get_kwargs(self, *args: P.args, **kwargs: P.kwargs) -> dict[str, Any]: ...

    def _parse_success(self, response: httpx.Response) -> T_co: ...


class ListOperation(Protocol[P, T_co]):
    """A generated operation whose 2xx answer is a list: one page of a list endpoint."""

    def _get_kwargs(self, *args: P.args, **kwargs: P.kwargs) -> dict[str, Any]: ...

    def _parse_success(self, response: httpx.Response) -> Sequence[T_co]: ...


async def send(http: httpx.AsyncClient, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
    """Send through the client (so through the retry transport), mapping transport failures to ours."""
    try:
        return await http.send(request, stream=stream)
    except httpx.RequestError as exc:
        raise error_from_transport(exc, request) from exc


def raise_for_status(response: httpx.Response) -> None:
    """Raise the typed exception for a non-2xx answer (whose body must have been read)."""
    if not 200 <= response.status_code < 300:
        raise error_from_response(response)


def parse_success(op: Operation[..., T], response: httpx.Response) -> T:
    """Return the operation's parsed 2xx value; raise the typed exception for anything else."""
    raise_for_status(response)
    try:
        return op._parse_success(response)
    except GeneratedMissingFieldError as exc:
        method, url = request_label(response.request)
        raise MissingFieldError(
            f"{response.status_code} answer to {method} {url} does not parse: {exc}", model=exc.model, fields=exc.fields
        ) from exc
    except Exception as exc:
        # The parser runs on bytes from the network: a wrong type (TypeError, KeyError), a bad date
        # (ValueError, OverflowError), JSON nested past the stack (RecursionError). Whatever it raises, the
        # answer does not parse, and the caller must meet an AltovizError, as every other failure.
        method, url = request_label(response.request)
        why = "nested too deeply" if isinstance(exc, RecursionError) else type(exc).__name__
        raise ResponseParseError(f"{response.status_code} answer to {method} {url} does not parse: {why}") from exc


async def call(http: httpx.AsyncClient, op: Operation[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Send the operation's request and return its parsed 2xx value."""
    request = http.build_request(**op._get_kwargs(*args, **kwargs))
    request.headers["Accept"] = JSON
    try:  # send() inlined: one coroutine frame less on the path of every call
        response = await http.send(request)
    except httpx.RequestError as exc:
        raise error_from_transport(exc, request) from exc
    return parse_success(op, response)
