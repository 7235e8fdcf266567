"""The Redis store against a real redis-server: processes on one key share one cooldown and one rate."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import AsyncIterator, Iterator

import pytest
import redis.asyncio
from altoviz import AltovizClient, Pacer, RedisStore
from altoviz._control import STATE_VERSION, Outcome, RateController
from altoviz._store import key_name
from altoviz.sandbox import SandboxServer
from redis_server import running_redis  # tests/ is on sys.path (pytest rootdir insertion)

from altoviz_client.api.customers import get_customer


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with running_redis() as url:
        yield url


@pytest.fixture
async def stores(redis_url: str) -> AsyncIterator[list[RedisStore]]:
    key = key_name(f"test-{id(object())}")
    made = [RedisStore(redis_url, key) for _ in range(2)]
    yield made
    for store in made:
        await store.aclose()


async def test_a_429_seen_by_one_process_is_the_cooldown_of_all(stores: list[RedisStore]) -> None:
    first, second = (Pacer(store=store) for store in stores)
    ticket = await first.acquire()
    await first.answered(ticket, Outcome(429, 2.0))
    first.release()
    await second.store.load(second.control)  # type: ignore[union-attr]
    assert 1.5 < second.cooldown_remaining() <= 2.0
    assert second.rate == first.rate


async def test_the_rate_learned_by_one_process_paces_the_others(stores: list[RedisStore]) -> None:
    first, second = (Pacer(store=store) for store in stores)
    ticket = await first.acquire()
    await first.answered(ticket, Outcome(429, 0.0))  # learn a rate, no cooldown
    first.release()
    rate = first.rate
    assert rate is not None
    # Both take turns from one schedule: send times 1/rate apart, whoever sends.
    tickets = []
    for pacer in (first, second, first, second):
        tickets.append(await pacer.acquire())
        pacer.release()
    gaps = [b.sent_at - a.sent_at for a, b in itertools.pairwise(tickets)]
    assert all(gap >= 1 / rate - 0.01 for gap in gaps)


def test_a_pacer_with_a_store_is_the_keys_only_controller(stores: list[RedisStore]) -> None:
    # One state for every process: no refusal can be another client's share (``altoviz._control``, item 4).
    # Without a store another client may be behind any refusal, and only cuts make shares converge.
    assert Pacer(store=stores[0]).control.exclusive
    assert not Pacer(store=stores[1], exclusive=False).control.exclusive  # other tools use the key too


@pytest.mark.parametrize(
    "stale",
    [
        json.dumps({"rate": 3.0, "cooldown_until": 0.0}),  # an older controller's layout, without a version
        json.dumps({**RateController().shared_state(), "version": "0ld"}),
        b"not json",
    ],
    ids=["old-layout", "other-version", "garbage"],
)
async def test_a_state_of_another_layout_is_replaced_not_misread(
    redis_url: str, stores: list[RedisStore], stale: str | bytes
) -> None:
    store = stores[0]
    assert store.key is not None
    raw = redis.asyncio.Redis.from_url(redis_url)
    try:
        await raw.set(store.key, stale)
        pacer = Pacer(store=store)
        ticket = await pacer.acquire()  # loads the stale state: must not raise
        await pacer.answered(ticket, Outcome(429, 0.0))
        pacer.release()
        written = json.loads(await raw.get(store.key))
    finally:
        await raw.aclose()
    assert written["version"] == STATE_VERSION
    assert written["rate"] == pacer.rate


def test_the_state_stored_holds_no_api_key() -> None:
    assert "sk_live_secret" not in key_name("sk_live_secret")


async def test_four_clients_on_one_key_share_the_limit(redis_url: str, altoviz_sandbox: SandboxServer) -> None:
    altoviz_sandbox.configure(rate=50, burst=50)
    clients = [
        AltovizClient(altoviz_sandbox.api_key, base_url=altoviz_sandbox.base_url, store=RedisStore.from_url(redis_url))
        for _ in range(4)
    ]
    try:
        await asyncio.gather(*(c.call(get_customer, id=1) for c in clients for _ in range(100)), return_exceptions=True)
        stats = [c.stats for c in clients]
    finally:
        for c in clients:
            await c.aclose()
    requests = sum(s.requests for s in stats)
    refused = sum(s.rate_limited for s in stats)
    assert requests - refused == 400  # every call answered once
    assert refused / requests <= 0.05
