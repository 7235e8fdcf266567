"""Rate limiting per API key in the shapes real APIs use, and the ``Retry-After`` header it answers with.

Each shape is a pure class: ``take(now)`` decides one request at the time ``now`` (seconds, any
monotonic origin) and returns 0 when it is accepted, else the seconds until the shape would accept
one. No shape reads a clock or does I/O, so tests drive them on a virtual clock. ``RateLimiter`` keeps
one instance per key, so every client and process that uses the key shares the same limit.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import formatdate
from typing import Protocol

from .config import LimiterShape, RetryAfterMode, SandboxConfig


class Shape(Protocol):
    """A limiter for one key."""

    def take(self, now: float) -> float:
        """Decide one request at ``now``: 0 when accepted, else the seconds until one would be."""
        ...


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


class FixedWindow:
    """``limit`` requests per window of ``window`` seconds; the count starts again at each window's start.

    Windows are laid end to end from the key's first request. A refusal's wait is the time to the end of
    the current window, which is what such servers put in ``Retry-After``. Refused requests do not count.
    """

    def __init__(self, limit: int, window: float, now: float) -> None:
        self.limit = limit
        self.window = window
        self.origin = now
        self.index = 0
        self.count = 0

    def take(self, now: float) -> float:
        """Count the request in the current window, or return the time left until the next one."""
        index = math.floor((now - self.origin) / self.window)
        if index != self.index:
            self.index, self.count = index, 0
        if self.count < self.limit:
            self.count += 1
            return 0.0
        return self.origin + (index + 1) * self.window - now


class SlidingWindow:
    """At most ``limit`` accepted requests in any ``window`` seconds (a sliding log).

    A refusal's wait is the time until the oldest accepted request leaves the window. Refused requests
    do not count.
    """

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self.accepted: deque[float] = deque()

    def take(self, now: float) -> float:
        """Log the request when the window has room, else return when its oldest entry leaves."""
        accepted = self.accepted
        while accepted and accepted[0] <= now - self.window:
            accepted.popleft()
        if len(accepted) < self.limit:
            accepted.append(now)
            return 0.0
        return accepted[0] + self.window - now


class PenaltyBlock:
    """A token bucket whose every refusal blocks the key completely for ``penalty`` seconds.

    Requests that arrive during the block are refused with the time left; they do not extend the block,
    so a client that probes without ``Retry-After`` is not locked out forever. The bucket keeps
    refilling during the block.
    """

    def __init__(self, bucket: TokenBucket, penalty: float) -> None:
        self.bucket = bucket
        self.penalty = penalty
        self.blocked_until = -math.inf

    def take(self, now: float) -> float:
        """Refuse during a block; otherwise ask the bucket and start a block when it refuses."""
        if now < self.blocked_until:
            return self.blocked_until - now
        wait = self.bucket.take(now)
        if wait:
            self.blocked_until = now + self.penalty
            return max(wait, self.penalty)
        return 0.0


@dataclass(frozen=True)
class LimitSettings:
    """What a limiter needs from the sandbox settings."""

    shape: LimiterShape = "token-bucket"
    rate: float = 50.0
    burst: int = 100
    window: float = 1.0
    penalty: float = 3.0

    @classmethod
    def of(cls, config: SandboxConfig) -> LimitSettings:
        """Return the limiter settings of a sandbox configuration."""
        return cls(config.limiter, config.rate, config.burst, config.window, config.penalty)

    @property
    def window_limit(self) -> int:
        """Requests per window for the window shapes: ``rate * window``, at least one."""
        return max(1, round(self.rate * self.window))

    def new_shape(self, now: float) -> Shape:
        """Return a fresh limiter of this shape for one key, starting at ``now``."""
        if self.shape == "fixed-window":
            return FixedWindow(self.window_limit, self.window, now)
        if self.shape == "sliding-window":
            return SlidingWindow(self.window_limit, self.window)
        bucket = TokenBucket(self.rate, self.burst, now)
        if self.shape == "penalty-block":
            return PenaltyBlock(bucket, self.penalty)
        return bucket


class RateLimiter:
    """One limiter per key, plus counts of accepted and refused requests. A rate of 0 turns limiting off."""

    def __init__(self, settings: LimitSettings, clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self._clock = clock
        self._limiters: dict[str, Shape] = {}
        self.accepted = 0
        self.refused = 0

    def check(self, key: str) -> float:
        """0 when the request may go on, else how many seconds the client should wait."""
        if self.settings.rate <= 0:
            self.accepted += 1
            return 0.0
        now = self._clock()
        limiter = self._limiters.get(key)
        if limiter is None:
            limiter = self._limiters[key] = self.settings.new_shape(now)
        wait = limiter.take(now)
        if wait:
            self.refused += 1
        else:
            self.accepted += 1
        return wait


def retry_after_value(wait: float, mode: RetryAfterMode, wall_clock: Callable[[], float] = time.time) -> str | None:
    """Return the ``Retry-After`` header for a wait, or None when the header is configured away.

    HTTP only carries whole seconds, so the wait is rounded up: a client that waits exactly what it
    is told must be accepted when it comes back, never meet a second 429.
    """
    seconds = max(1, math.ceil(wait))
    if mode == "seconds":
        return str(seconds)
    if mode == "http-date":
        # An HTTP date has no fraction either: the first whole second at or after the limit lets go.
        return formatdate(math.ceil(wall_clock() + wait), usegmt=True)
    return None
