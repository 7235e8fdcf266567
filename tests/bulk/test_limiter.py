"""The AIMD window and the 429 watch, on their own."""

from __future__ import annotations

import asyncio

import pytest
from altoviz import Pacer
from altoviz._bulk import AdaptiveLimiter
from altoviz._bulk.limiter import ThrottleWatch
from altoviz._pacing import Slot


async def test_the_window_bounds_what_is_in_flight() -> None:
    limiter = AdaptiveLimiter(3, initial=2)
    await limiter.acquire()
    await limiter.acquire()
    third = asyncio.create_task(limiter.acquire())
    await asyncio.sleep(0)
    assert not third.done()
    limiter.release()
    await asyncio.wait_for(third, 1)
    assert limiter.in_flight == 2


async def test_additive_increase_multiplicative_decrease() -> None:
    limiter = AdaptiveLimiter(64, initial=8)
    for _ in range(8):
        limiter.on_success()
    assert limiter.limit == 16  # slow start: one per success until the first 429
    limiter.on_throttled()
    assert limiter.limit == 8
    for _ in range(7):
        limiter.on_success()
    assert limiter.limit == 8
    for _ in range(2):
        limiter.on_success()
    assert limiter.limit == 9  # afterwards: one per window's worth (about 8) of successes
    for _ in range(10):
        limiter.on_throttled()
    assert limiter.limit == 1  # never below the minimum
    for _ in range(10_000):
        limiter.on_success()
    assert limiter.limit == 64  # never above the maximum


async def test_growth_lets_waiters_in_and_a_cancelled_waiter_leaves() -> None:
    limiter = AdaptiveLimiter(4, initial=1)
    await limiter.acquire()
    waiting = asyncio.create_task(limiter.acquire())
    leaving = asyncio.create_task(limiter.acquire())
    await asyncio.sleep(0)
    leaving.cancel()
    limiter.on_success()  # window 2: the first waiter gets in
    await asyncio.wait_for(waiting, 1)
    assert limiter.in_flight == 2


async def test_the_watch_counts_one_decrease_per_cooldown() -> None:
    pacer = Pacer(initial_rate=100)
    throttled: list[None] = []
    watch = ThrottleWatch(pacer, lambda: throttled.append(None))
    watch.poll()
    assert throttled == []
    slot = await pacer.acquire()
    pacer.on_throttled(slot, 0.2)
    watch.poll()
    pacer.on_throttled(slot, 0.2)  # another refusal of the same episode
    watch.poll()
    assert len(throttled) == 1
    await asyncio.sleep(0.3)
    watch.poll()
    assert len(throttled) == 1  # the cooldown is over and nothing new came
    slot = await pacer.acquire()
    pacer.on_throttled(Slot(sent_at=slot.sent_at, held_by_rate=False), 0.2)
    watch.poll()
    assert len(throttled) == 2


async def test_the_watch_reads_the_clients_429_counter_when_there_is_one() -> None:
    class Stats:
        rate_limited = 0

    class Client:
        stats = Stats()

    source = Client()
    throttled: list[None] = []
    watch = ThrottleWatch(Pacer(), lambda: throttled.append(None), source)
    Stats.rate_limited = 2  # refused without a cooldown (the server asked for too long a wait, say)
    watch.poll()
    assert len(throttled) == 1


async def test_a_waiter_cancelled_after_a_wake_up_dropped_it_leaves_cleanly() -> None:
    limiter = AdaptiveLimiter(4, initial=1)
    await limiter.acquire()
    waiting = asyncio.create_task(limiter.acquire())
    await asyncio.sleep(0)
    waiting.cancel()  # cancelled, but its task has not run yet...
    limiter.release()  # ...when the room frees up: the wake-up skips the cancelled waiter
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert limiter.in_flight == 0
    await asyncio.wait_for(limiter.acquire(), 1)
