"""Assembles the sandbox's ASGI application from its route modules."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .admin import AdminRoutes
from .binding import bind_routes
from .config import SandboxConfig
from .documents import ALL_TYPES
from .gate import Gate
from .limits import BodyLimit
from .resources import RESOURCES
from .responses import problem
from .routes_deliveries import DeliveryRoutes
from .routes_entities import EntityRoutes
from .routes_files import FileRoutes
from .routes_misc import MiscRoutes
from .routes_sales import DocumentRoutes
from .state import SandboxState


def _routes(state: SandboxState) -> list[BaseRoute]:
    routes: list[BaseRoute] = [
        *AdminRoutes(state).routes(),
        *DeliveryRoutes(state).routes(),
        *MiscRoutes(state).routes(),
    ]
    # Files first: their fixed path segments (Download, file) must win over the generic ``{id}``.
    routes += FileRoutes(state).routes()
    for resource in RESOURCES:
        routes += EntityRoutes(state, resource).routes()
    for doc_type in ALL_TYPES:
        routes += DocumentRoutes(state, doc_type).routes()
    return routes


def _allowed_methods(request: Request) -> str:
    # Each route here has one method, so Starlette's own Allow header would name only the first.
    methods = {
        method
        for route in request.app.router.routes
        if isinstance(route, Route) and route.path_regex.match(request.url.path)
        for method in route.methods or ()
    }
    return ", ".join(sorted(methods))


async def _http_error(request: Request, exc: Exception) -> Response:
    # Unknown paths and methods answer ProblemDetails like every other API error, not Starlette's text.
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    headers = {"Allow": _allowed_methods(request)} if status == 405 else None
    return problem(status, f"{request.method} {request.url.path}: {exc}", headers)


def _lifespan(state: SandboxState) -> Callable[[Starlette], AbstractAsyncContextManager[None]]:
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        # The webhook deliverer's HTTP client holds connections to the receivers: closed with the app.
        await state.deliveries.aclose()

    return lifespan


def build_app(state: SandboxState) -> Gate:
    """Return the ASGI app serving ``state``: the gate in front of a Starlette router.

    Its lifespan shutdown stops the webhook deliveries and closes their HTTP client.
    """
    handlers = {HTTPException: _http_error, Exception: _http_error}
    app = Starlette(routes=bind_routes(_routes(state), state), exception_handlers=handlers, lifespan=_lifespan(state))
    return Gate(BodyLimit(app, state), state)


def create_app(config: SandboxConfig) -> Gate:
    """Return the ASGI app for a fresh sandbox, for running under any ASGI server."""
    return build_app(SandboxState(config))
