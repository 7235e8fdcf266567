"""A discrete-event simulation of clients running the pure ``RateController`` against simulated limiters.

No asyncio and no sleeping: time is a float that jumps from event to event, so a minute of four clients
runs in milliseconds. The limiters model the shapes real APIs use; each answers (accepted, Retry-After).
"""

from __future__ import annotations

import dataclasses
import heapq
import itertools
import math
import random
from collections.abc import Callable

from altoviz._config import RetryPolicy
from altoviz._control import Outcome, RateController, decide


class Limiter:
    """The server side: ``check(now)`` returns (accepted, seconds to wait or None)."""

    name = "limiter"
    retry_after = True

    def check(self, now: float) -> tuple[bool, float | None]:
        raise NotImplementedError

    def answer(self, now: float) -> tuple[bool, float | None]:
        ok, wait = self.check(now)
        if ok:
            return True, None
        # HTTP carries whole seconds, rounded up, at least 1.
        return False, (max(1, math.ceil(wait - 1e-9)) if self.retry_after and wait is not None else None)


class TokenBucket(Limiter):
    def __init__(self, rate: float, burst: float) -> None:
        self.rate, self.burst, self.tokens, self.at = rate, burst, float(burst), 0.0
        self.name = f"bucket {rate:g}/s burst {burst:g}"

    def check(self, now: float) -> tuple[bool, float | None]:
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate)
        self.at = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True, None
        return False, (1 - self.tokens) / self.rate


class FixedWindow(Limiter):
    def __init__(self, limit: int, window: float) -> None:
        self.limit, self.window, self.count, self.start = limit, window, 0, 0.0
        self.name = f"fixed {limit} per {window:g} s"

    def check(self, now: float) -> tuple[bool, float | None]:
        start = math.floor(now / self.window) * self.window
        if start != self.start:
            self.start, self.count = start, 0
        if self.count < self.limit:
            self.count += 1
            return True, None
        return False, self.start + self.window - now


class SlidingWindow(Limiter):
    def __init__(self, limit: int, window: float) -> None:
        self.limit, self.window, self.times = limit, window, list[float]()
        self.name = f"sliding {limit} in {window:g} s"

    def check(self, now: float) -> tuple[bool, float | None]:
        self.times = [t for t in self.times if t > now - self.window]
        if len(self.times) < self.limit:
            self.times.append(now)
            return True, None
        return False, self.times[0] + self.window - now


class PenaltyBlock(Limiter):
    """A token bucket that, after any refusal, refuses everything for ``block`` seconds."""

    def __init__(self, rate: float, burst: float, block: float) -> None:
        self.bucket, self.block, self.until = TokenBucket(rate, burst), block, -1.0
        self.name = f"penalty {block:g} s on bucket {rate:g}/s burst {burst:g}"

    def check(self, now: float) -> tuple[bool, float | None]:
        if now < self.until:
            return False, self.until - now
        ok, _ = self.bucket.check(now)
        if ok:
            return True, None
        self.until = now + self.block
        return False, self.block


def without_retry_after(limiter: Limiter) -> Limiter:
    limiter.retry_after = False
    limiter.name += ", no Retry-After"
    return limiter


@dataclasses.dataclass
class Client:
    """One process: ``jobs`` requests to make, at most ``tasks`` at once, starting at ``start``."""

    jobs: int
    tasks: int = 64
    start: float = 0.0
    control: RateController = dataclasses.field(default_factory=RateController)
    done: int = 0
    sent: int = 0
    refused: int = 0
    backing_off: int = 0  # refused requests waiting out their backoff: a job each, not free tasks
    finished_at: float = math.inf
    queue: list[tuple[float, int]] = dataclasses.field(default_factory=list)  # (queued at, attempt)
    wake: float = math.inf  # the pending dispatch event, so that there is only one
    log: list[tuple[float, bool]] = dataclasses.field(default_factory=list)  # (answered at, accepted)


def simulate(
    limiter: Limiter,
    clients: list[Client],
    *,
    latency: float = 0.02,
    seed: int = 0,
    until: float = 600.0,
    on_idle: Callable[[Client, float], None] | None = None,
    jitter: float = 0.0,
) -> float:
    """Run every client to completion (or ``until``); return the time the last one finished.

    ``jitter``: each leg of a round trip takes ``latency / 2`` times a factor drawn uniformly in ``1 ± jitter``
    (seeded), so the server sees paced requests unevenly spaced and answers can overtake one another, as over a
    real network. Without it every request reaches the server half a round trip after it left.
    """
    if not 0 <= jitter < 1:
        raise ValueError("jitter is a share of each leg of a round trip: at least 0 and below 1")
    rng = random.Random(seed)
    network = random.Random(f"network {seed}")

    def leg() -> float:
        return latency / 2 * network.uniform(1 - jitter, 1 + jitter)

    policy = RetryPolicy(max_retries=50, deadline=until)
    order = itertools.count()
    events: list[tuple[float, int, str, int, object]] = []

    def push(at: float, kind: str, who: int, data: object = None) -> None:
        heapq.heappush(events, (at, next(order), kind, who, data))

    for i, c in enumerate(clients):
        for _ in range(min(c.tasks, c.jobs)):
            c.queue.append((c.start, 0))
        push(c.start, "dispatch", i)
    now = 0.0
    while events:
        now, _, kind, who, data = heapq.heappop(events)
        if now > until:
            break
        c = clients[who]
        if kind == "arrive":  # with jitter: the server answers when the request reaches it
            push(now + leg(), "answer", who, (*data, limiter.answer(now)))  # type: ignore[misc]
            continue
        if kind == "answer":
            ticket, attempt, queued, *seen = data  # type: ignore[misc]
            ok, wait = seen[0] if seen else limiter.answer(now - latency / 2)
            outcome = Outcome(200) if ok else Outcome(429, wait)
            c.control.answered(ticket, now, outcome)
            c.control.release()
            c.log.append((now, ok))
            if ok:
                c.done += 1
                if c.done == c.jobs:
                    c.finished_at = now
                elif c.done + len(c.queue) + c.control.in_flight + c.backing_off < c.jobs:
                    c.queue.append((now, 0))  # the task takes the next record
            else:
                c.refused += 1
                decision = decide("POST", outcome, attempt, 0.0, policy, rng)
                assert decision.retry
                back = now if wait is not None else now + decision.wait
                if back > now:
                    c.backing_off += 1
                    push(back, "requeue", who, attempt + 1)
                else:
                    c.queue.append((now, attempt + 1))
        elif kind == "requeue":
            c.backing_off -= 1
            c.queue.append((now, data))  # type: ignore[arg-type]
        while c.queue:
            at = c.control.ready_at(now)
            if at is None:
                break
            if at > now + 1e-12:
                if not now < c.wake <= at:
                    c.wake = at
                    push(at, "dispatch", who)
                break
            queued, attempt = c.queue.pop(0)
            ticket = c.control.send(now, held=queued < now)
            c.sent += 1
            if jitter:
                push(now + leg(), "arrive", who, (ticket, attempt, queued))
            else:
                push(now + latency, "answer", who, (ticket, attempt, queued))
    return max((c.finished_at for c in clients), default=now)
