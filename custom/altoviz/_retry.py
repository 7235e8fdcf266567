"""The retry transport: wraps the real transport, so every generated operation retries without knowing.

What is retried, and why:

* **429, any method.** The server refused the request without processing it, so repeating it cannot
  duplicate anything. The wait is the server's ``Retry-After`` (seconds or an HTTP date) when there is one,
  else exponential backoff with full jitter; either way it becomes the client's shared cooldown (see
  ``_pacing``).
* **Connection errors and 502/503/504, only GET, PUT and DELETE.** The request may have been processed:
  repeating a GET, PUT or DELETE leaves the same state, repeating a POST can create a second invoice. The
  one exception is a connection that was never established (connect error or timeout, no free pooled
  connection): nothing was sent, so any method may try again.

Every attempt is counted (``ClientStats``): what was sent, what came back, how often the client was rate
limited or retried, so a bulk job or a demo can report them.

The budget is a ``RetryPolicy``: the client's, changed by ``retry_options`` blocks or, for one request,
by the ``altoviz.retry`` request extension. When it runs out on a 429, ``RateLimitError`` says how long the
server asked to wait; on a 5xx the last answer is returned, for the caller to turn into ``ServerError``.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import email.utils
import logging
import random
import re
import time
import types
from collections.abc import Callable, Mapping

import httpx

from ._config import RETRY_EXTENSION, RetryPolicy, effective_policy
from ._errors import error_from_response
from ._pacing import Pacer, Sleep, Slot, _loop_time

logger = logging.getLogger("altoviz")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUS = frozenset({502, 503, 504})
# Raised before a single byte of the request left: safe to retry whatever the method.
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


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
    ceiling = min(policy.backoff_max, policy.backoff_base * 2**attempt)
    return rng.uniform(0, ceiling)


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


class _Counters:
    """The live counts behind ``ClientStats``. Only the event loop touches them, so no lock."""

    def __init__(self) -> None:
        self.requests = 0
        self.statuses: collections.Counter[int] = collections.Counter()
        self.retries = 0
        self.connection_errors = 0

    def snapshot(self) -> ClientStats:
        return ClientStats(
            requests=self.requests,
            responses_by_status=types.MappingProxyType(dict(self.statuses)),
            rate_limited=self.statuses[429],
            retries=self.retries,
            connection_errors=self.connection_errors,
        )


class RetryTransport(httpx.AsyncBaseTransport):
    """Retries what is safe to retry, pacing every request through one shared ``Pacer``."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        *,
        policy: RetryPolicy | None = None,
        pacer: Pacer | None = None,
        clock: Callable[[], float] = _loop_time,
        sleep: Sleep | None = None,
        rng: random.Random | None = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._transport = transport
        self.policy = policy or RetryPolicy()
        self.pacer = pacer or Pacer(clock=clock, sleep=sleep or asyncio.sleep)
        self._clock = clock
        self._sleep = sleep or asyncio.sleep
        self._rng = rng or random.Random()
        self._wall_clock = wall_clock
        self._counters = _Counters()

    @property
    def stats(self) -> ClientStats:
        """A snapshot of the requests sent through this transport and their outcomes."""
        return self._counters.snapshot()

    def _policy_for(self, request: httpx.Request) -> RetryPolicy:
        given = request.extensions.get(RETRY_EXTENSION)
        return given if isinstance(given, RetryPolicy) else effective_policy(self.policy)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying within its budget."""
        policy = self._policy_for(request)
        started: float | None = None
        attempt = 0
        while True:
            slot = await self.pacer.acquire()
            if started is None:
                started = self._clock()  # the budget counts from the first attempt, not from time in the queue
            else:
                self._counters.retries += 1
            try:
                outcome = await self._attempt(request, slot, policy, attempt, started)
            finally:
                self.pacer.release(slot)
            if isinstance(outcome, httpx.Response):
                return outcome
            await self._sleep(outcome)
            attempt += 1

    async def _attempt(
        self, request: httpx.Request, slot: Slot, policy: RetryPolicy, attempt: int, started: float
    ) -> httpx.Response | float:
        """Send once: the response to hand back, or how long to sleep before the next attempt."""
        self._counters.requests += 1
        try:
            response = await self._transport.handle_async_request(request)
        except httpx.TransportError as exc:
            self._counters.connection_errors += 1
            wait = full_jitter(attempt, policy, self._rng)
            if not self._may_retry_error(request, exc) or not self._within(policy, attempt, started, wait):
                raise
            self._log(request, type(exc).__name__, attempt, policy, wait)
            return wait
        self._counters.statuses[response.status_code] += 1
        if response.status_code == 429:
            await self._on_429(request, response, slot, policy, attempt, started)
            return 0.0  # the wait is the shared cooldown, served by the pacer
        self.pacer.on_accepted(slot)
        if response.status_code in RETRYABLE_STATUS and request.method in IDEMPOTENT_METHODS:
            wait = full_jitter(attempt, policy, self._rng)
            if self._within(policy, attempt, started, wait):
                await response.aclose()
                self._log(request, str(response.status_code), attempt, policy, wait)
                return wait
        return response

    async def _on_429(
        self,
        request: httpx.Request,
        response: httpx.Response,
        slot: Slot,
        policy: RetryPolicy,
        attempt: int,
        started: float,
    ) -> None:
        """Start the shared cooldown, then return to retry, or raise RateLimitError when the budget is spent."""
        asked = parse_retry_after(response.headers.get("Retry-After"), now=self._wall_clock)
        wait = asked if asked is not None else full_jitter(attempt, policy, self._rng)
        if wait <= policy.max_wait:
            self.pacer.on_throttled(slot, wait)
        if wait > policy.max_wait or not self._within(policy, attempt, started, wait):
            await response.aread()
            await response.aclose()
            logger.warning(
                "giving up on %s %s after %d attempt(s): rate limited, server asks to wait %s",
                request.method,
                request.url.path,
                attempt + 1,
                f"{asked:.2f} s" if asked is not None else "(no Retry-After)",
            )
            raise error_from_response(response, request=request, retry_after=asked)
        await response.aclose()
        self._log(request, "429", attempt, policy, wait)

    def _may_retry_error(self, request: httpx.Request, exc: httpx.TransportError) -> bool:
        return isinstance(exc, NOT_SENT_ERRORS) or request.method in IDEMPOTENT_METHODS

    def _within(self, policy: RetryPolicy, attempt: int, started: float, wait: float) -> bool:
        if attempt >= policy.max_retries or wait > policy.max_wait:
            return False
        return self._clock() - started + wait <= policy.deadline

    def _log(self, request: httpx.Request, reason: str, attempt: int, policy: RetryPolicy, wait: float) -> None:
        # Method and path only: the query may hold customer search terms, the headers hold the key. INFO, not
        # WARNING: a retry that then succeeds is routine, and Python's last-resort handler would print every
        # WARNING of an application that configured no logging. Giving up is the WARNING.
        logger.info(
            "retrying %s %s after %s (retry %d of %d), waiting %.2f s",
            request.method,
            request.url.path,
            reason,
            attempt + 1,
            policy.max_retries,
            wait,
        )

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._transport.aclose()
