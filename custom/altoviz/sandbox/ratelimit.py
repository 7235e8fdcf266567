"""Token-bucket rate limiting per API key, and the ``Retry-After`` header it answers with."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from email.utils import formatdate

from .config import RetryAfterMode


class TokenBucket:
    """``burst`` tokens at most, refilled at ``rate`` per second; each request takes one."""

    def __init__(self, rate: float, burst: int, now: float) -> None:
        self.rate = rate
        self.burst = burst
        self.tokens = float(burst)
        self.updated = now

    def take(self, now: float) -> float:
        """Take a token. Returns 0 when granted, else the seconds until a token will be there."""
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return 0.0
        return (1.0 - self.tokens) / self.rate


class RateLimiter:
    """One bucket per key. A rate of 0 turns limiting off."""

    def __init__(self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._buckets: dict[str, TokenBucket] = {}

    def check(self, key: str) -> float:
        """0 when the request may go on, else how many seconds the client should wait."""
        if self.rate <= 0:
            return 0.0
        now = self._clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = TokenBucket(self.rate, self.burst, now)
        return bucket.take(now)


def retry_after_value(wait: float, mode: RetryAfterMode, wall_clock: Callable[[], float] = time.time) -> str | None:
    """Return the ``Retry-After`` header for a wait, or None when the header is configured away.

    HTTP only carries whole seconds, so the wait is rounded up: a client that waits exactly what it
    is told must find a token when it comes back, never a second 429.
    """
    seconds = max(1, math.ceil(wait))
    if mode == "seconds":
        return str(seconds)
    if mode == "http-date":
        # An HTTP date has no fraction either: the first whole second at or after the bucket refills.
        return formatdate(math.ceil(wall_clock() + wait), usegmt=True)
    return None
