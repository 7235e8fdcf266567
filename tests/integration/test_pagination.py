"""Pagination over real HTTP: every item exactly once and in order; a server ignoring PageIndex is caught."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator

import pytest
import uvicorn
from altoviz import AltovizClient, PaginationError
from altoviz.sandbox import SandboxServer
from altoviz.sandbox.completion import as_sent

from altoviz_client.api.customers import list_customers
from altoviz_client.models.customer import Customer

from .conftest import seed_customers, unpaced

TOTAL = 1_050


@pytest.mark.parametrize("page_size", [100, 7])
@pytest.mark.parametrize("prefetch", [0, 4])
async def test_every_customer_once_and_in_order(
    altoviz_sandbox: SandboxServer, client: AltovizClient, page_size: int, prefetch: int
) -> None:
    seed_customers(altoviz_sandbox, TOTAL)
    pager = client.paginate(list_customers, page_size=page_size).prefetch(prefetch)
    ids = [customer.id async for customer in pager]
    assert ids == list(range(1, TOTAL + 1))
    # One request per page, plus the short (here: empty) page that ends the walk, plus index 0 (the sandbox
    # counts from 1 and clamps 0); prefetch may have asked for up to `prefetch` pages past the end, no more.
    pages = -(-TOTAL // page_size) + (TOTAL % page_size == 0) + 1
    assert pages <= client.stats.requests <= pages + prefetch


async def test_a_break_stops_fetching(altoviz_sandbox: SandboxServer, client: AltovizClient) -> None:
    seed_customers(altoviz_sandbox, TOTAL)
    async for customer in client.paginate(list_customers, page_size=100).prefetch(4):
        if customer.id == 150:
            break
    # Index 2 held id 150 (index 0 and 1 are both page 1 on this clamping 1-based sandbox); indexes 3 to 6
    # were in flight at most, and were cancelled rather than waited on.
    assert client.stats.requests <= 7


async def _same_page_app(scope: dict[str, object], receive: object, send: object) -> None:
    """An ASGI app that answers the same full page whatever ``PageIndex`` says."""
    assert scope["type"] == "http"
    body = json.dumps([as_sent(Customer, {"id": n, "name": f"Customer {n}"}) for n in range(1, 101)]).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})  # type: ignore[operator]
    await send({"type": "http.response.body", "body": body})  # type: ignore[operator]


@pytest.fixture
async def page_ignoring_server() -> AsyncIterator[str]:
    """A real HTTP server, on this test's event loop, that ignores the page index."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    # The socket listens before the server starts: a request queues in the backlog, no wait for startup.
    server = uvicorn.Server(uvicorn.Config(_same_page_app, lifespan="off", log_level="warning"))
    task = asyncio.ensure_future(server.serve(sockets=[sock]))
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        await task
        sock.close()


@pytest.mark.parametrize("prefetch", [0, 4])
async def test_a_server_ignoring_the_page_index_raises_instead_of_looping(
    page_ignoring_server: str, prefetch: int
) -> None:
    async with AltovizClient("any-key", base_url=page_ignoring_server, pacer=unpaced()) as client:
        seen: list[object] = []

        async def walk() -> None:
            async for customer in client.paginate(list_customers, page_size=100).prefetch(prefetch):
                seen.append(customer.id)

        with pytest.raises(PaginationError, match="ignore the page index"):
            await walk()
        assert seen == list(range(1, 101))  # the first page, once
        assert client.stats.requests <= 3 + prefetch  # index 1 repeating 0 may be clamping: index 2 decides
