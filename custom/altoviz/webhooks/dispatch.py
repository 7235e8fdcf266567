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
from collections import Counter
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
    """Handlers by event type, and the queue and workers that run them."""

    def __init__(self, stats: ReceiverStats, queue_size: int = DEFAULT_QUEUE_SIZE, workers: int = DEFAULT_WORKERS):
        if queue_size < 1 or workers < 1:
            raise ValueError("queue_size and workers must be at least 1")
        self.stats, self.queue_size, self.worker_count = stats, queue_size, workers
        self.handlers: dict[str, list[Handler[Any]]] = {}
        self._queue: asyncio.Queue[WebhookEvent[Any]] | None = None
        self._workers: list[asyncio.Task[None]] = []
        self._loop: asyncio.AbstractEventLoop | None = None

    def add(self, event_type: str, handler: Callable[[WebhookEvent[Any]], Any]) -> None:
        """Register ``handler`` for ``event_type``; handlers of one type run in registration order."""
        self.handlers.setdefault(event_type, []).append(_as_async(handler))

    def wants(self, event: WebhookEvent[Any]) -> bool:
        """Whether any handler is registered for the event's type."""
        return event.type.value in self.handlers

    def submit(self, event: WebhookEvent[Any]) -> bool:
        """Queue the event for the workers; False when the queue is full."""
        queue = self._running_queue()
        try:
            queue.put_nowait(event)
        except asyncio.QueueFull:
            return False
        return True

    async def join(self) -> None:
        """Wait until every queued event has been handled."""
        if self._queue is not None:
            await self._queue.join()

    async def aclose(self) -> None:
        """Handle what is queued, then stop the workers."""
        await self.join()
        for task in self._workers:
            task.cancel()
        await asyncio.gather(*self._workers, return_exceptions=True)
        self._workers, self._queue, self._loop = [], None, None

    def _running_queue(self) -> asyncio.Queue[WebhookEvent[Any]]:
        # Workers start with the first event, on the loop that serves requests: a receiver built at import
        # time (as a module-level app object is) has no loop yet.
        loop = asyncio.get_running_loop()
        if self._queue is None or self._loop is not loop:
            self._loop = loop
            self._queue = asyncio.Queue(self.queue_size)
            self._workers = [loop.create_task(self._work(self._queue)) for _ in range(self.worker_count)]
        return self._queue

    async def _work(self, queue: asyncio.Queue[WebhookEvent[Any]]) -> None:
        while True:
            event = await queue.get()
            try:
                await self.run(event)
            finally:
                queue.task_done()

    async def run(self, event: WebhookEvent[Any]) -> None:
        """Run the event's handlers now; a failure is logged and counted, and the next handler still runs."""
        ok = True
        for handler in self.handlers.get(event.type.value, ()):
            try:
                await handler(event)
            except Exception:
                ok = False
                self.stats.failed += 1
                logger.exception("webhook handler %s failed on %s event %s", _name(handler), event.type.value, event.id)
        if ok:
            self.stats.handled += 1


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
