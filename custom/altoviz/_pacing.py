"""The shared cooldown and the learned send rate of one client.

Altoviz publishes no rate limit, so the client learns one. Every request of a client passes through one
``Pacer`` before it is sent:

* **Cooldown.** When a 429 says "wait N seconds", nothing is sent until then, by any task: the first task
  to be told pays for all of them, instead of each finding the 429 itself.
* **Pacing.** Requests leave through a token bucket (``burst`` tokens, refilled at ``rate`` per second), in
  arrival order. After a cooldown the waiters therefore go out at the learned rate, not all at once: with
  whole-second ``Retry-After`` values and a small server burst, releasing every waiter together would turn
  each cooldown into the next 429 storm. The burst stays below the server's (``server_burst``, a guess):
  requests sent together can reach the server closer together than they left.
* **Slow start.** A fresh client starts at ``initial_rate`` and, while the bucket is what holds requests
  back and the server accepts them, adds one request per second per accepted request: the rate doubles
  each second, as in TCP.
* **Fit.** At a 429 the client fits the server's rate to its last seconds of history (``fit_rate``: the
  rate at which a bucket of ``server_burst`` tokens would have accepted what was accepted and refused what
  was refused) and continues at ``safety`` times the fit. The first fit ends slow start.
* **Growth.** Afterwards the rate grows by ``growth`` (a fraction per second) while saturated, up to the
  fitted rate, and five times slower past it: spare capacity is found again, and crossing the server's
  rate slowly means its bucket runs dry only a few percent past it.
* **Distrust.** When the fit cannot be trusted (too little history, a fit above the current rate, a 429
  soon after the last cooldown: the server's burst is larger than guessed, or another client uses the
  key), the rate is cut by ``_BACKOFF`` instead, so it always converges. A 429 within our own burst after
  a cooldown shrinks both bursts to what the server accepted.

Times are send times (when a request left the pacer), so requests still in flight at a 429 do not bias the
fit. The clock is the event loop's: tests run the algorithm unchanged, and instantly, on a virtual clock.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import logging
from collections.abc import Awaitable, Callable

logger = logging.getLogger("altoviz")

# Float rounding can leave a refilled bucket at 0.9999999 tokens; never sleep for such dust.
_EPSILON = 1e-6
# How much send history the fit looks at: long enough to average out jitter, short enough to follow changes.
_HISTORY_SECONDS = 10.0
_HISTORY_MAX = 2000
# Fewer accepted requests, or a shorter span, is too little history to fit a rate to.
_MIN_SAMPLES = 10
_MIN_SPAN = 0.5
# The decrease when the fit does not explain a 429, or a 429 comes soon after the last cooldown.
_BACKOFF = 0.8
# Growth past the fitted limit, as a share of ``growth``.
_PAST_LIMIT = 0.2
# A well-fitted rate takes far longer than this to provoke the next 429 (about 10 s at the default growth).
_RECENT = 3.0

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


def _loop_time() -> float:
    return asyncio.get_running_loop().time()


@dataclasses.dataclass(frozen=True)
class Slot:
    """A permission to send, taken from the pacer."""

    sent_at: float
    """When the request left the pacer."""
    held_by_rate: bool
    """Whether the rate (not the cooldown, not an empty queue) made it wait: only then does the rate grow."""


class Pacer:
    """Cooldown gate and adaptive token bucket shared by every request of one client."""

    def __init__(
        self,
        *,
        initial_rate: float = 10.0,
        burst: int = 3,
        server_burst: int = 5,
        min_rate: float = 0.5,
        max_rate: float = 10_000.0,
        safety: float = 0.97,
        growth: float = 0.003,
        clock: Clock = _loop_time,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if not 0 < min_rate <= initial_rate <= max_rate or min(burst, server_burst) < 1 or not 0 < safety <= 1:
            raise ValueError("need 0 < min_rate <= initial_rate <= max_rate, bursts >= 1, 0 < safety <= 1")
        self._rate = initial_rate
        self._burst = float(burst)
        self._server_burst = float(server_burst)
        self._min_rate = min_rate
        self._max_rate = max_rate
        self._safety = safety
        self._growth = growth
        self._clock = clock
        self._sleep = sleep
        self._lock = asyncio.Lock()
        self._tokens = float(burst)
        self._refilled_at: float | None = None
        self._cooldown_until = -_RECENT  # no 429 yet, so none recent
        self._slow_start = True
        self._limit: float | None = None  # the server's rate, as last fitted
        # Send times of recently accepted requests, for the fit at the next 429.
        self._accepted: collections.deque[float] = collections.deque(maxlen=_HISTORY_MAX)

    @property
    def rate(self) -> float:
        """The current send rate, in requests per second."""
        return self._rate

    @property
    def slow_start(self) -> bool:
        """Whether the client is still probing for the server's limit (no rate fitted yet)."""
        return self._slow_start

    def cooldown_remaining(self) -> float:
        """Seconds until the shared cooldown ends (0 when there is none)."""
        return max(0.0, self._cooldown_until - self._clock())

    async def acquire(self) -> Slot:
        """Wait for the cooldown to end and for a token, in arrival order."""
        held_by_rate = False
        # asyncio.Lock is FIFO: waiters leave in arrival order, one token at a time.
        async with self._lock:
            while True:
                now = self._clock()
                if now < self._cooldown_until:
                    await self._sleep(self._cooldown_until - now)
                    continue
                self._refill(now)
                if self._tokens >= 1 - _EPSILON:
                    break
                held_by_rate = True
                await self._sleep((1 - self._tokens) / self._rate)
            self._tokens = max(0.0, self._tokens - 1)
        return Slot(sent_at=now, held_by_rate=held_by_rate)

    def on_accepted(self, slot: Slot) -> None:
        """Record an answer that was not a 429; grow the rate when it was the bottleneck."""
        self._accepted.append(slot.sent_at)
        while self._accepted[0] < slot.sent_at - _HISTORY_SECONDS:
            self._accepted.popleft()
        if not slot.held_by_rate or slot.sent_at < self._cooldown_until:
            return
        # About `rate` requests are accepted per second: +1 each doubles the rate every second, +growth each
        # grows it by the fraction `growth` every second.
        if self._slow_start:
            self._set_rate(self._rate + 1.0)
        else:
            # Back up to the last fitted rate briskly, past it gently: that is where the next 429 waits.
            below = self._limit is None or self._rate < self._limit
            self._set_rate(self._rate + (self._growth if below else self._growth * _PAST_LIMIT))

    def on_throttled(self, slot: Slot, wait: float) -> None:
        """Record a 429 that asked for ``wait`` seconds: start (or extend) the shared cooldown, lower the rate."""
        now = self._clock()
        if slot.sent_at < self._cooldown_until or now < self._cooldown_until:
            # Sent before the current cooldown began: the same episode, already accounted for.
            self._cooldown_until = max(self._cooldown_until, now + wait)
            return
        since_cooldown = sum(1 for t in self._accepted if self._cooldown_until <= t <= slot.sent_at)
        if since_cooldown < self._burst:
            # Refused within our own burst: the server banks fewer requests than we send at once.
            self._burst = self._server_burst = float(max(1, since_cooldown))
            self._tokens = min(self._tokens, self._burst)
        sends = sorted(t for t in self._accepted if t <= slot.sent_at)
        enough = len(sends) >= _MIN_SAMPLES and sends[-1] - sends[0] >= _MIN_SPAN
        fitted = fit_rate(sends, slot.sent_at, self._server_burst, self._max_rate) if enough else None
        # Only a fitted rate (slow start over) can prove too high by being refused again soon.
        recent = not self._slow_start and slot.sent_at - self._cooldown_until < _RECENT
        if fitted is not None and fitted < self._rate and not recent:
            self._limit = fitted
            self._set_rate(fitted * self._safety)
        else:
            # The last estimate was too high (soon refused again) or the model cannot explain this 429 (the
            # server's burst is larger than ours, another client uses the key): back off geometrically.
            self._set_rate(min(self._rate, fitted or self._rate) * _BACKOFF)
        # Slow start ends with the first rate fitted: until then the limit is still unknown.
        self._slow_start = self._slow_start and fitted is None
        self._cooldown_until = now + wait
        logger.info("rate limited: pausing all requests for %.2f s, then sending at %.1f/s", wait, self._rate)

    def _refill(self, now: float) -> None:
        if self._refilled_at is not None:
            self._tokens = min(self._burst, self._tokens + (now - self._refilled_at) * self._rate)
        self._refilled_at = now

    def _set_rate(self, rate: float) -> None:
        if self._refilled_at is not None:
            # Tokens earned so far were earned at the old rate.
            self._refill(self._clock())
        self._rate = min(self._max_rate, max(self._min_rate, rate))


