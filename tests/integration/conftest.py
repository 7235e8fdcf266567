"""Integration tests: the client over real HTTP against the local sandbox (``altoviz_sandbox`` fixture).

The sandbox is one uvicorn server for the whole session, emptied and set back to defaults (no rate limit,
no faults) for each test; faults are seeded, so every run meets the same ones.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator

import pytest
from altoviz import AltovizClient, Pacer
from altoviz.sandbox import SandboxServer


def unpaced() -> Pacer:
    """A pacer that never holds a request back: these tests are about behaviour, not the rate limit."""
    return Pacer(initial_window=10_000, min_rate=10_000)


@pytest.fixture
async def client(altoviz_sandbox: SandboxServer) -> AsyncIterator[AltovizClient]:
    """A client of the per-test sandbox with a seeded jitter source."""
    async with AltovizClient(
        altoviz_sandbox.api_key, base_url=altoviz_sandbox.base_url, pacer=unpaced(), rng=random.Random(0)
    ) as c:
        yield c


def seed_customers(sandbox: SandboxServer, count: int) -> None:
    """Store ``count`` customers (ids 1..count) straight into the sandbox's state.

    A thousand creates over HTTP would cost seconds per test and prove nothing the create tests do not.
    The store is plain dicts touched only by request handlers, and no request is in flight here.
    """
    customers = sandbox.state.store.collection("customers")
    for n in range(1, count + 1):
        customers.add({"name": f"Customer {n:04d}", "internalId": f"C{n:04d}", "type": "Company"})
