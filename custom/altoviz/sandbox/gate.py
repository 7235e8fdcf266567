"""The checks in front of every API route: API key, rate limit, then injected faults.

A plain ASGI middleware, not a Starlette ``BaseHTTPMiddleware``: it runs on every request, and the
throughput target leaves no room for an extra task per request.
"""

from __future__ import annotations

import asyncio
import hmac
import logging

from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from .connection import abort
from .ratelimit import retry_after_value
from .responses import problem
from .state import SandboxState

logger = logging.getLogger(__name__)

ADMIN_PREFIX = "/_sandbox"
HEALTH_PATH = f"{ADMIN_PREFIX}/health"


def _api_key(scope: Scope) -> bytes | None:
    for name, value in scope["headers"]:
        if name == b"x-api-key":
            return bytes(value)
    return None


def _gateway_error(status: int) -> Response:
    # Gateways in front of the real API answer 502 and 52x with HTML, not JSON: clients must cope.
    if status in (500, 503):
        return problem(status, "Sandbox fault: the server failed to handle the request.")
    html = f"<html><body><h1>{status}</h1><p>Sandbox fault: upstream error.</p></body></html>"
    return Response(html, status_code=status, media_type="text/html")


class Gate:
    """Wraps the router; lets a request through only with the key, within the rate, and fault-free."""

    def __init__(self, app: ASGIApp, state: SandboxState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check, then hand over to the router."""
        if scope["type"] != "http" or scope["path"] == HEALTH_PATH:
            await self.app(scope, receive, send)
            return
        state = self.state
        key = _api_key(scope)
        if key is None or not hmac.compare_digest(key, state.api_key):
            detail = "The X-API-KEY header is missing." if key is None else "The API key is not valid."
            await problem(401, detail)(scope, receive, send)
            return
        if scope["path"].startswith(ADMIN_PREFIX):
            await self.app(scope, receive, send)
            return
        wait = state.limiter.check(key.decode("latin-1"))
        if wait:
            value = retry_after_value(wait, state.config.retry_after)
            headers = {"Retry-After": value} if value is not None else None
            await problem(429, "Rate limit reached: the request was not processed.", headers)(scope, receive, send)
            return
        faults = state.faults.on_request()
        if faults.delay_s:
            await asyncio.sleep(faults.delay_s)
        if faults.reset:
            logger.debug("fault: resetting %s %s", scope["method"], scope["path"])
            await abort(scope, receive)
            return
        if faults.error_status is not None:
            logger.debug("fault: answering %s to %s %s", faults.error_status, scope["method"], scope["path"])
            await _gateway_error(faults.error_status)(scope, receive, send)
            return
        await self.app(scope, receive, send)