def fit_rate(sends: list[float], refused_at: float, burst: float, max_rate: float) -> float:
    """Return the server rate that best explains the accepted ``sends`` and the one refused at ``refused_at``.

    Model: a token bucket of ``burst`` tokens, full at the first send, one token per request. The rates it
    allows lie between the lowest that accepts every send and the highest that still refuses the last one;
    both are found by bisection (fewer tokens at any moment means a lower rate) and the middle is returned.
    When jitter makes them cross, the middle is still the best guess.
    """

    def tokens(rate: float) -> tuple[float, float]:
        """Return the fewest tokens met by an accepted send, and the tokens left for the refused one."""
        left, last, fewest = burst, sends[0], burst
        for sent in sends:
            left = min(burst, left + (sent - last) * rate)
            fewest = min(fewest, left)
            left -= 1
            last = sent
        return fewest, min(burst, left + (refused_at - last) * rate)

    def bisect(too_low: Callable[[float], bool]) -> float:
        low, high = 0.0, max_rate
        for _ in range(50):
            middle = (low + high) / 2
            low, high = (middle, high) if too_low(middle) else (low, middle)
        return (low + high) / 2

    lowest = bisect(lambda rate: tokens(rate)[0] < 1)
    highest = bisect(lambda rate: tokens(rate)[1] < 1)
    return (lowest + highest) / 2
