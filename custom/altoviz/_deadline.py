"""A total timeout per request: from sending to the last byte of the body, retries and their waits included.

httpx's timeouts bound each step (connect, each write, each read, a pooled connection), never their sum: a
server sending one byte every few seconds resets the read timeout at every byte and holds the caller for as
long as it likes (40 s for a 40-byte body with a 5 s timeout). The client's outer transport
(``_transport.ClientTransport``) gives each request one deadline, enforced while the answer is awaited by the
client's ``Watchdog`` and on every read of its body, streamed downloads included: by the SDK's own
connections, which bound each read by the request's deadline as well as the read timeout
(``_io_timeouts.WatchedStream``), else before every chunk (``DeadlineStream``, for a caller's transport).
When it passes, the request fails with ``httpx.ReadTimeout``, which the client reports as ``APITimeoutError``.

Both parts are built so that a request far from its deadline, which is nearly every request, arms no timer
of its own: a timer per request is a heap push and a cancelled handle left in the event loop's heap, several
microseconds on every call for a bound that almost never fires.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import math
import sys
from collections.abc import AsyncIterator, Iterator

import httpx

DEFAULT_TOTAL_TIMEOUT = 300.0
"""Five minutes: above the retry budget (``RetryPolicy.deadline`` 120 s, then one last wait of at most
``max_wait`` 60 s and a read timeout of 30 s), so it never cuts a request the retry policy still allows, and
far above any honest answer of this API (a list page, a PDF of a few MB). It only stops a server that trickles."""

per_call: contextvars.ContextVar[float | None] = contextvars.ContextVar("altoviz_total_timeout", default=None)
"""The total timeout of the enclosing ``total_timeout`` block, if any; else the client's applies."""


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
    token = per_call.set(seconds)
    try:
        yield
    finally:
        per_call.reset(token)


def expired_message(seconds: float) -> str:
    """Say that a request's total timeout of ``seconds`` has passed."""
    return f"total timeout of {seconds:g} s exceeded"


def expired(seconds: float, request: httpx.Request) -> httpx.ReadTimeout:
    """Build the error of a request past its deadline (only when one is: most requests never are)."""
    return httpx.ReadTimeout(expired_message(seconds), request=request)


class Watch:
    """One wait under a ``Watchdog``: the task awaiting and the moment it must be done. Built by ``watch``."""

    __slots__ = ("cancelling", "deadline", "expired", "task")
    task: asyncio.Task[object]
    deadline: float
    cancelling: int
    """``task.cancelling()`` when the watch began: cancellations requested before are not the watchdog's."""
    expired: bool


_new_watch = object.__new__


