"""Dropping a connection on purpose, from inside an ASGI app.

ASGI gives an app no way to reset its connection, yet the faults the sandbox must show (a reset
before any answer, a create whose answer never arrives, a download cut mid-body) are exactly that.
The server therefore runs a uvicorn protocol subclass that puts the connection's transport into the
request scope; ``abort`` then sends a TCP reset through it.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

TRANSPORT_KEY = "altoviz.sandbox.transport"


def protocol_class() -> type[asyncio.Protocol]:
    """Return uvicorn's HTTP protocol (httptools when installed, else h11) that exposes its transport."""
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as base
    except ImportError:  # pragma: no cover - httptools is in the sandbox extra
        from uvicorn.protocols.http.h11_impl import H11Protocol as base  # type: ignore[assignment]

    class TransportExposingProtocol(base):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            inner: ASGIApp = self.app

            async def app(scope: Scope, receive: Receive, send: Send) -> None:
                scope[TRANSPORT_KEY] = self.transport
                await inner(scope, receive, send)

            self.app = app

    return TransportExposingProtocol


async def abort(scope: Scope, receive: Receive) -> None:
    """Reset the request's connection (TCP RST), then wait until the server has noticed.

    Without the transport (another ASGI server) the best available is an exception, which makes the
    server close the connection or answer 500.
    """
    transport: asyncio.Transport | None = scope.get(TRANSPORT_KEY)
    if transport is None:
        raise ConnectionAbortedError("sandbox fault: connection dropped")
    sock = transport.get_extra_info("socket")
    if sock is not None:
        # A zero linger time turns close into a reset: the client sees ECONNRESET, not a clean EOF.
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
    # Let the server mark the request as disconnected, so it does not try to answer 500 afterwards.
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(_until_disconnected(receive), 1.0)


async def _until_disconnected(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass
