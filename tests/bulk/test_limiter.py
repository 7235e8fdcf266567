"""The AIMD window on its own, and fed by a client's Throttled events."""

from __future__ import annotations

import asyncio

import pytest
from altoviz import EventBus, RetryScheduled, Throttled
from altoviz._bulk import AdaptiveLimiter


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


async def test_the_window_halves_once_per_429_episode_it_hears_of() -> None:
    bus = EventBus()
    limiter = AdaptiveLimiter(64, initial=16)
    unsubscribe = bus.subscribe(limiter)
    bus.emit(Throttled(cooldown=1.0, new_episode=True))
    assert limiter.limit == 8
    bus.emit(Throttled(cooldown=1.0, new_episode=False))  # a refusal of the same episode
    bus.emit(RetryScheduled("GET", "/v1/Customers", 1, 1.0, "429"))  # not a 429 episode
    assert limiter.limit == 8
    unsubscribe()
    bus.emit(Throttled(cooldown=1.0, new_episode=True))
    assert limiter.limit == 8  # no longer subscribed


def test_a_hook_that_raises_does_not_stop_the_others(caplog: pytest.LogCaptureFixture) -> None:
    bus = EventBus()
    seen: list[object] = []

    def broken(event: object) -> None:
        raise RuntimeError("observer bug")

    bus.subscribe(broken)
    bus.subscribe(seen.append)
    bus.emit(Throttled(cooldown=0.0, new_episode=True))
    assert len(seen) == 1
    assert "event hook" in caplog.text
