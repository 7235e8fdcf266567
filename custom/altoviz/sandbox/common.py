"""Helpers every route module uses: ids from paths, JSON bodies, 404s and the create-then-drop fault."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from .binding import BODY_KEY, parse_json
from .connection import abort
from .responses import json_response, problem
from .state import SandboxState
from .store import Record

INT32_MAX = 2**31 - 1
_UNBOUND_DEPTH = 64  # SandboxConfig.max_json_depth's default


def path_id(request: Request, name: str = "id") -> int | None:
    """Return the int32 id in the path, or None when it is not one (which answers 404 like an unknown id)."""
    raw = request.path_params[name]
    try:
        value = int(raw)
    except ValueError:
        return None
    return value if -INT32_MAX - 1 <= value <= INT32_MAX else None


def not_found(what: str, ident: object) -> Response:
    """Return the 404 ProblemDetails for a missing record."""
    return problem(404, f"No {what} with id {ident}.")


async def json_body(request: Request) -> Any:
    """Return the body as bound to the operation's schema, or a ``ValueError`` saying why there is none.

    Routes the spec gives a JSON body were bound before the handler ran (``binding``); the others
    (the admin routes, whose bodies are flat settings) are parsed here, with the default depth limit.
    """
    if BODY_KEY in request.scope:
        return request.scope[BODY_KEY]
    return parse_json(await request.body(), _UNBOUND_DEPTH)


async def object_body(request: Request) -> Record:
    """Return the body as a JSON object (a copy the handler may keep), or ``ValueError``."""
    body = await json_body(request)
    if not isinstance(body, dict):
        raise ValueError("The body must be a JSON object.")
    return body


async def created(request: Request, state: SandboxState, data: Any, status: int = 200) -> Response:
    """Answer a create that has committed, unless the drop-after-create fault eats the answer.

    The record stays stored either way: that is the whole point of the fault, a client that retries
    blindly makes a duplicate, one that reconciles through ``internalId`` does not.
    """
    if state.faults.drop_after_create():
        await abort(request.scope, request.receive)
    return json_response(data, status)