class Watchdog:
    """One timer for every request awaiting its answer on one event loop, instead of one timer each.

    The timer is set for the earliest deadline in flight. A request only adds itself to a set and removes
    itself when answered; it re-arms the timer only if its deadline is earlier than the timer's, which with
    one total timeout per client never happens after the first request: deadlines grow with the clock. The
    timer is left armed when its request is answered: when it fires it cancels the requests past their
    deadline, if any, and re-arms for the earliest one left. That is at most one wake-up per total timeout
    (300 s) instead of a heap push and a cancelled handle per request.

    Expiry works as ``asyncio.timeout``: the task is cancelled, and ``release`` says whether that
    cancellation was the watchdog's alone (``Task.uncancel``), so that a caller's own ``task.cancel()``
    arriving at the same time still cancels. Python 3.11 and later; 3.10 arms a timer per request instead.
    """

    __slots__ = ("_timer", "_timer_at", "_watches", "loop")

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self._watches: set[Watch] = set()
        self._timer: asyncio.TimerHandle | None = None
        self._timer_at = math.inf

    def watch(self, deadline: float) -> Watch:
        """Start watching the current task, which is about to await an answer, until ``release``."""
        task = asyncio.current_task(self.loop)
        if task is None:  # pragma: no cover - asyncio always runs coroutines in a task
            raise RuntimeError("a total timeout needs an asyncio task")
        # Filled in here rather than by an __init__: a frame less on every request and every socket operation.
        watch = _new_watch(Watch)
        watch.task, watch.deadline, watch.expired = task, deadline, False
        if sys.version_info >= (3, 11):
            watch.cancelling = task.cancelling()
        else:  # pragma: no cover - 3.10 does not use the watchdog
            watch.cancelling = 0
        self._watches.add(watch)
        if deadline < self._timer_at:
            self._arm(deadline)
        return watch

    def release(self, watch: Watch) -> bool:
        """Stop watching; return True when the watchdog cancelled the task and nobody else did meanwhile."""
        self._watches.discard(watch)
        if not watch.expired:
            return False
        if sys.version_info >= (3, 11):
            return watch.task.uncancel() <= watch.cancelling
        return True  # pragma: no cover - 3.10 does not use the watchdog

    def close(self) -> None:
        """Disarm the timer (the client is closing)."""
        if self._timer is not None:
            self._timer.cancel()
        self._timer, self._timer_at = None, math.inf

    def _arm(self, at: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._timer_at = at
        self._timer = self.loop.call_at(at, self._fire)

    def _fire(self) -> None:
        self._timer, self._timer_at = None, math.inf
        now = self.loop.time()
        earliest = math.inf
        for watch in tuple(self._watches):
            if watch.expired:
                continue
            if watch.deadline <= now:
                watch.expired = True
                watch.task.cancel()
            elif watch.deadline < earliest:
                earliest = watch.deadline
        if earliest < math.inf:
            self._arm(earliest)


class Watchdogs:
    """The ``Watchdog`` of the running event loop, made on first use: one client may run on several loops in turn.

    Shared by a client's outer transport (the total timeout) and its pool's sockets (``altoviz._io_timeouts``:
    read and write timeouts), so that one timer serves both.
    """

    __slots__ = ("current",)

    def __init__(self) -> None:
        self.current: Watchdog | None = None
        """The watchdog made last (``get`` checks its loop)."""

    def get(self, loop: asyncio.AbstractEventLoop) -> Watchdog:
        """Return the watchdog of ``loop``; the previous loop's is dropped (its timer, if any, dies with it)."""
        watchdog = self.current
        if watchdog is None or watchdog.loop is not loop:
            watchdog = self.current = Watchdog(loop)
        return watchdog

    def close(self) -> None:
        """Disarm the current watchdog's timer (the client is closing)."""
        if self.current is not None:
            self.current.close()


if sys.version_info >= (3, 11):

    async def _next_before(chunks: AsyncIterator[bytes], deadline: float) -> bytes:
        # asyncio.timeout_at arms one timer handle, where wait_for would start a task per chunk.
        async with asyncio.timeout_at(deadline):
            return await chunks.__anext__()

else:  # pragma: no cover - Python 3.10

    async def _next_before(chunks: AsyncIterator[bytes], deadline: float) -> bytes:
        return await asyncio.wait_for(chunks.__anext__(), deadline - asyncio.get_running_loop().time())


class DeadlineStream(httpx.AsyncByteStream):
    """The body of an answer, each chunk awaited before the request's deadline.

    A chunk awaited while more than the read timeout is left needs no timer of its own: httpx's read timeout
    fires first. So the common case costs one clock reading per chunk, and a timer is armed only near the
    end. An iterator object rather than an async generator: no generator to register with the loop's
    shutdown hooks and to finalise, for a body that is most often a single chunk.
    """

    def __init__(
        self,
        stream: httpx.AsyncByteStream,
        deadline: float,
        read_timeout: float | None,
        seconds: float,
        request: httpx.Request,
        loop: asyncio.AbstractEventLoop,
    ) -> None:
        self._stream = stream
        self._deadline = deadline
        # Without a read timeout every chunk needs the deadline's timer: inf is never "more than" what is left.
        self._read_timeout = math.inf if read_timeout is None else read_timeout
        self._seconds = seconds
        self._request = request
        self._chunks = stream.__aiter__()
        self._loop = loop

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self

    async def __anext__(self) -> bytes:
        """Return the next chunk; raise ``ReadTimeout`` once the deadline has passed."""
        remaining = self._deadline - self._loop.time()
        if remaining <= 0:
            raise expired(self._seconds, self._request)
        if remaining > self._read_timeout:
            return await self._chunks.__anext__()
        try:
            return await _next_before(self._chunks, self._deadline)
        except asyncio.TimeoutError:
            raise expired(self._seconds, self._request) from None

    async def aclose(self) -> None:
        await self._stream.aclose()
