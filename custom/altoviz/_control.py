"""Rate control without I/O: the retry decision and the send-rate state machine. Times are plain floats.

``decide`` (after openai-python's ``_should_retry``) retries a 429 for any method, as it was refused
unprocessed, and 502/503/504 or a lost connection only for idempotent methods or a request that never left;
it waits ``Retry-After`` when given, else backs off with full jitter, within the policy's budgets.

``RateController`` (the README's "Rate control" says the same in prose):

1. *Retry-After is the truth*: one cooldown shared by every request, exactly as long as asked, also after
   giving up. Without it: one send interval ``1 / R``, doubled at each new episode with no accepted answer
   in between (binary exponential backoff, as Ethernet's and TCP's retransmission timer), at most ``MEASURE``.
2. *Before the first 429*: no pacing, a concurrency window (``INITIAL_WINDOW``, +1 per round trip, as TCP's
   congestion avoidance), so pagination prefetch and concurrent handlers go at full speed.
3. *From the first 429*: GCRA pacing (one request every 1/R s, no burst) at a rate R learned as CUBIC
   (RFC 9438) learns a window. A 429 within the first second of sending measured the burst: R = what was
   accepted, grown e-fold per second of saturation (slow start). After a whole second, the measurement is the
   rate: R starts there. Each later 429 *episode* (requests sent before a cut belong to it) sets ``R_max`` to
   the rate refused (past it, ending slow start or probing: at most what was accepted in the last second;
   below the last peak: ``R_max * (1 + BETA) / 2``, fast convergence; holding at ``R_max``: one request per
   second below at least, the limit being below; in these two, at most the rate proven since the server reopened;
   nothing accepted since the cut: unchanged, the server is closed) and cuts ``R = BETA * peak``; then
   ``R = R_max + C * (t - K)**3``, ``K = cbrt(R_max * (1 - BETA) / C)``, t counting only seconds in which the rate
   held requests back: no decay while idle, hence no floor.
4. *A refused probe* (past a level that held a whole plateau) within a cut of that level goes back to it uncut:
   clients sharing a key still converge by the refusals they cause one another while holding. Alone on the key
   (``exclusive``: a store makes all processes one controller) every refused probe does, and the next hold doubles.

Constants, each for a property, none fitted to a server. ``BETA = 0.7``, ``C = 0.4`` (CUBIC's): multiplicative
decrease with additive probing evens shares of a key (Chiu & Jain; the regrowth to R_max keeps them), 0.7 keeps the
sawtooth's mean near 85 % of the limit (Reno's 0.5: 75 %); recovery to ``R_max``: 1.5 s at 5/s, 5.3 s at 200/s.
``PROBE_COST = 0.1``: the rate holds at ``R_max`` ``cost / PROBE_COST`` s, counted from reaching it, before probing
past it, so provoked 429s cost ~10 % of the time at most. The cost is the cooldown or, without ``Retry-After``, the
outage seen (the last, or this one so far; not slow start's, a whole burst's refill). No hold below ``min_rate`` or
just grown from there; alone, each probe that finds nothing doubles the hold, up to ``HOLD_MAX = 4`` (2.5 %).
``INITIAL_WINDOW = 4``: a browser's handful of connections per host; a refusal costs a few 429s, not a storm.
``MEASURE = 1.0`` s: the accepted-rate window, ``Retry-After``'s resolution, counting only time spent sending (a
pause without demand that long restarts it); also the cap of a cooldown without ``Retry-After``, the shortest pause
a server could ask for, so backing off never waits longer than the header would.
"""

from __future__ import annotations

import collections
import dataclasses
import email.utils
import hashlib
import math
import random
import re
import time
from collections.abc import Callable

from ._config import RetryPolicy

BETA = 0.7
C = 0.4
PROBE_COST = 0.1
INITIAL_WINDOW = 4
MEASURE = 1.0
HOLD_MAX = 4
REPORT_STEP = 1.1  # growth is reported as an event every 10 %, not at every answer

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUS = frozenset({502, 503, 504})


# RFC 9110 delta-seconds are ASCII digits; a fraction is tolerated. Not float(): it takes "inf", "nan", "1e309"
# and "1_000", which no server means as a wait.
_DELTA_SECONDS = re.compile(r"-?[0-9]{1,12}(?:\.[0-9]{1,9})?")


