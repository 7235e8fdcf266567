"""A total timeout per request: from sending to the last byte of the body, retries and their waits included.

httpx's timeouts bound each step (connect, each write, each read, a pooled connection), never their sum: a
server sending one byte every few seconds resets the read timeout at every byte and holds the caller for as
long as it likes (40 s for a 40-byte body with a 5 s timeout). The ``DeadlineTransport`` sits above the retry
transport and gives each request one deadline, checked while the answer is awaited and again before every
chunk of its body, streamed downloads included. When it passes, the request fails with ``httpx.ReadTimeout``,
which the client reports as ``APITimeoutError``.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import sys
from collections.abc import AsyncIterator, Awaitable, Iterator
from typing import TypeVar

import httpx

T = TypeVar("T")

DEFAULT_TOTAL_TIMEOUT = 300.0
"""Five minutes: above the retry budget (``RetryPolicy.deadline`` 120 s, then one last wait of at most
``max_wait`` 60 s and a read timeout of 30 s), so it never cuts a request the retry policy still allows, and
far above any honest answer of this API (a list page, a PDF of a few MB). It only stops a server that trickles."""

_per_call: contextvars.ContextVar[float | None] = contextvars.ContextVar("altoviz_total_timeout", default=None)


def check_total_timeout(seconds: float | None) -> float | None:
    """Return ``seconds`` if it is a valid total timeout (a positive number, or None for none)."""
    if seconds is not None and not seconds > 0:
        raise ValueError(f"total_timeout must be a positive number of seconds or None, got {seconds!r}")
    return seconds


@contextlib.contextmanager
def total_timeout(seconds: float) -> Iterator[None]:
    """Give every request made inside the block this total timeout, in this task and the tasks it starts.

    ``with altoviz.total_timeout(10): await client.call(...)``: the call, its retries and its body take at
    most 10 s, or it raises ``APITimeoutError``. A context variable, like ``retry_options``.
    """
    check_total_timeout(seconds)
    token = _per_call.set(seconds)
    try:
        yield
    finally:
        _per_call.reset(token)


if sys.version_info >= (3, 11):

    async def _before(awaitable: Awaitable[T], deadline: float) -> T:
        # asyncio.timeout_at arms one timer handle, where wait_for would start a task per chunk.
        async with asyncio.timeout_at(deadline):
            return await awaitable

else:  # pragma: no cover - Python 3.10

    async def _before(awaitable: Awaitable[T], deadline: float) -> T:
        return await asyncio.wait_for(awaitable, deadline - asyncio.get_running_loop().time())


class _Expired:
    """Builds the error for a request past its deadline, only when it is (most requests never are)."""

    __slots__ = ("request", "seconds")

    def __init__(self, seconds: float, request: httpx.Request) -> None:
        self.seconds = seconds
        self.request = request

    def __call__(self) -> httpx.ReadTimeout:
        return httpx.ReadTimeout(f"total timeout of {self.seconds:g} s exceeded", request=self.request)


class _DeadlineStream(httpx.AsyncByteStream):
    """The body of an answer, each chunk awaited before the request's deadline.

    A chunk awaited while more than the read timeout is left needs no timer of its own: httpx's read timeout
    fires first. So the common case costs one clock reading per chunk, and a timer is armed only near the end.
    """

    def __init__(
        self,
        stream: httpx.AsyncByteStream,
        deadline: float,
        read_timeout: float | None,
        expired: _Expired,
    ) -> None:
        self._stream = stream
        self._deadline = deadline
        self._read_timeout = read_timeout
        self._expired = expired

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks = self._stream.__aiter__()
        loop = asyncio.get_running_loop()
        while True:
            remaining = self._deadline - loop.time()
            if remaining <= 0:
                raise self._expired()
            try:
                if self._read_timeout is not None and remaining > self._read_timeout:
                    chunk = await chunks.__anext__()
                else:
                    chunk = await _before(chunks.__anext__(), self._deadline)
            except StopAsyncIteration:
                return
            except asyncio.TimeoutError:
                raise self._expired() from None
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


class DeadlineTransport(httpx.AsyncBaseTransport):
    """Bounds each request, answer and body, by its total timeout (the client's, or a ``total_timeout`` block's)."""

    def __init__(self, transport: httpx.AsyncBaseTransport, *, total_timeout: float | None) -> None:
        self._transport = transport
        self._total = check_total_timeout(total_timeout)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``; its answer and body must arrive within the total timeout."""
        seconds = _per_call.get() or self._total
        if seconds is None:
            return await self._transport.handle_async_request(request)
        deadline = asyncio.get_running_loop().time() + seconds
        expired = _Expired(seconds, request)
        try:
            response = await _before(self._transport.handle_async_request(request), deadline)
        except asyncio.TimeoutError:
            raise expired() from None
        if isinstance(response.stream, httpx.AsyncByteStream):
            read = (request.extensions.get("timeout") or {}).get("read")
            response.stream = _DeadlineStream(response.stream, deadline, read, expired)
        return response

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._transport.aclose()
