"""The shared cooldown, pacing after it, and the learned rate; on a virtual clock."""

from __future__ import annotations

import asyncio
import itertools

import httpx
import pytest
from altoviz import AltovizClient, Pacer
from altoviz._pacing import Slot, first_burst, fit_bounds, fit_rate
from altoviz.sandbox.completion import as_sent

from altoviz_client.api.customers import get_customer
from altoviz_client.models.customer import Customer

from .support import BASE, KEY, ScriptedTransport, TokenBucketServer, fast_pacer, now
from .virtual_time import run_virtual


def test_one_429_makes_every_task_wait_for_the_cooldown() -> None:
    first = True

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal first
        if first:
            first = False
            return httpx.Response(429, headers={"Retry-After": "2"})
        return httpx.Response(200, json=as_sent(Customer, {"id": 1}))

    server = ScriptedTransport(handler, latency=0.1)

    async def scenario() -> None:
        async with AltovizClient(KEY, base_url=BASE, transport=server, pacer=fast_pacer()) as client:
            told = asyncio.ensure_future(client.call(get_customer, id=0))
            await asyncio.sleep(0.5)  # the 429 came back at 0.1: the cooldown runs until 2.1
            await asyncio.gather(told, *(client.call(get_customer, id=i) for i in range(1, 10)))

    run_virtual(scenario())
    assert server.sent_at[0] == 0
    # Nobody else found the 429 for themselves: every later request waited for the cooldown.
    assert min(server.sent_at[1:]) == pytest.approx(2.1)
    assert len(server.requests) == 11  # 10 calls, one of them retried once


def test_waiters_leave_paced_after_a_cooldown_not_all_at_once() -> None:
    pacer = Pacer(initial_rate=10, burst=3)

    async def scenario() -> list[float]:
        for _ in range(3):  # the server accepted our whole burst...
            pacer.on_accepted(await pacer.acquire())
        pacer.on_throttled(await pacer.acquire(), wait=1.0)  # ...then refused
        leave: list[float] = []

        async def one() -> None:
            await pacer.acquire()
            leave.append(now())

        await asyncio.gather(*(one() for _ in range(8)))
        return leave

    leave = run_virtual(scenario())
    start = leave[0]
    assert start >= 1.0
    # The first `burst` go when the cooldown ends, then one every 1/rate seconds, in arrival order.
    assert leave[:3] == [pytest.approx(start)] * 3
    gaps = [b - a for a, b in itertools.pairwise(leave[2:])]
    assert gaps == [pytest.approx(1 / pacer.rate)] * 5


def test_a_429_within_our_burst_shrinks_the_burst() -> None:
    pacer = Pacer(initial_rate=10, burst=5)

    async def scenario() -> None:
        for _ in range(2):
            pacer.on_accepted(await pacer.acquire())
        pacer.on_throttled(await pacer.acquire(), wait=1.0)

    run_virtual(scenario())
    assert pacer._burst == 2


def test_429s_during_a_cooldown_belong_to_the_same_episode() -> None:
    pacer = Pacer(initial_rate=16, burst=1)

    async def scenario() -> None:
        a = await pacer.acquire()
        b = await pacer.acquire()
        pacer.on_throttled(a, wait=1.0)
        rate = pacer.rate
        pacer.on_throttled(b, wait=1.0)  # sent before the cooldown began: no second decrease
        assert pacer.rate == rate

    run_virtual(scenario())


def test_slow_start_doubles_the_rate_each_second_of_saturation() -> None:
    pacer = Pacer(initial_rate=10, burst=1)

    async def scenario() -> None:
        for _ in range(10):
            pacer.on_accepted(Slot(sent_at=now(), held_by_rate=True))
        assert pacer.rate == pytest.approx(20)
        pacer.on_accepted(Slot(sent_at=now(), held_by_rate=False))  # idle capacity teaches nothing
        assert pacer.rate == pytest.approx(20)

    run_virtual(scenario())


