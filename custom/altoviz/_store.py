"""A Redis store that makes the clients of many processes (or hosts) on one key behave as one client.

Every change of the controller's shared state (cooldown, paced send times, learned rate) is a Redis
``WATCH``/``MULTI`` transaction on one key: read the state, apply the pure transition, write it back; a
concurrent writer makes Redis refuse it and it is applied again to the fresh state. So there is one
cooldown, one GCRA schedule and one rate for all processes, whichever of them saw the 429. Each process
keeps its own concurrency window. Times are wall-clock seconds (``time.time``): processes on one host share
it; hosts must keep their clocks in sync (NTP), as any distributed rate limiter requires.

Needs the ``redis`` package: ``pip install 'altoviz[redis]'``.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from ._control import RateController

T = TypeVar("T")

logger = logging.getLogger("altoviz.store")

EXPIRY = 3600
"""Seconds after the last change at which the shared state is dropped: an hour without requests starts afresh."""


def key_name(api_key: str, namespace: str = "altoviz") -> str:
    """Return the Redis key for an API key: a hash, so the key itself is never stored."""
    return f"{namespace}:rate:{hashlib.sha256(api_key.encode()).hexdigest()[:24]}"


class RedisStore:
    """The shared state of every client using ``key`` on the Redis server at ``url``.

    ``AltovizClient(store=RedisStore.from_url("redis://host:6379/0"))``: the client names the key after a
    hash of its API key, so every process using that API key (and only those) shares the state.
    """

    def __init__(self, url: str, key: str | None = None) -> None:
        try:
            import redis.asyncio
        except ImportError as exc:  # pragma: no cover - depends on the installed extras
            raise ImportError("the Redis store needs the redis package: pip install 'altoviz[redis]'") from exc
        self._redis: Any = redis.asyncio.Redis.from_url(url)
        self.key = key

    @classmethod
    def from_url(cls, url: str, key: str | None = None) -> RedisStore:
        """Return a store on the Redis server at ``url`` (``redis://host:port/db``)."""
        return cls(url, key)

    def bind(self, api_key: str) -> None:
        """Name the key after ``api_key`` (hashed), unless a key was given."""
        if self.key is None:
            self.key = key_name(api_key)

    def _name(self) -> str:
        if self.key is None:
            raise ValueError("RedisStore has no key: give one, or pass the store to an AltovizClient")
        return self.key

    def __repr__(self) -> str:
        return f"RedisStore(key={self.key!r})"

    async def load(self, control: RateController) -> None:
        """Bring the shared state into ``control``."""
        raw = await self._redis.get(self._name())
        if raw is not None:
            self._adopt(control, raw)

    async def update(self, control: RateController, change: Callable[[RateController], T]) -> T:
        """Apply ``change`` to the fresh shared state, atomically, and return its result."""
        in_flight = control.in_flight  # local: a retried transaction must not count a send twice
        key = self._name()

        async def transaction(pipe: Any) -> T:
            raw = await pipe.get(key)
            if raw is not None:
                self._adopt(control, raw)
            control.in_flight = in_flight
            result = change(control)
            pipe.multi()
            pipe.set(key, json.dumps(control.shared_state()), ex=EXPIRY)
            return result

        result: T = await self._redis.transaction(transaction, key, value_from_callable=True)
        return result

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
