"""The Redis dedupe store against a real redis-server: one event handled once across two receivers."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from altoviz.webhooks import RedisDedupeStore, WebhookEvent, WebhookReceiver
from redis_server import redis_server, running_redis

from .conftest import delivery


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with running_redis() as url:
        yield url


@pytest.fixture
async def store(redis_url: str) -> AsyncIterator[RedisDedupeStore]:
    store = RedisDedupeStore(redis_url, ttl=60, prefix=f"test:{id(object())}:")
    yield store
    await store.aclose()


async def test_claim_release_and_expiry(redis_url: str, store: RedisDedupeStore) -> None:
    assert await store.claim("a")
    assert not await store.claim("a")
    await store.release("a")
    assert await store.claim("a")
    short = RedisDedupeStore(redis_url, ttl=0.05, prefix=store.prefix + "short:")
    assert await short.claim("b")
    assert await short.redis.pttl(short.prefix + "b") <= 50
    await short.aclose()
    assert "redis://" not in repr(store)


async def test_two_receivers_sharing_redis_handle_an_event_once(store: RedisDedupeStore, secret: str) -> None:
    handled: list[str] = []
    receivers = [WebhookReceiver(secret, dedupe=store) for _ in range(2)]
    for receiver in receivers:

        @receiver.on("CustomerCreated")
        async def record(event: WebhookEvent[Any]) -> None:
            handled.append(event.id)

    answers = []
    for i in range(20):
        for receiver in receivers:  # every event reaches both processes
            transport = httpx.ASGITransport(app=receiver)
            async with httpx.AsyncClient(transport=transport, base_url="http://r") as http:
                answer = await http.post("/", content=delivery(f"e{i}"), headers={"X-Altoviz-Signature": secret})
                answers.append(answer.json()["status"])
    for receiver in receivers:
        await receiver.aclose()
    assert sorted(handled) == sorted(f"e{i}" for i in range(20))
    assert answers.count("duplicate") == 20


async def test_a_hung_redis_turns_a_delivery_into_a_503_within_the_timeout_and_the_next_one_is_handled(
    secret: str,
) -> None:
    handled: list[str] = []
    with redis_server() as server:
        store = RedisDedupeStore(server.url, ttl=60, timeout=0.2)
        receiver = WebhookReceiver(secret, dedupe=store)

        @receiver.on("CustomerCreated")
        async def record(event: WebhookEvent[Any]) -> None:
            handled.append(event.id)

        transport = httpx.ASGITransport(app=receiver)
        async with httpx.AsyncClient(transport=transport, base_url="http://r") as http:
            server.pause()  # connections open, nothing answers, as on a hung host
            # Answered within the store's timeout (0.2 s), far inside this bound; redis-py's own 5 s is past it.
            hung = await asyncio.wait_for(
                http.post("/", content=delivery("e1"), headers={"X-Altoviz-Signature": secret}), 3
            )
            server.resume()
            again = await http.post("/", content=delivery("e1"), headers={"X-Altoviz-Signature": secret})
        await receiver.aclose()
        await store.aclose()
    assert hung.status_code == 503  # the sender delivers it again later: nothing lost
    assert again.status_code == 200
    assert handled == ["e1"]