def test_fit_rate_recovers_the_servers_rate() -> None:
    # A 20/s bucket of 5 tokens, full at t=0, offered 40 requests a second: before send k it holds 5 - k/2
    # tokens, so it accepts sends 0 to 8 and refuses send 9. Rates from 20 to 22.2 explain that.
    sends = [k / 40 for k in range(9)]
    fitted = fit_rate(sends, 9 / 40, burst=5, max_rate=10_000)
    assert 20 <= fitted <= 22.3
    # With a longer history the fit closes in: 20/s offered 25/s for 3 s.
    server = []
    tokens, last = 5.0, 0.0
    for k in range(100):
        t = k / 25
        tokens = min(5.0, tokens + (t - last) * 20)
        last = t
        if tokens < 1:
            break
        tokens -= 1
        server.append(t)
    assert fit_rate(server, t, burst=5, max_rate=10_000) == pytest.approx(20, rel=0.02)


def _bucket_history(rate: float, burst: int, offered: list[float]) -> tuple[list[float], list[float]]:
    """Which of the ``offered`` times a token bucket accepts, and which it refuses."""
    accepted, refused, tokens, last = [], [], float(burst), offered[0]
    for t in offered:
        tokens = min(burst, tokens + (t - last) * rate)
        last = t
        if tokens >= 1:
            tokens -= 1
            accepted.append(t)
        else:
            refused.append(t)
    return accepted, refused


def test_two_refusals_agree_on_a_rate_only_for_the_right_burst() -> None:
    # 100/s with 20 banked: offered 150/s for 0.6 s, a pause that refills the bucket, then 130/s for 0.9 s.
    offered = [k / 150 for k in range(90)] + [2 + k / 130 for k in range(117)]
    accepted, refused = _bucket_history(100, 20, offered)
    first_refusals = [min(t for t in refused if t < 2), min(t for t in refused if t >= 2)]
    for burst in (5, 10, 40):
        lowest, highest = fit_bounds(accepted, first_refusals, burst, 10_000)
        assert lowest > highest * 1.03  # no rate explains both with this burst
    lowest, highest = fit_bounds(accepted, first_refusals, 20, 10_000)
    assert lowest == pytest.approx(100, rel=1e-3)
    assert highest >= 100


def test_a_429_never_raises_the_rate_and_the_first_fit_ends_slow_start() -> None:
    pacer = Pacer(initial_rate=8, burst=1)

    async def scenario() -> None:
        pacer.on_throttled(await pacer.acquire(), wait=1.0)  # no history to fit: still probing
        assert pacer.rate <= 8
        assert pacer.slow_start
        for _ in range(30):
            pacer.on_accepted(await pacer.acquire())
        before = pacer.rate
        pacer.on_throttled(await pacer.acquire(), wait=1.0)
        assert pacer.rate < before
        assert not pacer.slow_start

    run_virtual(scenario())


@pytest.mark.parametrize(("rate", "burst", "latency"), [(20, 5, 0.02), (20, 5, 0.2), (20, 20, 0.02), (5, 5, 0.02)])
def test_300_concurrent_gets_learn_the_servers_rate(rate: float, burst: int, latency: float) -> None:
    """The sandbox acceptance scenario: all succeed, at most 15 % 429s, wall time within 15 % of ideal."""
    server = TokenBucketServer(rate=rate, burst=burst, latency=latency)

    async def scenario() -> float:
        async with AltovizClient(KEY, base_url=BASE, transport=server) as client:
            start = now()
            results = await asyncio.gather(*(client.call(get_customer, id=i) for i in range(300)))
            assert len(results) == 300
            return now() - start

    elapsed = run_virtual(scenario())
    assert server.accepted == 300
    assert server.refused / (server.accepted + server.refused) <= 0.15
    assert elapsed <= 1.15 * (300 - burst) / rate


def test_a_server_with_a_smaller_burst_teaches_the_client_its_burst() -> None:
    server = TokenBucketServer(rate=20, burst=2, latency=0.02)

    async def scenario() -> Pacer:
        pacer = Pacer()
        async with AltovizClient(KEY, base_url=BASE, transport=server, pacer=pacer) as client:
            await asyncio.gather(*(client.call(get_customer, id=i) for i in range(200)))
        return pacer

    pacer = run_virtual(scenario())
    assert server.accepted == 200
    assert server.refused / (server.accepted + server.refused) <= 0.15
    assert pacer._burst <= 2
    assert 15 <= pacer.rate <= 21


