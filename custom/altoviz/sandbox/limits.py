"""The request body size limit, enforced while the body streams in.

A declared ``Content-Length`` over the limit is refused before one byte of the body is read; a body
that streams past the limit (chunked, or longer than declared) is refused the moment it passes it.
Either way the 413 goes out at once and the rest of the body is read and thrown away, for at most
``DRAIN_TIMEOUT_S``: a client that is still sending then reads the answer instead of a connection
reset, and the sandbox's memory never holds more than the limit.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .responses import dumps
from .state import SandboxState

logger = logging.getLogger(__name__)

DRAIN_TIMEOUT_S = 5.0
"""How long a refused body is read and discarded before the connection closes (Kestrel drains for 5 s too)."""


class BodyTooLargeError(Exception):
    """Raised to the app's ``receive`` caller once the body passed the limit (the 413 is already sent)."""


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class BodyLimit:
    """ASGI middleware: refuse request bodies larger than ``state.config.max_body_size`` with 413."""

    def __init__(self, app: ASGIApp, state: SandboxState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the declared length, then count the body as the app reads it."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.state.config.max_body_size
        declared = _declared_length(scope)
        if declared is not None and declared > limit:
            await _refuse(limit, receive, send, body_pending=True)
            return
        received = 0
        refused = False

        async def counted_receive() -> Message:
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request" and not refused:
                received += len(message.get("body", b""))
                if received > limit:
                    refused = True
                    await _refuse(limit, receive, send, body_pending=bool(message.get("more_body")))
                    raise BodyTooLargeError
            return message

        async def guarded_send(message: Message) -> None:
            # After the 413, whatever the app tries to answer (an error page for the exception) is dropped.
            if not refused:
                await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except Exception:
            if not refused:
                raise
            logger.debug("refused a request body over %d bytes on %s %s", limit, scope["method"], scope["path"])


async def _refuse(limit: int, receive: Receive, send: Send, *, body_pending: bool) -> None:
    body = dumps(
        {
            "type": "https://httpstatuses.io/413",
            "title": "Payload Too Large",
            "status": 413,
            "detail": f"The request body is larger than the limit of {limit} bytes.",
        }
    )
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    # The answer's bytes go out now; the response ends after the drain, so the server reads on meanwhile.
    await send({"type": "http.response.body", "body": body, "more_body": True})
    if body_pending:
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(_drain(receive), DRAIN_TIMEOUT_S)
    await send({"type": "http.response.body", "body": b"", "more_body": False})


async def _drain(receive: Receive) -> None:
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body"):
            return
