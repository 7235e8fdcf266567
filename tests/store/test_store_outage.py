"""A Redis store that fails (down, hung, back again) against a real redis-server: the calls go on, paced alone."""

from __future__ import annotations

import asyncio
import logging
import tempfile
from collections.abc import Iterator

import pytest
import redis.asyncio
from altoviz import AltovizClient, Event, RedisStore, StoreStatus
from altoviz.sandbox import SandboxServer
from redis_server import RedisServer  # tests/ is on sys.path (pytest rootdir insertion)

from altoviz_client.api.units import list_units

PASSWORD = "s3cret-redis-pw"


@pytest.fixture
def server() -> Iterator[RedisServer]:
    """A redis-server not started yet, on a port of its own; stopped after the test."""
    with tempfile.TemporaryDirectory() as workdir:
        redis_server = RedisServer(workdir)
        try:
            yield redis_server
        finally:
            redis_server.stop()


def _client(sandbox: SandboxServer, store: RedisStore) -> AltovizClient:
    return AltovizClient(sandbox.api_key, base_url=sandbox.base_url, store=store)


async def _calls(client: AltovizClient, n: int) -> None:
    # A liveness bound, not a timing: with redis-py's defaults a hung Redis holds each call for a minute.
    await asyncio.wait_for(asyncio.gather(*(client.call(list_units) for _ in range(n))), timeout=60)


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "altoviz.store" and r.levelno >= logging.WARNING]


async def test_a_client_whose_redis_is_down_keeps_working_paced_alone(
    server: RedisServer, altoviz_sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    altoviz_sandbox.configure(rate=50, burst=5)  # 429s to handle, by this process's own controller
    url = f"redis://:{PASSWORD}@127.0.0.1:{server.port}/0"  # nothing listens there
    store = RedisStore.from_url(url)
    client = _client(altoviz_sandbox, store)
    events: list[Event] = []
    client.events.subscribe(events.append, attempts=False)
    try:
        with caplog.at_level(logging.DEBUG, logger="altoviz"):
            await _calls(client, 60)
        stats = client.stats
        pacer = client.retry.pacer
    finally:
        await client.aclose()
    assert stats.requests - stats.rate_limited == 60  # every call answered once
    assert stats.rate_limited > 0
    assert pacer.rate is not None  # the process's own controller learned the rate from the 429s
    assert not store.available
    assert not pacer.control.exclusive  # others may use the key: a refusal may be their share
    assert len(_warnings(caplog)) == 1  # once per outage, not once per call
    assert "ConnectionError" in _warnings(caplog)[0]
    assert PASSWORD not in caplog.text
    outages = [e for e in events if isinstance(e, StoreStatus)]
    assert len(outages) == 1  # on the client's bus, for a hook to alert on
    assert not outages[0].available
    assert outages[0].error is not None
    assert outages[0].error.startswith("ConnectionError")
    assert PASSWORD not in outages[0].error


async def test_a_hung_redis_costs_one_timeout_then_is_bypassed(
    server: RedisServer, altoviz_sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.start()
    server.pause()  # connections open, nothing answers
    store = RedisStore(server.url, timeout=0.2)
    client = _client(altoviz_sandbox, store)
    try:
        with caplog.at_level(logging.WARNING, logger="altoviz.store"):
            await _calls(client, 20)
    finally:
        await client.aclose()
    warnings = _warnings(caplog)
    assert len(warnings) == 1
    assert "TimeoutError" in warnings[0]
    assert not store.available


async def test_the_store_is_tried_again_after_the_interval_and_used_once_redis_is_back(
    server: RedisServer, altoviz_sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.start()
    now = [0.0]
    store = RedisStore(server.url, retry_interval=5.0, clock=lambda: now[0])
    client = _client(altoviz_sandbox, store)
    statuses: list[bool] = []
    client.events.subscribe(lambda e: statuses.append(e.available) if isinstance(e, StoreStatus) else None)
    raw = redis.asyncio.Redis.from_url(server.url)
    try:
        await _calls(client, 3)
        assert store.key is not None
        assert await raw.exists(store.key)
        server.stop()
        await raw.aclose()
        await _calls(client, 3)
        assert not store.available
        assert not client.retry.pacer.control.exclusive
        server.start()  # back, empty (no persistence)
        raw = redis.asyncio.Redis.from_url(server.url)
        await _calls(client, 3)
        assert not await raw.exists(store.key)  # within the interval: not tried, the calls paced alone
        now[0] += 5.0
        with caplog.at_level(logging.INFO, logger="altoviz.store"):
            await _calls(client, 3)
        assert await raw.exists(store.key)
        assert store.available
        assert client.retry.pacer.control.exclusive
        assert any("reachable again" in r.getMessage() for r in caplog.records)
        assert statuses == [False, True]
    finally:
        await raw.aclose()
        await client.aclose()