def _bulk_load(rate: float, burst: int, requests: int) -> tuple[float, Pacer, TokenBucketServer]:
    """A bulk import's load: ``requests`` GETs from 64 tasks; return the wall time, the pacer, the server."""
    server = TokenBucketServer(rate=rate, burst=burst, latency=0.02)

    async def scenario() -> tuple[float, Pacer]:
        pacer = Pacer()
        async with AltovizClient(KEY, base_url=BASE, transport=server, pacer=pacer) as client:
            pending = iter(range(requests))

            async def worker() -> None:
                for i in pending:
                    await client.call(get_customer, id=i)

            start = now()
            await asyncio.gather(*(worker() for _ in range(64)))
            return now() - start, pacer

    elapsed, pacer = run_virtual(scenario())
    assert server.accepted == requests
    return elapsed, pacer, server


def _slow_start_history(rate: float, burst: int) -> tuple[list[float], float]:
    """Slow start against a token bucket (12/s, +1/s per request) until its first refusal."""
    sends, t, offered = [0.0], 0.0, 12.0
    while True:
        t, offered = t + 1 / offered, offered + 1
        accepted, refused = _bucket_history(rate, burst, [*sends, t])
        if refused:
            return sends, t
        sends = accepted


def test_the_first_fit_guesses_a_burst_in_proportion_to_the_rate() -> None:
    # 100/s with a burst of 20: a fixed guess of 5 takes the banked requests for rate (about 135/s).
    sends, refused = _slow_start_history(100, 20)
    assert fit_rate(sends, refused, 5, 10_000) > 125
    burst = first_burst(sends, refused, 5, 10_000)
    assert burst == pytest.approx(0.2 * fit_rate(sends, refused, burst, 10_000), rel=0.02)
    assert fit_rate(sends, refused, burst, 10_000) == pytest.approx(100, rel=0.03)
    # Below 25/s, 0.2 s of the rate is less than 5 requests: the guess stays 5 (20/s with a burst of 5).
    sends, refused = _slow_start_history(20, 5)
    assert first_burst(sends, refused, 5, 10_000) == 5


def test_a_server_banking_a_fifth_of_a_second_is_learned_at_the_first_429() -> None:
    """The bulk import's server, 100/s with a burst of 20: one 429 episode, then the right rate."""
    elapsed, pacer, server = _bulk_load(100, 20, 2000)
    assert server.refused <= 2  # one episode: requests already in flight at the 429 may be refused too
    assert 18 <= pacer._server_burst <= 22
    assert 94 <= pacer.rate <= 102
    assert elapsed <= 1.13 * (2000 - 20) / 100


def test_a_server_banking_more_than_guessed_is_learned_from_two_refusals() -> None:
    """100/s with a burst of 50 (half a second): the first fit takes banked requests for rate and is refused
    again soon after a full refill; the pacer finds the burst on which both refusals agree and fits again,
    instead of backing off and creeping back up."""
    elapsed, pacer, server = _bulk_load(100, 50, 2000)
    assert server.refused / (server.accepted + server.refused) <= 0.05
    assert 40 <= pacer._server_burst <= 60
    assert 94 <= pacer.rate <= 102
    assert elapsed <= 1.2 * (2000 - 50) / 100


def test_the_burst_search_takes_the_best_agreement_not_the_largest() -> None:
    # 20/s with a burst of 10: a burst of 15 also agrees within the jitter, and fitted 15.5/s for good.
    elapsed, pacer, server = _bulk_load(20, 10, 400)
    assert server.refused / (server.accepted + server.refused) <= 0.05
    assert 8 <= pacer._server_burst <= 13
    assert 18.5 <= pacer.rate <= 21
    assert elapsed <= 1.15 * (400 - 10) / 20


