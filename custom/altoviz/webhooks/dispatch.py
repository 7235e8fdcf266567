"""Running handlers off the request: a bounded queue and a few worker tasks.

The receiver answers Altoviz as soon as an event is queued, so a slow handler (one that calls the API,
say) never holds the delivery open. The queue is bounded: when it is full the receiver answers 503 and
Altoviz is left to deliver again later, instead of the process buffering without limit.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import logging
from collections import Counter, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .events import WebhookEvent

logger = logging.getLogger("altoviz.webhooks")

M = TypeVar("M")
Handler = Callable[[WebhookEvent[M]], Awaitable[None]]
"""An async function taking the event. A plain function is accepted too and runs in a thread."""

DEFAULT_QUEUE_SIZE = 1000
"""Events waiting for a worker. Enough to absorb a burst of saves in Altoviz (a bulk import sends one event
per record) while a worker is slow; beyond it the receiver asks for a later delivery (503)."""

DEFAULT_WORKERS = 8
"""Handlers running at once. Handlers are mostly I/O (a database, the Altoviz API): a few overlap well,
many would stampede whatever they call."""


@dataclass
class ReceiverStats:
    """What the receiver did since it was created. Read it for metrics; never reset by the receiver."""

    accepted: int = 0
    """Deliveries verified, parsed and queued (or acknowledged with no handler for their type)."""
    duplicates: int = 0
    """Deliveries of an event id already accepted: acknowledged, not handled again."""
    busy: int = 0
    """Deliveries refused with 503 because the queue was full."""
    refused: Counter[str] = field(default_factory=Counter)
    """Deliveries refused, by reason: ``secret`` (401), ``source`` (403), ``body`` (400)."""
    handled: int = 0
    """Events whose handlers all returned."""
    failed: int = 0
    """Handler calls that raised; logged with the event id, never sent back to Altoviz."""


class Dispatcher:
    """Handlers by event type, and the queue and workers that run them.

    The queue is a deque with a counter of unfinished jobs, not an ``asyncio.Queue``: queueing an event is an
    append, and a worker takes the next one with a ``popleft``; an ``asyncio.Event`` wakes idle workers and
    another tells ``join`` that all is done. Per event this is a fraction of what ``put_nowait``, ``get`` and
    ``task_done`` cost, which counted in the receiver's throughput (issue 12).
    """

    def __init__(self, stats: ReceiverStats, queue_size: int = DEFAULT_QUEUE_SIZE, workers: int = DEFAULT_WORKERS):
        if queue_size < 1 or workers < 1:
            raise ValueError("queue_size and workers must be at least 1")
        self.stats, self.queue_size, self.worker_count = stats, queue_size, workers
        self.handlers: dict[str, list[Handler[Any]]] = {}
        self._pending: deque[WebhookEvent[Any]] = deque()
        self._unfinished = 0
        self._sleeping = 0
        self._woken = False
        self._wake = asyncio.Event()
        self._done = asyncio.Event()
        self._workers: list[asyncio.Task[None]] = []
        self._loop: asyncio.AbstractEventLoop | None = None

    def add(self, event_type: str, handler: Callable[[WebhookEvent[Any]], Any]) -> None:
        """Register ``handler`` for ``event_type``; handlers of one type run in registration order."""
        self.handlers.setdefault(event_type, []).append(_as_async(handler))

    def wants(self, event: WebhookEvent[Any]) -> bool:
        """Whether any handler is registered for the event's type."""
        # ``type`` is a str enum: it hashes and compares as its value, the key handlers are registered under.
        return event.type in self.handlers

    def submit(self, event: WebhookEvent[Any]) -> bool:
        """Queue the event for the workers; False when the queue is full."""
        if self._loop is not asyncio.get_running_loop():
            self._start()
        pending = self._pending
        if len(pending) >= self.queue_size:
            return False
        # The event alone, not a tuple with its handlers: every object a queued event keeps alive is one more
        # for the garbage collector to go through while it waits (issue 12).
        pending.append(event)
        self._unfinished += 1
        if self._sleeping and not self._woken:
            # Once per wake-up, not once per event: the workers run only after this request yields anyway.
            self._woken = True
            self._wake.set()
        return True

    async def join(self) -> None:
        """Wait until every queued event has been handled."""
        while self._unfinished:
            self._done.clear()
            await self._done.wait()

    async def aclose(self) -> None:
        """Handle what is queued, then stop the workers."""
        await self.join()
        for task in self._workers:
            task.cancel()
        await asyncio.gather(*self._workers, return_exceptions=True)
        self._workers, self._loop = [], None

    def _start(self) -> None:
        # Workers start with the first event, on the loop that serves requests: a receiver built at import
        # time (as a module-level app object is) has no loop yet. Events bind to the loop they are awaited on.
        loop = asyncio.get_running_loop()
        self._loop = loop
        pending: deque[WebhookEvent[Any]] = deque()
        self._pending = pending
        self._unfinished = self._sleeping = 0
        self._woken = False
        self._wake, self._done = asyncio.Event(), asyncio.Event()
        self._workers = [loop.create_task(self._work(pending)) for _ in range(self.worker_count)]

    async def _work(self, pending: deque[WebhookEvent[Any]]) -> None:
        while True:
            if not pending:
                # Nothing to do: sleep until ``submit`` appends. No await between the check and the clear, so
                # an append cannot slip between them unseen.
                self._wake.clear()
                self._woken = False
                self._sleeping += 1
                try:
                    await self._wake.wait()
                finally:
                    self._sleeping -= 1
                continue
            event = pending.popleft()
            try:
                # ``run``'s loop, inline: an awaited coroutine less per event, which the throughput goal felt.
                ok = True
                for handler in self.handlers.get(event.type, ()):
                    try:
                        await handler(event)
                    except Exception:
                        ok = False
                        self._failed(handler, event)
                if ok:
                    self.stats.handled += 1
            finally:
                self._unfinished -= 1
                if not self._unfinished:
                    self._done.set()

    async def run(self, event: WebhookEvent[Any]) -> None:
        """Run the event's handlers now; a failure is logged and counted, and the next handler still runs."""
        ok = True
        for handler in self.handlers.get(event.type, ()):
            try:
                await handler(event)
            except Exception:
                ok = False
                self._failed(handler, event)
        if ok:
            self.stats.handled += 1

    def _failed(self, handler: Handler[Any], event: WebhookEvent[Any]) -> None:
        # Called from an ``except`` block: ``logger.exception`` logs the handler's traceback.
        self.stats.failed += 1
        logger.exception("webhook handler %s failed on %s event %s", _name(handler), event.type.value, event.id)


def _as_async(handler: Callable[[WebhookEvent[Any]], Any]) -> Handler[Any]:
    if inspect.iscoroutinefunction(handler):
        return handler

    # A plain function may block (a database driver without asyncio): run it where it cannot stall the loop.
    @functools.wraps(handler)
    async def in_thread(event: WebhookEvent[Any]) -> None:
        await asyncio.to_thread(handler, event)

    return in_thread


def _name(handler: Callable[..., Any]) -> str:
    return getattr(handler, "__qualname__", None) or repr(handler)
