"""A tiny raw HTTP/1.1 server on a free loopback port, scripted per test to misbehave on purpose.

Raw asyncio rather than uvicorn: the hostile cases (a body cut with the connection, one byte at a time, a
Content-Length that lies) are exactly what a well-behaved framework refuses to send.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable


@dataclasses.dataclass
class SeenRequest:
    """One request as the server read it."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes


Answer = Callable[[SeenRequest, asyncio.StreamWriter], Awaitable[None]]


@dataclasses.dataclass
class Loopback:
    """A running server: its origin and every request it read."""

    origin: str
    requests: list[SeenRequest]


async def _read_request(reader: asyncio.StreamReader) -> SeenRequest | None:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    body = await reader.readexactly(int(headers.get("content-length", "0")))
    return SeenRequest(method, target, headers, body)


@contextlib.asynccontextmanager
async def loopback(answer: Answer) -> AsyncIterator[Loopback]:
    """Serve ``answer`` for every request (one request per connection: each answer closes it)."""
    seen: list[SeenRequest] = []
    handlers: set[asyncio.Task[object]] = set()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        handlers.add(task)
        try:
            request = await _read_request(reader)
            if request is not None:
                seen.append(request)
                await answer(request, writer)
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            handlers.discard(task)
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield Loopback(f"http://127.0.0.1:{port}", seen)
    finally:
        server.close()
        # Handlers still trickling (a test that gave up on them) are cancelled, not waited for.
        for task in list(handlers):
            task.cancel()
        await asyncio.gather(*handlers, return_exceptions=True)
        await server.wait_closed()


def head(status: int, headers: dict[str, str] | None = None) -> bytes:
    """A status line and headers, ``Connection: close`` included."""
    lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in (headers or {}).items()] + ["Connection: close"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def answer_with(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Answer:
    """Always the same complete answer, with its Content-Length."""

    async def answer(request: SeenRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(head(status, {"Content-Length": str(len(body)), **(headers or {})}) + body)

    return answer
