"""How many records are in flight: an AIMD window, and the watch that tells it about 429s.

The client's pacer decides *when* each request leaves (shared cooldown, learned rate); this window decides
*how many* records are being worked on at once. Requests that have left the pacer cannot be called back when
the server's bucket runs dry, and every one of them then comes back as a 429: the window bounds that storm,
and shrinks it further each time one happens.

AIMD, as TCP does it: the window starts at ``initial`` and grows by one per success (doubling per round
trip) until the first 429; after that by one per window's worth of successes. Each 429 *episode* (every
refusal during one shared cooldown counts once) halves it, down to ``minimum``. A single record never has
more than one request in flight, so records in flight are requests in flight.
"""

from __future__ import annotations

import asyncio
import collections
import logging
from collections.abc import Callable
from typing import Any

from .._pacing import Pacer

logger = logging.getLogger("altoviz.bulk")

DECREASE = 0.5
"""The factor applied to the window at each 429 episode."""
INITIAL_WINDOW = 8
"""Where the window starts: enough to keep the pacer busy at modest latency, small enough not to storm."""
POLL_INTERVAL = 0.02
"""How often the 429 watch looks: well under the shortest whole-second cooldown."""


class AdaptiveLimiter:
    """A semaphore whose size follows AIMD."""

    def __init__(self, maximum: int, *, initial: int = INITIAL_WINDOW, minimum: int = 1) -> None:
        if not 1 <= minimum <= maximum:
            raise ValueError("need 1 <= minimum <= maximum")
        self.maximum = maximum
        self.minimum = minimum
        self._window = float(min(maximum, max(minimum, initial)))
        self._probing = True  # slow start: until the first 429, grow by one per success
        self._in_flight = 0
        self._waiters: collections.deque[asyncio.Future[None]] = collections.deque()

    @property
    def limit(self) -> int:
        """The current window: how many records may be in flight."""
        return int(self._window)

    @property
    def in_flight(self) -> int:
        """Records in flight now."""
        return self._in_flight

    async def acquire(self) -> None:
        """Wait for room in the window, in arrival order."""
        if self._in_flight < self.limit and not self._waiters:
            self._in_flight += 1
            return
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self.release()  # granted just as it was cancelled: give the room back
            elif waiter in self._waiters:  # _wake may already have dropped it, being cancelled
                self._waiters.remove(waiter)
            raise

    def release(self) -> None:
        """Give back the room a finished record held."""
        self._in_flight -= 1
        self._wake()

    def on_success(self) -> None:
        """Grow the window: additive increase (exponential while probing)."""
        step = 1.0 if self._probing else 1.0 / self._window
        self._window = min(float(self.maximum), self._window + step)
        self._wake()

    def on_throttled(self) -> None:
        """Shrink the window: multiplicative decrease, once per 429 episode."""
        self._probing = False
        self._window = max(float(self.minimum), self._window * DECREASE)
        logger.debug("rate limited: at most %d record(s) in flight", self.limit)

    def _wake(self) -> None:
        while self._waiters and self._in_flight < self.limit:
            waiter = self._waiters.popleft()
            if not waiter.done():
                self._in_flight += 1
                waiter.set_result(None)


class ThrottleWatch:
    """Calls ``on_throttled`` once per 429 episode of a client.

    The retry transport absorbs 429s, so the engine never sees them as errors. The watch sees them through
    the client: its shared cooldown (``Pacer.cooldown_remaining``), and the ``rate_limited`` counter of
    ``client.stats`` where the client has one, which also catches 429s that started no cooldown.
    """

    def __init__(self, pacer: Pacer, on_throttled: Callable[[], None], stats_source: Any = None) -> None:
        self._pacer = pacer
        self._on_throttled = on_throttled
        self._stats_source = stats_source
        self._last_count = self._count()
        self._episode_end = float("-inf")
        self.episodes = 0

    def _count(self) -> int | None:
        stats = getattr(self._stats_source, "stats", None)
        value = getattr(stats, "rate_limited", None)
        return value if isinstance(value, int) else None

    def poll(self) -> None:
        """Look once: a 429 (new count or active cooldown) outside the current episode starts a new one."""
        now = asyncio.get_running_loop().time()
        remaining = self._pacer.cooldown_remaining()
        count = self._count()
        counted = count is not None and self._last_count is not None and count > self._last_count
        self._last_count = count
        if not (counted or remaining > 0):
            return
        if now >= self._episode_end:
            self.episodes += 1
            self._on_throttled()
        # Refusals of requests already in flight arrive during the cooldown: the same episode.
        self._episode_end = max(self._episode_end, now + remaining + POLL_INTERVAL)

    async def run(self) -> None:
        """Poll until cancelled."""
        while True:
            self.poll()
            await asyncio.sleep(POLL_INTERVAL)
