"""The sandbox delivers webhooks: every change to a subscribed entity is POSTed to each registered URL.

Deliveries follow what is known of Altoviz's: a JSON body ``{"id", "type", "data"}`` sent as ``text/plain``,
the registration's secret key in a header (``X-Signature`` by default). Unlike the real API, which refuses
localhost and private networks, the sandbox delivers to any URL, loopback included: that is what makes a
webhook flow testable offline. Altoviz documents neither retries nor ordering; the sandbox retries a failed
delivery (connection error or non-2xx answer) with exponential backoff and seeded jitter, and can be told to
misbehave (duplicate a delivery, swap two, send a wrong secret, fail a first attempt) to test receivers.
Every attempt is recorded and answered at ``GET /_sandbox/deliveries``.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import json
import logging
import random
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

logger = logging.getLogger(__name__)

_KEPT_ATTEMPTS = 100_000
"""Attempts remembered for ``/_sandbox/deliveries``; older ones are forgotten first (bounded memory)."""


@dataclass(frozen=True)
class DeliveryConfig:
    """How the sandbox delivers webhooks. Shares are probabilities between 0 and 1, drawn from ``seed``."""

    max_attempts: int = 6
    """Attempts per delivery, the first included, before it is given up (recorded as such)."""
    base_delay_s: float = 0.05
    """Wait before the first retry; doubled for each next one. Short, so that tests run fast."""
    max_delay_s: float = 2.0
    """Cap of the wait between two attempts."""
    timeout_s: float = 5.0
    """Time allowed for a receiver to answer one attempt."""
    secret_header: str = "X-Signature"
    """Header carrying the registration's secret key (one of the two names Altoviz's texts give)."""
    seed: int = 0
    """Seed of the jitter and of the fault draws, so a run replays the same."""
    duplicate_rate: float = 0.0
    """Share of deliveries sent twice at once (same event id)."""
    reorder_rate: float = 0.0
    """Share of deliveries swapped with the next one waiting."""
    wrong_secret_rate: float = 0.0
    """Share of first attempts sent with a wrong secret (the retry carries the right one)."""
    fail_first_rate: float = 0.0
    """Share of first attempts that fail as if the connection broke, without reaching the receiver."""

    def __post_init__(self) -> None:
        for name in ("duplicate_rate", "reorder_rate", "wrong_secret_rate", "fail_first_rate"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1")
        if self.max_attempts < 1 or self.base_delay_s < 0 or self.max_delay_s < 0 or self.timeout_s <= 0:
            raise ValueError("max_attempts must be >= 1, delays >= 0 and timeout_s > 0")
        if not self.secret_header:
            raise ValueError("secret_header must not be empty")

    def updated(self, changes: Mapping[str, Any]) -> DeliveryConfig:
        """Return a copy with ``changes`` applied; unknown names are an error."""
        known = {f.name for f in dataclasses.fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise ValueError(f"unknown delivery setting: {', '.join(sorted(unknown))}")
        return dataclasses.replace(self, **changes)


@dataclass
class _Job:
    event_id: str
    event_type: str
    url: str
    secret: str | None
    body: bytes


def _as_sent(event_type: str, record: Mapping[str, Any]) -> Any:
    """Return ``record`` as the API would send the entity ``event_type`` is about: its read model complete.

    The store may hold a record that lacks plain fields (it completes them when answering); a delivery's
    ``data`` must parse as the read model, so it is completed here from the registry entity's model.
    """
    from ..webhooks._entities import entity_for_type
    from .completion import as_sent

    entity = entity_for_type(event_type)
    if entity is None or not isinstance(record, Mapping):
        return record
    return as_sent(entity.model, dict(record))


class Deliverer:
    """Turns entity changes into deliveries and sends them from the sandbox's event loop."""

    def __init__(self, subscriptions: Callable[[], Iterable[Mapping[str, Any]]], config: DeliveryConfig) -> None:
        self._subscriptions = subscriptions
        self.config = config
        self._random = random.Random(config.seed)
        self.attempts: collections.deque[dict[str, Any]] = collections.deque(maxlen=_KEPT_ATTEMPTS)
        self.pending = 0
        """Deliveries not yet answered with a 2xx nor given up."""
        self.in_flight = 0
        """Attempts being sent right now (duplicate copies included)."""
        self._queue: asyncio.Queue[_Job] | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._http: httpx.AsyncClient | None = None

    def configure(self, changes: Mapping[str, Any]) -> DeliveryConfig:
        """Apply settings; a new seed restarts the draws."""
        self.config = self.config.updated(changes)
        self._random = random.Random(self.config.seed)
        return self.config

    def reset(self) -> None:
        """Forget recorded attempts and drop deliveries not yet sent."""
        for task in self._tasks:
            task.cancel()
        self._tasks.clear()
        self._queue = None
        self.attempts.clear()
        self.pending = self.in_flight = 0
        self._random = random.Random(self.config.seed)

    async def aclose(self) -> None:
        """Stop sending (deliveries not yet sent are dropped) and close the HTTP client; on the app's shutdown."""
        tasks = list(self._tasks)
        self.reset()
        await asyncio.gather(*tasks, return_exceptions=True)
        if self._http is not None:
            http, self._http = self._http, None
            await http.aclose()

    def entity_changed(self, event_type: str, record: Mapping[str, Any]) -> None:
        """Queue one event of ``event_type`` for every registration subscribed to it."""
        hooks = [h for h in self._subscriptions() if event_type in (h.get("types") or ())]
        if not hooks:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            # A change made outside the server (a test editing the store from its own thread): nobody to send it.
            logger.warning("%s not delivered: the store was changed outside the sandbox's event loop", event_type)
            return
        # Serialized once the handler that made the change is done with the record (a create sets its PDF link
        # after storing it): the event carries the record as the API answered it.
        loop.call_soon(self._enqueue, event_type, record, hooks)

    def _enqueue(self, event_type: str, record: Mapping[str, Any], hooks: list[Mapping[str, Any]]) -> None:
        event_id = str(uuid.UUID(int=self._random.getrandbits(128), version=4))
        body = json.dumps({"id": event_id, "type": event_type, "data": _as_sent(event_type, record)}).encode()
        queue = self._running_queue()
        for hook in hooks:
            self.pending += 1
            queue.put_nowait(_Job(event_id, event_type, str(hook.get("url")), hook.get("secretKey"), body))

    def view(self) -> dict[str, Any]:
        """Return the JSON answer of ``GET /_sandbox/deliveries``."""
        return {
            "pending": self.pending,
            "inFlight": self.in_flight,
            "config": dataclasses.asdict(self.config),
            "attempts": list(self.attempts),
        }

    @property
    def settled(self) -> bool:
        """Whether every delivery is done (delivered or given up) and no attempt is on the wire."""
        return self.pending == 0 and self.in_flight == 0

    def _running_queue(self) -> asyncio.Queue[_Job]:
        if self._queue is None:
            self._queue = asyncio.Queue()
            self._spawn(self._send_in_order(self._queue))
        return self._queue

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _send_in_order(self, queue: asyncio.Queue[_Job]) -> None:
        # One lane for first attempts keeps deliveries in the order of the changes (but for the faults that
        # swap two); retries wait off the lane, so one dead receiver does not hold up the others.
        while True:
            job = await queue.get()
            if self._hit(self.config.reorder_rate) and not queue.empty():
                later = queue.get_nowait()
                await self._first_attempt(later, fault="reordered")
            await self._first_attempt(job)

    async def _first_attempt(self, job: _Job, fault: str | None = None) -> None:
        cfg = self.config
        if self._hit(cfg.duplicate_rate):
            self._spawn(self._attempt(job, 1, fault="duplicate", count=False))
        if self._hit(cfg.fail_first_rate):
            self._record(job, 1, None, "injected: connection failed", "fail_first")
            self._spawn(self._retry(job, 2))
            return
        wrong = self._hit(cfg.wrong_secret_rate)
        ok = await self._attempt(job, 1, fault="wrong_secret" if wrong else fault, wrong_secret=wrong)
        if not ok:
            self._spawn(self._retry(job, 2))

    async def _retry(self, job: _Job, attempt: int) -> None:
        cfg = self.config
        while attempt <= cfg.max_attempts:
            delay = min(cfg.max_delay_s, cfg.base_delay_s * 2 ** (attempt - 2))
            await asyncio.sleep(delay * (0.5 + self._random.random() / 2))  # equal jitter: spread, never zero
            if await self._attempt(job, attempt):
                return
            attempt += 1
        self.pending -= 1
        logger.info("webhook %s to %s given up after %d attempts", job.event_id, job.url, cfg.max_attempts)

    async def _attempt(
        self, job: _Job, attempt: int, *, fault: str | None = None, wrong_secret: bool = False, count: bool = True
    ) -> bool:
        headers = {"Content-Type": "text/plain; charset=utf-8"}
        if job.secret:
            headers[self.config.secret_header] = job.secret + "-wrong" if wrong_secret else job.secret
        status: int | None = None
        error: str | None = None
        self.in_flight += 1
        try:
            response = await self._client().post(job.url, content=job.body, headers=headers)
            status = response.status_code
        except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
            # A registration's URL can be anything the API accepted: a bad one fails its attempts, not the lane.
            error = type(exc).__name__
        finally:
            self.in_flight -= 1
        ok = status is not None and 200 <= status < 300
        self._record(job, attempt, status, error, fault)
        if ok and count:
            self.pending -= 1
        return ok

    def _record(self, job: _Job, attempt: int, status: int | None, error: str | None, fault: str | None) -> None:
        self.attempts.append(
            {
                "eventId": job.event_id,
                "type": job.event_type,
                "url": job.url,
                "attempt": attempt,
                "status": status,
                "error": error,
                "fault": fault,
                "at": time.time(),
            }
        )

    def _client(self) -> httpx.AsyncClient:
        if self._http is None:
            self._http = httpx.AsyncClient(timeout=self.config.timeout_s)
        return self._http

    def _hit(self, share: float) -> bool:
        return share > 0 and self._random.random() < share
