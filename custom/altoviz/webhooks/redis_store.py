"""Event ids in Redis: one dedupe store for every process and host that receives the same webhook.

Needs the ``redis`` package (``pip install 'altoviz-client[redis]'``). ``claim`` is one ``SET NX EX``, atomic
on the server, so two processes that get the same delivery at once cannot both handle it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._store import TIMEOUT
from .dedupe import DEFAULT_TTL_S

if TYPE_CHECKING:
    from redis.asyncio import Redis

KEY_PREFIX = "altoviz:webhook:seen:"


class RedisDedupeStore:
    """Remembers event ids as Redis keys that expire after ``ttl`` seconds.

    Built from a URL, a connection or a command may take ``timeout`` seconds: a Redis that hangs then costs a
    delivery that long and a 503, so the sender delivers again, instead of redis-py's 5 s per delivery. A
    ``Redis`` passed in keeps its own settings.
    """

    def __init__(
        self, redis: Redis | str, *, ttl: float = DEFAULT_TTL_S, prefix: str = KEY_PREFIX, timeout: float = TIMEOUT
    ) -> None:
        if isinstance(redis, str):
            from redis.asyncio import Redis

            redis = Redis.from_url(redis, socket_timeout=timeout, socket_connect_timeout=timeout)
        self.redis = redis
        self.ttl_ms = max(1, int(ttl * 1000))
        self.prefix = prefix

    def __repr__(self) -> str:
        # The connection pool's repr would show the URL, which may hold a password.
        return f"RedisDedupeStore(prefix={self.prefix!r}, ttl_ms={self.ttl_ms})"

    async def claim(self, event_id: str) -> bool:
        """Record ``event_id``; True when no live key held it."""
        return bool(await self.redis.set(self.prefix + event_id, b"1", nx=True, px=self.ttl_ms))

    async def release(self, event_id: str) -> None:
        """Forget ``event_id``."""
        await self.redis.delete(self.prefix + event_id)

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self.redis.aclose()
