"""How many records are in flight: an AIMD window that listens to the client's ``Throttled`` events.

The client's pacer decides *when* each request leaves (shared cooldown, learned rate); this window decides
*how many* records are being worked on at once. Requests that have left the pacer cannot be called back when
the server's limit is reached, and each of them then comes back as a 429: the window bounds that storm.

AIMD, as TCP does it: the window starts at ``initial`` and grows by one per success (doubling per round
trip) until the first 429; after that by one per window's worth of successes. Each 429 *episode* (the event's
``new_episode``: refusals of requests sent before the last cut are the same episode) halves it, down to
``minimum``. A record never has more than one request in flight, so records in flight are requests in flight.
"""

from __future__ import annotations

import asyncio
import collections
import logging

from .._events import Event, Throttled

logger = logging.getLogger("altoviz.bulk")

DECREASE = 0.5
"""The factor applied to the window at each 429 episode (TCP's)."""
INITIAL_WINDOW = 8
"""Where the window starts: enough to keep the pacer busy at modest latency, small enough not to storm."""


class AdaptiveLimiter:
    """A semaphore whose size follows AIMD. Subscribe it to a client's events: ``client.events.subscribe(lim)``."""

    def __init__(self, maximum: int, *, initial: int = INITIAL_WINDOW, minimum: int = 1) -> None:
        if not 1 <= minimum <= maximum:
            raise ValueError("need 1 <= minimum <= maximum")
        self.maximum, self.minimum = maximum, minimum
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

    def __call__(self, event: Event) -> None:
        """Halve the window at the start of each 429 episode; other events change nothing."""
        if isinstance(event, Throttled) and event.new_episode:
            self.on_throttled()

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
