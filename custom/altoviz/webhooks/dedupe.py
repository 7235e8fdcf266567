"""Remembering which event ids were already accepted, so a repeated delivery is handled once.

A store answers one atomic question, "is this the first time?", and can forget an id again (when the
receiver could not queue the event and asks the sender to retry). The default keeps ids in memory for a
TTL; ``RedisDedupeStore`` shares them between the processes and hosts behind one webhook URL.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol

DEFAULT_TTL_S = 24 * 3600.0
"""How long an id is remembered. Altoviz does not document its retry schedule; a day outlasts any retry
schedule a sender would plausibly use, while keeping the store small."""

DEFAULT_MAX_IDS = 200_000
"""Bound of the in-memory store (about 30 MB at worst): past it the oldest ids are forgotten first."""


class DedupeStore(Protocol):
    """Where accepted event ids are remembered."""

    async def claim(self, event_id: str) -> bool:
        """Record ``event_id``; return True when it was not already recorded (atomically)."""
        ...

    async def release(self, event_id: str) -> None:
        """Forget ``event_id``, so that a later delivery of it is accepted again."""
        ...


class MemoryDedupeStore:
    """Event ids in this process's memory, each kept ``ttl`` seconds, at most ``max_ids`` of them."""

    def __init__(
        self,
        ttl: float = DEFAULT_TTL_S,
        max_ids: int = DEFAULT_MAX_IDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if ttl <= 0 or max_ids < 1:
            raise ValueError("ttl must be positive and max_ids at least 1")
        self.ttl, self.max_ids, self._clock = ttl, max_ids, clock
        self._expiry: OrderedDict[str, float] = OrderedDict()
        # No id expires before this time: a lower bound of the oldest id's expiry, so that a claim looks at
        # the front of the store only when something there may have expired, not on every call.
        self._next_expiry = math.inf

    async def claim(self, event_id: str) -> bool:
        """Record ``event_id``; True when it is new or its earlier record expired."""
        return self.claim_nowait(event_id)

    def claim_nowait(self, event_id: str) -> bool:
        """``claim`` without a coroutine: this store needs no I/O, and the receiver calls it once per delivery."""
        now = self._clock()
        if now >= self._next_expiry:
            self._expire(now)
        expiry = self._expiry
        if event_id in expiry:
            return False
        if not expiry:
            self._next_expiry = now + self.ttl
        expiry[event_id] = now + self.ttl
        if len(expiry) > self.max_ids:
            expiry.popitem(last=False)
        return True

    async def release(self, event_id: str) -> None:
        """Forget ``event_id``."""
        self._expiry.pop(event_id, None)

    def __len__(self) -> int:
        return len(self._expiry)

    def _expire(self, now: float) -> None:
        # Ids are kept in insertion order and all live ``ttl``: the expired ones are at the front.
        expiry = self._expiry
        while expiry:
            first, at = next(iter(expiry.items()))
            if at > now:
                self._next_expiry = at
                return
            del expiry[first]
        self._next_expiry = math.inf
