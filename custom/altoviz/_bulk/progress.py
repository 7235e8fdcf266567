"""Counting results and reporting progress: done, failed, rate over the last seconds, ETA."""

from __future__ import annotations

import collections
import time
from collections.abc import Callable

from .results import BulkProgress, Outcome

RATE_WINDOW = 5.0
"""Seconds of recent results the rate is measured over: recent enough to follow a rate-limit episode."""

ProgressCallback = Callable[[BulkProgress], None]


class ProgressTracker:
    """Counts outcomes and calls ``on_progress`` after each one."""

    def __init__(
        self,
        total: int | None,
        on_progress: ProgressCallback | None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total
        self.counts: dict[Outcome, int] = dict.fromkeys(Outcome, 0)
        self._on_progress = on_progress
        self._clock = clock
        self._started = clock()
        # Times of results that cost requests: skipped records are instant and would inflate the rate.
        self._recent: collections.deque[float] = collections.deque()

    @property
    def done(self) -> int:
        """Records with a result."""
        return sum(self.counts.values())

    def add(self, outcome: Outcome) -> None:
        """Count one result and report progress."""
        self.counts[outcome] += 1
        now = self._clock()
        if outcome is not Outcome.SKIPPED:
            self._recent.append(now)
        while self._recent and self._recent[0] < now - RATE_WINDOW:
            self._recent.popleft()
        if self._on_progress is not None:
            self._on_progress(self.snapshot(now))

    def rate(self, now: float) -> float:
        """Results per second over the last ``RATE_WINDOW`` seconds (or since the start, when shorter)."""
        span = min(RATE_WINDOW, now - self._started)
        return len(self._recent) / span if span > 0 else 0.0

    def snapshot(self, now: float | None = None) -> BulkProgress:
        """Return the progress now."""
        now = self._clock() if now is None else now
        rate = self.rate(now)
        eta = None
        if self.total is not None:
            left = max(0, self.total - self.done)
            eta = 0.0 if left == 0 else (left / rate if rate > 0 else None)
        return BulkProgress(self.done, self.counts[Outcome.FAILED], self.total, rate, eta)
