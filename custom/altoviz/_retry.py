"""The retry transport: wraps the real transport, so every generated operation retries without knowing.

Each attempt waits its turn at the client's ``Pacer`` (shared cooldown, window, paced rate), is sent, and
its outcome goes to the pacer and to ``decide`` (``altoviz._control``: what is retried, how long to wait).
What happens is published as events (``altoviz._events``) on the pacer's bus; the counters of
``ClientStats`` and the log lines are subscribers like any user hook.

The budget is a ``RetryPolicy``: the client's, changed by ``retry_options`` blocks or, for one request, by
the ``altoviz.retry`` request extension. When it runs out on a 429, ``RateLimitError`` says how long the
server asked to wait; on a 5xx the last answer is returned, for the caller to turn into ``ServerError``.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import logging
import random
import time
import types
from collections.abc import Callable, Mapping
from dataclasses import replace

import httpx

from ._config import RETRY_EXTENSION, RetryPolicy, effective_policy
from ._control import Outcome, decide, parse_retry_after
from ._errors import error_from_response
from ._events import Attempted, Event, EventBus, GaveUp, RateChanged, RetryScheduled, Throttled
from ._pacing import Clock, Pacer, Sleep, loop_time

logger = logging.getLogger("altoviz")

# Raised before a single byte of the request left: safe to retry whatever the method.
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# The outcome of an answer other than 429, by status (at most a few dozen statuses).
_ANSWERED: dict[int, Outcome] = {}


@dataclasses.dataclass(frozen=True)
class ClientStats:
    """What one client has sent and received so far: a snapshot, unchanged by later requests.

    Every attempt counts, retries included: ``requests`` is what reached the wire (or tried to).
    """

    requests: int = 0
    """Attempts sent, first tries and retries."""
    responses_by_status: Mapping[int, int] = dataclasses.field(default_factory=lambda: types.MappingProxyType({}))
    """How many answers came back with each status code."""
    rate_limited: int = 0
    """429 answers."""
    retries: int = 0
    """Attempts that repeated an earlier one (after a 429, a retried 5xx or a connection error)."""
    connection_errors: int = 0
    """Attempts that got no HTTP answer (connect failure, reset, timeout)."""


class StatsCounter:
    """Counts attempts; ``snapshot`` gives a ``ClientStats``.

    Subscribed to the client's events as a counter (``EventBus.count_attempts``), not as an ``Attempted``
    hook: the counts cost no event per attempt.
    """

    def __init__(self) -> None:
        self.statuses: collections.Counter[int] = collections.Counter()
        self.requests = self.retries = self.connection_errors = 0

    def count(self, attempt: int, status: int | None) -> None:
        """Count one attempt (``attempt`` 0 is a first try) and its answer's status (None: no answer)."""
        self.requests += 1
        self.retries += attempt > 0
        if status is None:
            self.connection_errors += 1
        else:
            self.statuses[status] += 1

    def snapshot(self) -> ClientStats:
        """Return the counts so far, frozen."""
        statuses = types.MappingProxyType(dict(self.statuses))
        return ClientStats(self.requests, statuses, self.statuses[429], self.retries, self.connection_errors)


def log_event(event: Event) -> None:
    """Write the library's log lines: INFO for a retry (routine), WARNING for giving up; method and path only."""
    if isinstance(event, RetryScheduled):
        args = (event.method, event.path, event.reason, event.retry_num, event.wait)
        logger.info("retrying %s %s after %s (retry %d), waiting %.2f s", *args)
    elif isinstance(event, GaveUp):
        gave = (event.method, event.path, event.attempts, event.reason)
        logger.warning("giving up on %s %s after %d attempt(s): %s", *gave)
    elif isinstance(event, Throttled) and event.new_episode:
        logger.info("rate limited: pausing all requests for %.2f s", event.cooldown)
    elif isinstance(event, RateChanged):
        logger.debug("send rate %s -> %s per second", event.old_rate, event.new_rate)


