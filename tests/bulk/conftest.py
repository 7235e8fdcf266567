"""Fixtures for bulk-import tests: a client on the per-test sandbox, counting what it puts on the wire."""

from __future__ import annotations

import asyncio
import collections
import random
from collections.abc import AsyncIterator, Awaitable
from typing import TypeVar

import httpx
import pytest
from altoviz import AltovizClient, Pacer
from altoviz.sandbox import SandboxServer

T = TypeVar("T")

# Every test is bounded: an engine that hangs must fail the test, not the suite.
TEST_DEADLINE = 60.0


class CountingTransport(httpx.AsyncBaseTransport):
    """httpx's transport, counting every attempt (retries included) by method and status, and peak concurrency."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.by_method: collections.Counter[str] = collections.Counter()
        self.by_status: collections.Counter[int] = collections.Counter()
        self.in_flight = 0
        self.peak = 0

    @property
    def total(self) -> int:
        return sum(self.by_method.values())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.by_method[request.method] += 1
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            response = await self.inner.handle_async_request(request)
        finally:
            self.in_flight -= 1
        self.by_status[response.status_code] += 1
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def fast_pacer() -> Pacer:
    """No client-side pacing: tests without a server rate limit should not wait on slow start."""
    return Pacer(initial_window=10_000, min_rate=10_000)


@pytest.fixture
def wire() -> CountingTransport:
    return CountingTransport()


@pytest.fixture
async def client(altoviz_sandbox: SandboxServer, wire: CountingTransport) -> AsyncIterator[AltovizClient]:
    async with AltovizClient(
        altoviz_sandbox.api_key,
        base_url=altoviz_sandbox.base_url,
        transport=wire,
        pacer=fast_pacer(),
        rng=random.Random(0),
    ) as c:
        yield c


async def bounded(awaitable: Awaitable[T], seconds: float = TEST_DEADLINE) -> T:
    return await asyncio.wait_for(awaitable, seconds)


def stored(sandbox: SandboxServer, kind: str) -> list[dict[str, object]]:
    """The records the sandbox holds for an entity type (read once the import is over: nothing writes then)."""
    return [dict(r) for r in sandbox.state.store.collection(kind)]