class SlowConnectServer(TokenBucketServer):
    """The first requests open connections first: they reach the server ``connect`` seconds after leaving."""

    def __init__(self, rate: float, burst: int, connect: float, fresh: int) -> None:
        super().__init__(rate=rate, burst=burst)
        self.connect = connect
        self.fresh = fresh
        self.started = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.started += 1
        if self.started <= self.fresh:
            await asyncio.sleep(self.connect)
        return await super().handle_async_request(request)


def test_the_fit_times_requests_by_their_arrival_not_their_departure() -> None:
    # Timed by departure, the first requests seem to arrive 200 ms before they did: the fit came out 11 % low.
    server = SlowConnectServer(rate=20, burst=5, connect=0.2, fresh=3)

    async def scenario() -> Pacer:
        pacer = Pacer(initial_rate=12, burst=3)
        async with AltovizClient(KEY, base_url=BASE, transport=server, pacer=pacer) as client:
            await asyncio.gather(*(client.call(get_customer, id=i) for i in range(100)))
        return pacer

    pacer = run_virtual(scenario())
    assert pacer._limit is not None
    assert 18.5 <= pacer._limit <= 20.5


def test_the_rate_climbs_back_briskly_below_the_last_fit_and_slowly_near_it() -> None:
    def growth_in_one_second(rate: float) -> float:
        pacer = Pacer(initial_rate=rate)
        pacer._slow_start = False
        pacer._limit = 100.0  # fitted at 100: the pacer chose 97

        async def scenario() -> float:
            for _ in range(int(rate)):  # about one second of saturated sending
                pacer.on_accepted(Slot(sent_at=now(), held_by_rate=True))
            return pacer.rate / rate - 1

        return run_virtual(scenario())

    below, near, past = growth_in_one_second(70), growth_in_one_second(98), growth_in_one_second(101)
    assert below == pytest.approx(0.03, rel=0.05)  # cut by a backoff: back at 3 %/s
    assert near == pytest.approx(0.003, rel=0.05)  # between the chosen and the fitted rate: 0.3 %/s
    assert past == pytest.approx(0.0006, rel=0.05)  # past the fit: where the next 429 waits


def test_a_lone_request_is_never_held_before_the_first_429() -> None:
    """Sequential callers (a web handler, a CLI) are not paced at the start rate; concurrent ones are."""
    pacer = Pacer(initial_rate=10, burst=3)

    async def sequential(n: int) -> list[float]:
        sent = []
        for _ in range(n):
            slot = await pacer.acquire()
            sent.append(now())
            await asyncio.sleep(0.001)  # the round trip
            pacer.on_accepted(slot)
            pacer.release(slot)
        return sent

    sent = run_virtual(sequential(50))
    # 50 calls of 1 ms each: 50 ms, where pacing at 10/s after the burst of 3 would take 4.7 s.
    assert sent[-1] == pytest.approx(0.049)

    async def concurrent(fresh: Pacer, n: int) -> list[float]:
        slots = await asyncio.gather(*(fresh.acquire() for _ in range(n)))
        return [slot.sent_at for slot in slots]

    # Six requests at once (nothing released): three from the bucket, the rest paced at 10/s.
    sent_at = run_virtual(concurrent(Pacer(initial_rate=10, burst=3), 6))
    assert sent_at[:3] == [0, 0, 0]
    assert sent_at[3:] == pytest.approx([0.1, 0.2, 0.3])


def test_after_a_429_a_lone_request_is_paced_too() -> None:
    pacer = Pacer(initial_rate=10, burst=1)

    async def scenario() -> list[float]:
        slot = await pacer.acquire()
        pacer.on_throttled(slot, wait=1.0)
        pacer.release(slot)
        sent = []
        for _ in range(3):
            slot = await pacer.acquire()
            sent.append(now())
            pacer.on_accepted(slot)
            pacer.release(slot)
        return sent

    sent = run_virtual(scenario())
    assert sent[0] >= 1.0  # the cooldown
    assert sent[2] - sent[0] >= 2 / pacer.rate - 1e-9  # one token per request: paced
