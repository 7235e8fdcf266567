"""The receiver in Starlette and FastAPI apps. Needs ``pip install 'altoviz-client[webhooks]'`` (Starlette).

``WebhookReceiver`` is itself an ASGI app, so ``Route(path, receiver, methods=["POST"])`` is all Starlette
needs; these helpers name that, and give FastAPI a router and a dependency.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.routing import Route

from .errors import WebhookError
from .events import WebhookEvent
from .receiver import WebhookReceiver


def starlette_route(receiver: WebhookReceiver, path: str, *, name: str = "altoviz_webhooks") -> Route:
    """Return a Starlette ``Route`` serving ``receiver`` at ``path`` (POST)."""
    return Route(path, receiver, methods=["POST"], name=name)


def fastapi_router(receiver: WebhookReceiver, path: str) -> Any:
    """Return a FastAPI ``APIRouter`` serving ``receiver`` at ``path``: ``app.include_router(...)``.

    Its lifespan hook drains the handler queue when the app stops.
    """
    from fastapi import APIRouter

    router = APIRouter(on_shutdown=[receiver.aclose])
    router.routes.append(starlette_route(receiver, path))
    return router


def verified_event(receiver: WebhookReceiver) -> Callable[[Request], Awaitable[WebhookEvent[Any]]]:
    """Return a FastAPI dependency giving your own route the verified, parsed event.

    ``event: WebhookEvent[Any] = Depends(verified_event(hooks))``. A bad delivery ends the request with
    401, 403 or 400 before your code runs. Duplicates are not dropped and no handler runs: call
    ``await hooks.enqueue(event)`` for that.
    """

    async def dependency(request: Request) -> WebhookEvent[Any]:
        body = await request.body()
        headers = {name.lower(): value for name, value in request.headers.items()}
        peer = request.client.host if request.client else None
        try:
            return receiver.verify(body, headers, peer)
        except WebhookError as exc:
            raise HTTPException(exc.status_code, str(exc)) from None

    return dependency
