"""The asyncio shell of the rate controller, on a virtual clock: cooldown, cancellation, give-up, collapse."""

from __future__ import annotations

import asyncio
import contextlib
import random

import httpx
import pytest
from altoviz import AltovizClient, Event, Pacer, RateLimitError, Throttled
from altoviz.sandbox.completion import as_sent

from altoviz_client.api.customers import get_customer
from altoviz_client.models import Customer

from .support import BASE, KEY, ScriptedTransport, TokenBucketServer, fast_pacer, now, respond
from .virtual_time import run_virtual

CUSTOMER = as_sent(Customer, {"id": 1})  # a complete answer: the read model requires its fields


def test_one_429_makes_every_task_wait_for_the_cooldown() -> None:
    first = True

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal first
        if first:
            first = False
            return httpx.Response(429, headers={"Retry-After": "2"})
        return httpx.Response(200, json=CUSTOMER)

    server = ScriptedTransport(handler, latency=0.1)

    async def scenario() -> None:
        async with AltovizClient(KEY, base_url=BASE, transport=server, pacer=fast_pacer()) as client:
            told = asyncio.ensure_future(client.call(get_customer, id=0))
            await asyncio.sleep(0.5)  # the 429 came back at 0.1: the cooldown runs until 2.1
            await asyncio.gather(told, *(client.call(get_customer, id=i) for i in range(1, 10)))

    run_virtual(scenario())
    assert server.sent_at[0] == 0
    assert min(server.sent_at[1:]) == pytest.approx(2.1)
    assert len(server.requests) == 11  # 10 calls, one of them retried once


def test_before_the_first_429_only_the_window_holds_requests_back() -> None:
    server = ScriptedTransport(respond(httpx.Response(200, json=CUSTOMER)), latency=0.02)

    async def scenario() -> float:
        async with AltovizClient(KEY, base_url=BASE, transport=server, pacer=Pacer(initial_window=4)) as client:
            start = now()
            for i in range(50):  # sequential: never more than one in flight, never paced
                await client.call(get_customer, id=i)
            return now() - start

    assert run_virtual(scenario()) == pytest.approx(50 * 0.02)


@pytest.mark.parametrize(("rate", "burst", "latency"), [(20, 5, 0.02), (20, 20, 0.02), (50, 50, 0.2)])
def test_300_concurrent_gets_all_succeed_with_few_429s(rate: float, burst: int, latency: float) -> None:
    server = TokenBucketServer(rate=rate, burst=burst, latency=latency)

    async def scenario() -> float:
        async with AltovizClient(KEY, base_url=BASE, transport=server, rng=random.Random(0)) as client:
            start = now()
            await asyncio.gather(*(client.call(get_customer, id=i) for i in range(300)))
            return now() - start

    elapsed = run_virtual(scenario())
    assert server.accepted == 300
    assert server.refused / (server.accepted + server.refused) <= 0.15
    assert elapsed <= 1.4 * (300 - burst) / rate


def test_cancelling_500_calls_releases_every_slot_and_the_client_goes_on_at_the_servers_rate() -> None:
    server = TokenBucketServer(rate=20, burst=5, latency=0.05)

    async def scenario() -> tuple[int, float]:
        pacer = Pacer()
        async with AltovizClient(KEY, base_url=BASE, transport=server, pacer=pacer, rng=random.Random(0)) as client:
            calls = [asyncio.ensure_future(client.call(get_customer, id=i)) for i in range(500)]
            await asyncio.sleep(3.0)  # some in flight, some in cooldown, most queued
            for call in calls:
                call.cancel()
            await asyncio.gather(*calls, return_exceptions=True)
            left = pacer.control.in_flight
            await asyncio.sleep(2.0)
            await asyncio.gather(*(client.call(get_customer, id=i) for i in range(100)))  # the ramp back
            start = now()
            await asyncio.gather(*(client.call(get_customer, id=i) for i in range(400)))
            return left, now() - start

    left, elapsed = run_virtual(scenario())
    assert left == 0
    assert 400 / elapsed >= 0.8 * 20


def test_burst_idle_sequential_does_not_collapse() -> None:
    server = TokenBucketServer(rate=20, burst=5, latency=0.002)

    async def scenario() -> float:
        async with AltovizClient(KEY, base_url=BASE, transport=server, rng=random.Random(0)) as client:
            await asyncio.gather(*(client.call(get_customer, id=i) for i in range(22)))
            await asyncio.sleep(2.0)
            for i in range(100):  # the ramp back
                await client.call(get_customer, id=i)
            start = now()
            for i in range(400):
                await client.call(get_customer, id=i)
            return 400 / (now() - start)

    assert run_virtual(scenario()) >= 0.8 * 20


@pytest.mark.parametrize("retry_after", [None, "2"])
def test_giving_up_on_a_429_storm_leaves_no_cooldown_longer_than_asked(retry_after: str | None) -> None:
    headers = {"Retry-After": retry_after} if retry_after else {}
    storm = True

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers=headers) if storm else httpx.Response(200, json=CUSTOMER)

    server = ScriptedTransport(handler, latency=0.01)

    async def scenario() -> float:
        nonlocal storm
        async with AltovizClient(KEY, base_url=BASE, transport=server, max_retries=3, rng=random.Random(0)) as client:
            with contextlib.suppress(RateLimitError):
                await client.call(get_customer, id=1)
            storm = False
            start = now()
            await client.call(get_customer, id=2)
            return now() - start

    waited = run_virtual(scenario())
    # With Retry-After: what it said. Without, the backoff cooldown (at most 1 s, the shortest pause the header
    # can ask for) or the pacing interval of the rate the storm cut to (at most 1 / min_rate = 2 s), whichever
    # ends later; it was up to 15 s of jittered backoff before.
    assert waited <= (float(retry_after) if retry_after else 1 / 0.5) + 0.01 + 1e-6


def test_a_pacer_is_alone_on_its_key_only_when_told_so() -> None:
    # Without a store another process may be behind any refusal: the controller must cut, or shares diverge.
    assert Pacer(exclusive=True).control.exclusive
    assert not Pacer().control.exclusive


def test_events_say_when_an_episode_starts_and_the_rate_changes() -> None:
    server = TokenBucketServer(rate=20, burst=5, latency=0.02)
    seen: list[Event] = []

    async def scenario() -> None:
        async with AltovizClient(KEY, base_url=BASE, transport=server, rng=random.Random(0)) as client:
            client.events.subscribe(seen.append)
            await asyncio.gather(*(client.call(get_customer, id=i) for i in range(60)))

    run_virtual(scenario())
    throttled = [e for e in seen if isinstance(e, Throttled)]
    assert len(throttled) == server.refused
    assert throttled[0].new_episode
    assert throttled[0].cooldown == 1.0
