"""Model binding in front of every route: the JSON body and typed query values, checked against the spec.

``bind_routes`` wraps each route whose operation the spec gives a JSON body or typed query values.
The wrapper parses the body once (with the nesting limit), binds it with ``Binder`` and hands the bound
value to the handler through the request scope, or answers 400 with the spec's ``Error`` body. The
schemas come from ``altoviz_client/_wire_schema.json``, written by ``make regenerate``.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from starlette.convertors import Convertor, register_url_convertor
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .responses import validation_error
from .state import SandboxState
from .validation import Binder, Schema

BODY_KEY = "altoviz.sandbox.body"
"""Scope key of the bound body (unknown properties dropped): what handlers store."""
RAW_BODY_KEY = "altoviz.sandbox.raw_body"
"""Scope key of the parsed body as sent, for the few sandbox-only extensions (a contact's owner)."""
INVALID = "One or more validation errors occurred."
_INT_CONVERTOR = "altoviz_int"

Endpoint = Callable[[Request], Awaitable[Response]]


class BodyError(ValueError):
    """The body is missing, not JSON, or nested deeper than the limit."""


@dataclass(frozen=True)
class Operation:
    """What the spec says one operation takes: a JSON body schema and typed query values."""

    body: Schema | None
    path: Mapping[str, Schema]
    query: Mapping[str, Schema]


@functools.lru_cache(maxsize=1)
def wire_schema() -> tuple[Binder, dict[str, Operation]]:
    """Load the generated schema file once per process: the binder and the operations by ``"POST /path"``."""
    text = resources.files("altoviz_client").joinpath("_wire_schema.json").read_text(encoding="utf-8")
    data = json.loads(text)
    operations = {
        key: Operation(op.get("body"), op.get("path", {}), op.get("query", {}))
        for key, op in data["operations"].items()
    }
    return Binder(data["schemas"]), operations


def _depth_exceeds(value: Any, limit: int) -> bool:
    # Iterative, so a value as deep as the parser allowed cannot exhaust the stack here.
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def parse_json(raw: bytes, max_depth: int) -> Any:
    """Parse a request body; ``BodyError`` says why it cannot be bound (the API's 400, never a 500)."""
    if not raw.strip():
        raise BodyError("A non-empty request body is required.")
    too_deep = BodyError(f"The JSON body is nested deeper than the maximum depth of {max_depth}.")
    try:
        value = json.loads(raw, parse_constant=_refuse_constant)
    except RecursionError:
        # The C parser gives up far deeper than the limit; either way the body is refused, without a traceback.
        raise too_deep from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise BodyError(f"The body is not valid JSON: {exc}") from None
    if _depth_exceeds(value, max_depth):
        raise too_deep
    return value


def _refuse_constant(name: str) -> Any:
    # NaN and Infinity are not JSON; Python's parser accepts them unless told not to.
    raise ValueError(f"{name} is not a JSON value")


def _guard(endpoint: Endpoint, operation: Operation, state: SandboxState) -> Endpoint:
    async def bound(request: Request) -> Response:
        binder, _ = wire_schema()
        if operation.query:
            values = {name: request.query_params.getlist(name) for name in request.query_params}
            errors = binder.query_errors(operation.query, values)
            if errors:
                return validation_error(INVALID, errors)
        if operation.body is not None:
            try:
                raw = parse_json(await request.body(), state.config.max_json_depth)
            except BodyError as exc:
                return validation_error(str(exc))
            value, errors = binder.bind(operation.body, raw)
            if errors:
                return validation_error(INVALID, errors)
            request.scope[RAW_BODY_KEY] = raw
            request.scope[BODY_KEY] = value
        return await endpoint(request)

    return bound


class _Int32Convertor(Convertor[str]):
    """A path segment that is an integer (sign allowed); the handler checks the int32 range and answers 404.

    Without it ``PUT /v1/Customers/Find`` would reach ``PUT /v1/Customers/{id}`` with ``id="Find"``
    instead of answering 405, as a router that knows ``{id}`` is a number does.
    """

    regex = "-?[0-9]+"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor(_INT_CONVERTOR, _Int32Convertor())


def _typed_path(path: str, params: Mapping[str, Schema], binder: Binder) -> str:
    for name, schema in params.items():
        if binder.resolve(schema)[0].get("type") == "integer":
            path = path.replace(f"{{{name}}}", f"{{{name}:{_INT_CONVERTOR}}}")
    return path


def bind_routes(routes: list[BaseRoute], state: SandboxState) -> list[BaseRoute]:
    """Return ``routes`` with binding in front of each one the spec gives a body, typed path or query values."""
    binder, operations = wire_schema()
    bound: list[BaseRoute] = []
    for route in routes:
        if isinstance(route, Route):
            # Every sandbox route has one method (plus the HEAD Starlette adds to a GET).
            for method in sorted((route.methods or set()) - {"HEAD"}):
                operation = operations.get(f"{method} {route.path}")
                if operation is None:
                    continue
                endpoint = route.endpoint
                if operation.body is not None or operation.query:
                    endpoint = _guard(endpoint, operation, state)
                path = _typed_path(route.path, operation.path, binder)
                route = Route(path, endpoint, methods=[method], name=route.name)
        bound.append(route)
    return bound