def parse_retry_after(value: str | None, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or HTTP date); None when absent or invalid."""
    if value is None:
        return None
    value = value.strip()
    if _DELTA_SECONDS.fullmatch(value):
        seconds = float(value)
    else:
        try:
            moment = email.utils.parsedate_to_datetime(value)
            seconds = moment.timestamp() - now()
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    return max(0.0, seconds)


def full_jitter(attempt: int, policy: RetryPolicy, rng: random.Random) -> float:
    """Exponential backoff with full jitter: uniform in [0, min(max, base * 2**attempt)]."""
    return rng.uniform(0, min(policy.backoff_max, policy.backoff_base * 2**attempt))


@dataclasses.dataclass(frozen=True)
class Outcome:
    """What one attempt got: a status, or no answer (``status=None``; ``sent=False``: nothing left)."""

    status: int | None
    retry_after: float | None = None
    sent: bool = True


@dataclasses.dataclass(frozen=True)
class Decision:
    """Retry after ``wait`` seconds, or give up (``retry=False``); ``reason`` says why, for logs and events."""

    retry: bool
    wait: float
    reason: str


def decide(
    method: str, outcome: Outcome, attempt: int, elapsed: float, policy: RetryPolicy, rng: random.Random
) -> Decision:
    """Decide whether attempt number ``attempt`` (0 = first), ``elapsed`` s after the first, is tried again."""
    status = outcome.status
    if status == 429:
        reason = "429"
    elif status in RETRYABLE_STATUS and method in IDEMPOTENT_METHODS:
        reason = str(status)
    elif status is None and (method in IDEMPOTENT_METHODS or not outcome.sent):
        reason = "connection error"
    else:
        return Decision(False, 0.0, "not retryable")
    wait = outcome.retry_after if outcome.retry_after is not None else full_jitter(attempt, policy, rng)
    if wait > policy.max_wait:
        return Decision(False, wait, f"{reason}, server asks to wait {wait:.2f} s, more than max_wait")
    if attempt >= policy.max_retries or elapsed + wait > policy.deadline:
        return Decision(False, wait, f"{reason}, retry budget spent")
    return Decision(True, wait, reason)


@dataclasses.dataclass(frozen=True)
class Ticket:
    """A permission to send, from ``RateController.send``."""

    sent_at: float
    held: bool
    """Whether the rate made it wait: only then is the rate the bottleneck, and only then does it grow."""
    epoch: int
    """The number of cuts before it left: a 429 to a request sent before the last cut is the same episode."""


@dataclasses.dataclass(frozen=True)
class Change:
    """What an answer changed: the rate (None: not limited yet) and whether a new 429 episode began."""

    old_rate: float | None
    new_rate: float | None
    new_episode: bool
    cooldown: float


# The state a shared store holds: cooldown, pacing and the learned rate. The window stays per process.
_SHARED: tuple[str, ...] = ("rate", "cooldown_until", "epoch", "_tat", "_slow_start", "_r_max", "_k", "_plateau", "_t")
_SHARED += ("_reported", "_busy_since", "_last_answer", "_accepted_since_cut", "_strikes", "_hold", "_burst", "_t0")
_SHARED += ("_down",)
# Names the layout of the shared state, so that a state written by another version of this class (processes
# upgraded one by one share a key for up to the store's expiry) is recognised and replaced, not misread.
STATE_VERSION = hashlib.sha256(" ".join((*_SHARED, "_accepted")).encode()).hexdigest()[:12]


class RateController:
    """Cooldown, concurrency window and paced rate of one client (or one key, through a store). No I/O.

    The shell asks ``ready_at(now)`` (None: the window is full, wait for an answer), calls ``send`` when
    the time has come, then ``answered`` with the outcome and, always, ``release``.
    """

    exclusive = False
    """Whether this is the key's only controller (a shared store, or ``Pacer(exclusive=True)``): item 4 above."""

    def __init__(
        self, *, initial_window: int = INITIAL_WINDOW, min_rate: float = 0.5, max_rate: float = 10_000.0
    ) -> None:
        if initial_window < 1 or not 0 < min_rate <= max_rate:
            raise ValueError("need initial_window >= 1 and 0 < min_rate <= max_rate")
        self.rate: float | None = None
        """Requests per second once a 429 was seen; None before."""
        self.window = float(initial_window)
        self.in_flight = self.epoch = 0
        self.cooldown_until = -math.inf
        self.min_rate, self.max_rate = min_rate, max_rate
        self._tat, self._slow_start = -math.inf, True  # GCRA: the theoretical arrival time of the next request
        self._r_max = self._k = self._plateau = 0.0  # CUBIC's W_max, K, and the hold before probing
        self._t, self._hold = 0.0, 1  # seconds of saturation since the last cut; the plateau's multiple
        self._accepted: collections.deque[float] = collections.deque()
        self._reported = 0.0  # the rate last reported as a change
        self._first_send, self._burst, self._t0, self._down = math.inf, 0, 0.0, math.inf  # first burst; outage start
        self._busy_since = self._last_answer = -math.inf  # the key's sending since a pause; its last answer
        self._accepted_since_cut = self._strikes = 0  # strikes: episodes without Retry-After since an acceptance

    def ready_at(self, now: float) -> float | None:
        """When the next request may leave (<= now: at once); None while the window is full."""
        return None if self.rate is None and self.in_flight >= self.window else max(self.cooldown_until, self._tat)

    def send(self, now: float, *, held: bool) -> Ticket:
        """Take the permission ``ready_at`` gave; ``held`` says whether the rate made the request wait."""
        paused = now - self._last_answer > MEASURE and self.cooldown_until <= self._last_answer
        if paused and not held and not self.in_flight:  # nothing waited, nothing in flight: no demand
            self._busy_since = now  # the accepted rate is measured from here
        self.in_flight += 1
        self._first_send = min(self._first_send, now)
        if self.rate is not None:
            self._tat = max(self._tat, now) + 1 / self.rate
        return Ticket(now, held and self.rate is not None, self.epoch)

    def release(self) -> None:
        """Free the slot of a request that has its answer, failed or was cancelled."""
        self.in_flight -= 1

    def answered(self, ticket: Ticket, now: float, outcome: Outcome) -> Change | None:
        """Record an answer; return what changed, if anything."""
        self._last_answer = now
        if outcome.status == 429:
            return self._throttled(ticket, now, outcome.retry_after)
        if outcome.status is None:
            return None
        self._accepted.append(now)
        self._accepted_since_cut += ticket.epoch == self.epoch  # sent before the last cut: no news of it
        reopened, self._strikes = self._strikes > 0, 0
        self._forget(now)
        old = self.rate
        if old is None:
            self.window += 1 / self.window  # one more per window of answers: one per round trip
            return None
        if not ticket.held:
            return None
        if self._slow_start:
            self._set(old + 1)  # +1 per request accepted at rate R: R grows e-fold per second
        else:
            self._t += 1 / old
            x = self._t - self._k
            if x > 0:
                x = max(0.0, x - self._plateau * self._hold)
            self._set(self._r_max + C * x**3, reopened)
        if self.rate is None or self.rate < self._reported * REPORT_STEP:
            return None
        reported, self._reported = self._reported, self.rate
        return Change(reported, self.rate, False, 0.0)

    def _throttled(self, ticket: Ticket, now: float, retry_after: float | None) -> Change:
        old = self.rate
        if retry_after is not None:
            cooldown = basis = retry_after
        elif old is not None and ticket.epoch == self.epoch:  # a new episode without Retry-After: back off
            cooldown = min(MEASURE, 2**self._strikes / old)
            self._strikes += cooldown < MEASURE  # at the cap, stop counting: a long outage cannot overflow 2**strikes
            basis = max(cooldown, self.cooldown_until - self._down)  # the outage: the last one, or this one so far
        else:  # before any rate the window holds requests back; an old episode's answer adds nothing
            cooldown = basis = 0.0
        if ticket.epoch < self.epoch:  # sent before the last cut: that cut accounted for it
            self.cooldown_until = max(self.cooldown_until, now + cooldown)
            return Change(old, old, False, cooldown)
        # Accepted in the last MEASURE s: the first rate, and slow start's end (whose overshoot the burst masks).
        self._forget(now)
        self._down = now if self._accepted_since_cut and not self._slow_start else self._down  # an outage begins
        if old is None:  # all it got before the first refusal: the server's stored capacity, and what came meanwhile
            self._burst, self._t0 = self._accepted_since_cut, now - self._first_send
        if old is None and now - self._first_send < MEASURE:
            self._set(len(self._accepted) / MEASURE)  # refused within the first second: its burst; slow start
        else:
            measured = len(self._accepted) / (span := min(MEASURE, max(now - self._busy_since, 1 / self.max_rate)))
            sent = measured if old is None else old  # a first measure over a saturated second is the rate: start at it
            peak = max(self.min_rate, min(sent, measured) if self._slow_start else sent)
            # Refused past a level that held a plateau and MEASURE (never in slow start: t = 0); shared, within a cut.
            probe = self._accepted_since_cut > 0 and self._t > self._k + max(MEASURE, self._plateau * self._hold)
            probe &= self.exclusive or (BETA * measured <= self._r_max and self._plateau > 0)
            floor = self.min_rate if self._slow_start or self._r_max >= self.min_rate else math.inf  # see PROBE_COST
            # Since the server reopened (tau s) it accepted n <= its stored capacity (<= first burst - r*t0) + r*tau,
            # so r >= low: trusted if the pause refills the burst at low (no window does) and this client took it.
            low = (self._accepted_since_cut - self._burst) / max(span, (since := now - self.cooldown_until) - self._t0)
            fits = min(basis, since) * low >= self._burst >= INITIAL_WINDOW
            low = low + PROBE_COST * self._burst / basis if fits else math.inf  # the burst outlasts a hold above it
            if not self._slow_start and not self._accepted_since_cut:
                pass  # nothing sent since the last cut accepted: the server is closed, not slower
            elif probe:  # back to the level that held, unless it is stale (below a cut from the accepted rate)
                self._r_max = max(self._r_max, BETA * measured)
            elif self._slow_start or peak > self._r_max:  # past R_max (R_max = 0 in slow start): what it accepted
                self._r_max = max(self._r_max, min(peak, measured))
            elif peak < self._r_max:  # fast convergence below the last peak
                self._r_max = min(peak * (1 + BETA) / 2, low)
            else:  # refused holding at R_max: the limit is below (else every plateau would cost a 429): one request
                # per span below at least, as a paced stream exactly at a window's count is refused as often as not
                self._r_max = max(0.0, min(measured, peak - 1 / span, low))
            self._slow_start, self._hold = False, min(2 * self._hold, HOLD_MAX) if probe and self.exclusive else 1
            self._k = (self._r_max * (1 - BETA) / C) ** (1 / 3)
            self._t = self._k if probe or self.rate is None else 0.0  # uncut: at R_max at once, for a whole hold
            self._plateau = max(0.0, basis / PROBE_COST - self._k + self._t) if self._r_max >= floor else 0.0
            self._set(self._r_max if probe else peak if self.rate is None else BETA * peak)
        self.epoch, self._accepted_since_cut = self.epoch + 1, 0
        self.cooldown_until = max(self.cooldown_until, now + cooldown)
        self._tat = max(self._tat, self.cooldown_until)
        return Change(old, self.rate, True, cooldown)

    def shared_state(self) -> dict[str, object]:
        """Return what processes sharing one key share (everything but the local window): JSON-able."""
        return {**{n: getattr(self, n) for n in _SHARED}, "_accepted": list(self._accepted), "version": STATE_VERSION}

    def adopt(self, state: dict[str, object]) -> bool:
        """Take another process's shared state; False (keeping its own) if another version wrote it."""
        if state.get("version") != STATE_VERSION:
            return False
        for name in _SHARED:
            setattr(self, name, state[name])
        self._accepted = collections.deque(state["_accepted"])  # type: ignore[call-overload]
        return True

    def _forget(self, now: float) -> None:
        while self._accepted and self._accepted[0] < now - MEASURE:
            self._accepted.popleft()

    def _set(self, rate: float, resumed: bool = False) -> None:
        old, self.rate = self.rate, min(self.max_rate, max(self.min_rate, rate))
        self._tat += 1 / self.rate - 1 / old if resumed and old and self.rate > old else 0.0  # the probe's pace is over
        if self.rate < self._reported:
            self._reported = self.rate
