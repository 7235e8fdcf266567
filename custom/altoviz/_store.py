"""A Redis store that makes the clients of many processes (or hosts) on one key behave as one client.

Every change of the controller's shared state (cooldown, paced send times, learned rate) is a Redis
``WATCH``/``MULTI`` transaction on one key: read the state, apply the pure transition, write it back; a
concurrent writer makes Redis refuse it and it is applied again to the fresh state. So there is one
cooldown, one GCRA schedule and one rate for all processes, whichever of them saw the 429. Each process
keeps its own concurrency window. Times are wall-clock seconds (``time.time``): processes on one host share
it; hosts must keep their clocks in sync (NTP), as any distributed rate limiter requires.

If Redis cannot be reached, hangs past ``timeout`` or answers with an error, the store steps aside: the process
paces alone (as a client without a store, so not as the key's only user) and tries Redis again
``retry_interval`` seconds later, and a warning says so once per outage. An optional coordination service
going down must not stop the calls it coordinates: an outage costs some 429s, not the integration.

Needs the ``redis`` package: ``pip install 'altoviz[redis]'``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import time
from collections.abc import Callable
from typing import Any, TypeVar

from ._control import RateController
from ._events import EventBus, StoreStatus

T = TypeVar("T")

logger = logging.getLogger("altoviz.store")

EXPIRY = 3600
"""Seconds after the last change at which the shared state is dropped: an hour without requests starts afresh."""
TIMEOUT = 0.5
"""Seconds a connection or a command may take before Redis counts as failed. A healthy Redis answers in well under
a millisecond; this bounds what a hung one costs (redis-py's own default would hold each call 5 s)."""
RETRY_INTERVAL = 5.0
"""Seconds of pacing alone after a failure before Redis is tried again: a dead Redis costs a process one failed
round trip (two attempts) per interval, and a restarted or failed-over one is used again within it."""


def key_name(api_key: str, namespace: str = "altoviz") -> str:
    """Return the Redis key for an API key: a hash, so the key itself is never stored."""
    return f"{namespace}:rate:{hashlib.sha256(api_key.encode()).hexdigest()[:24]}"


class RedisStore:
    """The shared state of every client using ``key`` on the Redis server at ``url``.

    ``AltovizClient(store=RedisStore.from_url("redis://host:6379/0"))``: the client names the key after a
    hash of its API key, so every process using that API key (and only those) shares the state. ``timeout``
    bounds each Redis round trip and ``retry_interval`` the pacing alone after a failure (see the module);
    ``clock`` (monotonic seconds) times that interval.
    """

    def __init__(
        self,
        url: str,
        key: str | None = None,
        *,
        timeout: float = TIMEOUT,
        retry_interval: float = RETRY_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        try:
            import redis.asyncio
            import redis.asyncio.retry
            import redis.backoff
            import redis.exceptions
        except ImportError as exc:  # pragma: no cover - depends on the installed extras
            raise ImportError("the Redis store needs the redis package: pip install 'altoviz[redis]'") from exc
        # One retry, at once: a pooled connection that a restarted Redis closed is replaced, and a Redis that is
        # down or hung costs two attempts before this process paces alone.
        retry = redis.asyncio.retry.Retry(redis.backoff.NoBackoff(), 1)
        self._redis: Any = redis.asyncio.Redis.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout, retry=retry
        )
        self._errors: tuple[type[Exception], ...] = (redis.exceptions.RedisError, OSError)
        self.key = key
        self.retry_interval = retry_interval
        self._clock = clock
        self._down_until = -math.inf
        self._outage = False
        self._exclusive: dict[int, bool] = {}  # each controller's own setting, by id, while it paces alone
        self._buses: tuple[EventBus, ...] = ()

    @classmethod
    def from_url(cls, url: str, key: str | None = None) -> RedisStore:
        """Return a store on the Redis server at ``url`` (``redis://host:port/db``), with the default options."""
        return cls(url, key)

    def bind(self, api_key: str) -> None:
        """Name the key after ``api_key`` (hashed), unless a key was given."""
        if self.key is None:
            self.key = key_name(api_key)

    def attach(self, events: EventBus) -> None:
        """Emit ``StoreStatus`` on ``events`` when Redis fails and when it answers again (a client attaches its own)."""
        self._buses = (*self._buses, events)

    def _name(self) -> str:
        if self.key is None:
            raise ValueError("RedisStore has no key: give one, or pass the store to an AltovizClient")
        return self.key

    def __repr__(self) -> str:
        return f"RedisStore(key={self.key!r})"

    @property
    def available(self) -> bool:
        """False from a failure of Redis until it answers again: meanwhile each process paces alone."""
        return not self._outage

    async def load(self, control: RateController) -> None:
        """Bring the shared state into ``control`` (nothing, while Redis is down)."""
        if self._bypassed(control):
            return
        try:
            raw = await self._redis.get(self._name())
        except self._errors as exc:
            self._failed(control, exc)
            return
        self._succeeded(control)
        if raw is not None:
            self._adopt(control, raw)

    async def update(self, control: RateController, change: Callable[[RateController], T]) -> T:
        """Apply ``change`` to the fresh shared state, atomically, and return its result.

        While Redis is down, ``change`` is applied to this process's own state.
        """
        if self._bypassed(control):
            return change(control)
        in_flight = control.in_flight  # local: a retried transaction must not count a send twice
        key = self._name()
        applied: list[T] = []

        async def transaction(pipe: Any) -> T:
            raw = await pipe.get(key)
            if raw is not None:
                self._adopt(control, raw)
            control.in_flight = in_flight
            applied[:] = [change(control)]
            pipe.multi()
            pipe.set(key, json.dumps(control.shared_state()), ex=EXPIRY)
            return applied[0]

        try:
            result: T = await self._redis.transaction(transaction, key, value_from_callable=True)
        except self._errors as exc:
            self._failed(control, exc)
            # Applied to this process's state before the write failed: kept there, not applied twice.
            return applied[0] if applied else change(control)
        self._succeeded(control)
        return result

    def _bypassed(self, control: RateController) -> bool:
        if self._clock() >= self._down_until:
            return False
        self._alone(control)
        return True

    def _alone(self, control: RateController) -> None:
        # Other processes may still use the key: pace as one of several clients, not as its only user.
        if id(control) not in self._exclusive:
            self._exclusive[id(control)], control.exclusive = control.exclusive, False

    def _failed(self, control: RateController, exc: Exception) -> None:
        self._down_until = self._clock() + self.retry_interval
        self._alone(control)
        if self._outage:
            logger.debug("shared rate state at %s still unreachable: %s", self.key, type(exc).__name__)
            return
        self._outage = True
        # The error names the host and port, never the URL, which may hold a password.
        error = f"{type(exc).__name__}: {exc}"
        logger.warning(
            "shared rate state at %s unreachable (%s); this process paces alone and tries Redis again in %g s",
            self.key,
            error,
            self.retry_interval,
        )
        self._emit(StoreStatus(False, error))

    def _succeeded(self, control: RateController) -> None:
        if self._exclusive:  # only after an outage: an answer of Redis gives this controller its setting back
            control.exclusive = self._exclusive.pop(id(control), control.exclusive)
        if self._outage:  # an answer, maybe to a request sent before a failure: Redis is back, use it
            self._outage, self._down_until = False, -math.inf
            logger.info("shared rate state at %s reachable again; the processes on the key pace as one", self.key)
            self._emit(StoreStatus(True, None))

    def _emit(self, event: StoreStatus) -> None:
        for bus in self._buses:
            bus.emit(event)

    def _adopt(self, control: RateController, raw: bytes) -> None:
        try:
            state = json.loads(raw)
        except ValueError:
            state = None
        if not isinstance(state, dict) or not control.adopt(state):
            # Written by another version of the SDK, or not by us at all: this process's state replaces it at
            # its next write, rather than a misread state failing every request until the key expires.
            logger.info("shared rate state at %s has another layout; replacing it", self.key)

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._redis.aclose()