class RetryTransport(httpx.AsyncBaseTransport):
    """Retries what is safe to retry, pacing every attempt through one shared ``Pacer``."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        *,
        policy: RetryPolicy | None = None,
        pacer: Pacer | None = None,
        clock: Clock = loop_time,
        sleep: Sleep | None = None,
        rng: random.Random | None = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._transport = transport
        self.policy = policy or RetryPolicy()
        self.pacer = pacer or Pacer(clock=clock, sleep=sleep or asyncio.sleep)
        self.events: EventBus = self.pacer.events
        """This client's events; ``events.subscribe(hook)`` adds a hook."""
        self._clock, self._wall_clock = clock, wall_clock
        self._sleep, self._rng = sleep or asyncio.sleep, rng or random.Random()
        self._counter = StatsCounter()
        self.events.count_attempts(self._counter.count)
        self.events.subscribe(log_event, attempts=False)

    @property
    def stats(self) -> ClientStats:
        """A snapshot of the requests sent through this transport and their outcomes."""
        return self._counter.snapshot()

    def _policy_for(self, request: httpx.Request) -> RetryPolicy:
        given = request.extensions.get(RETRY_EXTENSION)
        return given if isinstance(given, RetryPolicy) else effective_policy(self.policy)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying within its budget."""
        policy: RetryPolicy | None = None  # read when first needed: most requests never need it
        method = request.method  # the path (decoded: a property and a call) only for an event
        started: float | None = None
        attempt = 0
        while True:
            ticket = self.pacer.try_acquire() or await self.pacer.acquire()
            try:  # nothing awaits between acquire and here: a cancelled request always releases its slot
                started = self._clock() if started is None else started  # the budget counts from the first try
                # Awaited here, not in a helper coroutine: every suspension of the send resumes each frame above it.
                response: httpx.Response | httpx.TransportError
                try:
                    response = await self._transport.handle_async_request(request)
                except httpx.TransportError as exc:
                    response = exc
                outcome = self._attempted(response, request, attempt)
                honoured, told = False, outcome
                if outcome.retry_after is not None:
                    policy = policy or self._policy_for(request)
                    # A Retry-After beyond max_wait is not a cooldown anyone here will honour: only the cut.
                    honoured = outcome.retry_after <= policy.max_wait
                    told = outcome if honoured else replace(outcome, retry_after=None)
                if not self.pacer.record(ticket, told):  # with a store: shared, so awaited
                    await self.pacer.answered(ticket, told)
                if isinstance(response, httpx.Response) and response.status_code < 400:
                    return response  # the common case: nothing to decide
                policy = policy or self._policy_for(request)
                decision = decide(method, outcome, attempt, self._clock() - started, policy, self._rng)
                if not decision.retry:
                    if decision.reason != "not retryable":
                        path = request.url.path
                        self.events.emit(GaveUp(method, path, attempt + 1, decision.reason, outcome.retry_after))
                    if isinstance(response, httpx.TransportError):
                        raise response  # the connection error, as it came
                    if response.status_code != 429:
                        return response
                    await response.aread()
                    await response.aclose()
                    raise error_from_response(response, request=request, retry_after=outcome.retry_after)
                if isinstance(response, httpx.Response):
                    await response.aclose()
            finally:
                self.pacer.release()
            attempt += 1
            self.events.emit(RetryScheduled(method, request.url.path, attempt, decision.wait, decision.reason))
            # A 429's Retry-After is the shared cooldown: the next acquire() serves it, for every task.
            if not honoured:
                await self._sleep(decision.wait)

    def _attempted(
        self, response: httpx.Response | httpx.TransportError, request: httpx.Request, attempt: int
    ) -> Outcome:
        """Publish the attempt to the counters, and as ``Attempted`` if a hook takes it; return its outcome."""
        answer = response if isinstance(response, httpx.Response) else None
        status = None if answer is None else answer.status_code
        self.events.count(attempt, status)
        if self.events.hears_attempts:
            self.events.emit(Attempted(request.method, request.url.path, attempt, status))
        if answer is None:
            return Outcome(None, sent=not isinstance(response, NOT_SENT_ERRORS))
        if answer.status_code == 429:
            return Outcome(429, parse_retry_after(answer.headers.get("Retry-After"), now=self._wall_clock))
        outcome = _ANSWERED.get(answer.status_code)
        if outcome is None:  # frozen, so one per status serves every request
            outcome = _ANSWERED[answer.status_code] = Outcome(answer.status_code)
        return outcome

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._transport.aclose()
