"""Read and write timeouts of the SDK's own connection pool, kept by the client's watchdog.

httpcore bounds each socket read and write with ``anyio.fail_after``: an event-loop timer armed and
cancelled around every operation, two or more per call, for a bound that almost never fires. Here the same
bound is kept by the client's ``Watchdog`` (``altoviz._deadline``), which already keeps the total timeout
with one timer per client: each read or write registers its deadline, ``now + timeout``, exactly the one
``fail_after`` would have set, and on expiry the operation fails with httpcore's ``ReadTimeout`` or
``WriteTimeout``, as before. Same bounds, same errors; no timer per operation. The reads of an answer's
body also keep the request's total timeout (``answer_deadline``), so the body needs no ``DeadlineStream``.

Only the pools the SDK builds itself are changed (``install``); a caller's own transport or ``http_client``
keeps httpx's timers. Connecting keeps them too: it is rare, and its timeout also covers the DNS lookup.
Python 3.10 has no ``Task.uncancel``, which the watchdog needs: there nothing is changed.
"""

from __future__ import annotations

import asyncio
import math
import ssl
import sys
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from ._deadline import Watchdog, Watchdogs, expired_message

SocketOption = tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]


class WatchedStream(httpcore.AsyncNetworkStream):
    """A connection whose reads and writes are bounded by the watchdog instead of a timer each.

    A connection lives on the event loop that opened it: its watchdog and clock are taken once, at connect.
    The watching is written out in ``read`` and ``write`` rather than in a helper coroutine: a frame less
    to resume each time the operation wakes.
    """

    def __init__(self, stream: httpcore.AsyncNetworkStream, watchdog: Watchdog) -> None:
        self._stream = stream
        self._watchdog = watchdog
        self._clock = watchdog.loop.time
        self.answer_deadline = math.inf
        """When the answer being read must be complete (loop time), set by the client's transport once its
        head is in, so that the body's reads keep the request's total timeout (``answer_timeout`` s) with no
        wrapper around the body. The next request on this connection starts with a write, which clears it."""
        self.answer_timeout = 0.0

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        """Read up to ``max_bytes``; ``httpcore.ReadTimeout`` if nothing came within ``timeout`` s.

        Or once the answer's deadline has passed: the request's total timeout, as ``DeadlineStream`` says it.
        """
        deadline = self.answer_deadline
        if timeout is None and deadline == math.inf:
            return await self._stream.read(max_bytes)
        now = self._clock()
        if deadline <= now:
            raise httpcore.ReadTimeout(expired_message(self.answer_timeout))
        at = math.inf if timeout is None else now + timeout
        watchdog = self._watchdog
        watch = watchdog.watch(min(at, deadline))
        try:
            data = await self._stream.read(max_bytes)
        except BaseException as exc:
            # Expired, and the cancellation the watchdog's alone: the timeout, as httpcore would raise it.
            if watchdog.release(watch) and isinstance(exc, asyncio.CancelledError):
                if at < deadline:
                    raise httpcore.ReadTimeout(f"no data received for {timeout:g} s") from None
                raise httpcore.ReadTimeout(expired_message(self.answer_timeout)) from None
            raise
        watchdog.release(watch)
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        """Write ``buffer``; ``httpcore.WriteTimeout`` if it could not be handed over within ``timeout`` s."""
        self.answer_deadline = math.inf  # a new request: the last answer's deadline is not its own
        if not buffer:  # what h11 sends at the end of a body without framing: nothing to wait for
            return None
        if timeout is None:
            return await self._stream.write(buffer)
        watchdog = self._watchdog
        watch = watchdog.watch(self._clock() + timeout)
        try:
            await self._stream.write(buffer)
        except BaseException as exc:
            if watchdog.release(watch) and isinstance(exc, asyncio.CancelledError):
                raise httpcore.WriteTimeout(f"could not send for {timeout:g} s") from None
            raise
        watchdog.release(watch)
        return None

    async def aclose(self) -> None:
        """Close the connection."""
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        """Upgrade to TLS (under httpcore's own timer: once per connection); the TLS stream is watched too."""
        tls = await self._stream.start_tls(ssl_context, server_hostname, timeout)
        return WatchedStream(tls, self._watchdog)

    def get_extra_info(self, info: str) -> Any:
        """Return what the wrapped stream says (``ssl_object``, ``is_readable``...)."""
        return self._stream.get_extra_info(info)


class WatchedBackend(httpcore.AsyncNetworkBackend):
    """Opens connections with the wrapped backend (connect timeout included) and returns them watched."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend, watchdogs: Watchdogs) -> None:
        self._backend = backend
        self._watchdogs = watchdogs

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        """Connect as the wrapped backend does."""
        stream = await self._backend.connect_tcp(
            host, port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )
        return WatchedStream(stream, self._watchdogs.get(asyncio.get_running_loop()))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[SocketOption] | None = None
    ) -> httpcore.AsyncNetworkStream:
        """Connect as the wrapped backend does."""
        stream = await self._backend.connect_unix_socket(path, timeout=timeout, socket_options=socket_options)
        return WatchedStream(stream, self._watchdogs.get(asyncio.get_running_loop()))

    async def sleep(self, seconds: float) -> None:
        """Sleep as the wrapped backend does (httpcore's connect retries)."""
        await self._backend.sleep(seconds)


def install(transports: Iterable[httpx.AsyncBaseTransport | None], watchdogs: Watchdogs) -> int:
    """Watch the reads and writes of these transports' pools, where they are httpx's own; return how many.

    httpx has no public way to pass a network backend: the pool's ``_network_backend`` is set instead, which
    every connection the pool opens from then on uses. A pool without that attribute (another httpx or
    httpcore version) is left as it is, with its timers: slower, never wrong.
    """
    if sys.version_info < (3, 11):  # pragma: no cover - the watchdog needs Task.uncancel
        return 0
    done = 0
    for transport in transports:
        pool = getattr(transport, "_pool", None) if isinstance(transport, httpx.AsyncHTTPTransport) else None
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.AsyncNetworkBackend) and not isinstance(backend, WatchedBackend):
            pool._network_backend = WatchedBackend(backend, watchdogs)
            done += 1
    return done
