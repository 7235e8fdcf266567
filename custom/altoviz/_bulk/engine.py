"""``bulk_upsert``: many records, bounded and adaptive concurrency, one result each, a ledger to resume from."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import time
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Mapping, Sized
from typing import Any

from .._client import AltovizClient
from .._errors import AuthenticationError
from .._records.entities import KEY_FIELD
from .._records.record import Record
from .ledger import Ledger
from .limiter import AdaptiveLimiter, ThrottleWatch
from .operations import EntityOps, entity_ops
from .progress import ProgressTracker
from .results import BulkProgress, BulkReport, Outcome, RecordResult, fingerprint
from .upsert import Upserter

logger = logging.getLogger("altoviz.bulk")

RecordInput = Mapping[str, Any] | Record | Any
"""A wire-format dict with ``internalId``, an ``altoviz._records.Record``, or a generated model."""


async def bulk_upsert(
    client: AltovizClient,
    entity: str,
    records: Iterable[RecordInput] | AsyncIterable[RecordInput],
    *,
    ledger: str | os.PathLike[str] | None = None,
    max_concurrency: int = 64,
    on_progress: Callable[[BulkProgress], None] | None = None,
) -> BulkReport:
    """Create or update every record of ``entity`` by its ``internalId``, each exactly once.

    ``entity`` is ``"customers"``, ``"sale-invoices"``, ``"customer_families"``... (any entity whose generated
    operations include ``create_<one>`` and a lookup by ``internalId``). ``records`` is a sync or async iterable
    of wire-format dicts, ``altoviz._records.Record`` objects or generated models; it is read as the import goes.

    Each record is created when the server does not have its ``internalId``, updated when the server's copy
    differs in a field the record sets, and otherwise left ``unchanged``; a record the server rejects is
    ``failed`` with the reason, and the import goes on. Results are appended to the JSONL ``ledger`` as they
    come; run again with the same ledger to skip what is finished with the same data, update what changed since,
    and retry what failed. One import at a time per ledger: a ledger in use raises ``LedgerError`` at once.

    At most ``max_concurrency`` records are in flight; fewer after 429s (AIMD, see ``_bulk.limiter``), while the
    client's pacer spaces requests at the rate the server accepts. ``on_progress`` is called after every
    record. Cancelling (Ctrl-C) stops the records in flight; the ledger keeps every result written so far.
    Raises ``AuthenticationError`` at once for a refused key, as every record would fail the same way; an
    exception from ``on_progress``, from writing the ledger or from reading ``records`` stops the import too
    (records in flight finish first, except on cancellation) and is raised.
    """
    ops = entity_ops(entity)
    name = ops.name.replace("_", "-")
    total = len(records) if isinstance(records, Sized) else None
    book = Ledger(ledger, name).open() if ledger is not None else None
    run = _Run(client, ops, book, ProgressTracker(total, on_progress), AdaptiveLimiter(max_concurrency))
    started = time.monotonic()
    try:
        await run.feed(records)
    finally:
        if book is not None:
            book.close()
    counts = dict(run.tracker.counts)
    report = BulkReport(counts, book.path if book else None, time.monotonic() - started, run.failed, name)
    logger.info("%s: %s in %.1f s", name, ", ".join(f"{n} {o.value}" for o, n in counts.items() if n), report.duration)
    return report


class _Run:
    """One import: the producer loop, the workers, and what they share."""

    def __init__(
        self,
        client: AltovizClient,
        ops: EntityOps,
        book: Ledger | None,
        tracker: ProgressTracker,
        limiter: AdaptiveLimiter,
    ) -> None:
        self.upserter = Upserter(client, ops)
        self.book = book
        self.tracker = tracker
        self.limiter = limiter
        self.watch = ThrottleWatch(client.retry.pacer, limiter.on_throttled, client)
        self.failed: list[RecordResult] = []
        self.seen: dict[str, int | None] = {}
        self.tasks: set[asyncio.Task[None]] = set()
        self.fatal: BaseException | None = None

    async def feed(self, records: Iterable[RecordInput] | AsyncIterable[RecordInput]) -> None:
        """Start a worker per record as the window allows; wait for all; on any exit, cancel the rest."""
        watcher = asyncio.create_task(self.watch.run())
        try:
            try:
                async for item in _iterate(records):
                    if self.fatal is not None:
                        break
                    await self._start(item)
            except Exception:
                # The input broke (a file read error, say): the records already sent still deserve their results.
                await self._drain()
                raise
            await self._drain()
        finally:
            watcher.cancel()
            for task in self.tasks:
                task.cancel()
            await asyncio.gather(watcher, *self.tasks, return_exceptions=True)
        if self.fatal is not None:
            raise self.fatal

    async def _drain(self) -> None:
        while self.tasks and self.fatal is None:
            await asyncio.wait(set(self.tasks), return_when=asyncio.FIRST_COMPLETED)

    async def _start(self, item: RecordInput) -> None:
        try:
            internal_id, data, row = unpack(item)
        except ValueError as exc:
            self.record(RecordResult("", Outcome.FAILED, None, str(exc), getattr(item, "row", None)))
            return
        digest = fingerprint(data)
        done = self.book.done.get(internal_id) if self.book is not None else None
        if done is not None and done.fingerprint == digest:
            self.tracker.add(Outcome.SKIPPED)  # finished by an earlier run, same data: nothing to send or write
            return
        if internal_id in self.seen:
            earlier = self.seen[internal_id]
            where = f" (row {earlier})" if earlier is not None else ""
            self.record(
                RecordResult(internal_id, Outcome.FAILED, None, f"internalId repeats an earlier record{where}", row)
            )
            return
        self.seen[internal_id] = row
        await self.limiter.acquire()
        task = asyncio.create_task(self._work(internal_id, data, row, digest))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _work(self, internal_id: str, data: dict[str, Any], row: int | None, digest: str) -> None:
        try:
            try:
                result = await self.upserter.upsert(internal_id, data, row)
            except AuthenticationError:
                raise
            except Exception as exc:  # a record the model cannot hold, or a bug: this record fails, not the run
                logger.exception("%r: unexpected error", internal_id)
                result = RecordResult(internal_id, Outcome.FAILED, None, f"{type(exc).__name__}: {exc}", row)
            if result.outcome is not Outcome.FAILED:
                self.limiter.on_success()
                result = dataclasses.replace(result, fingerprint=digest)
            self.record(result)
        except asyncio.CancelledError:
            raise
        except BaseException as exc:  # a refused key, a full disk under the ledger: stop the whole import
            if self.fatal is None:
                self.fatal = exc
        finally:
            self.limiter.release()

    def record(self, result: RecordResult) -> None:
        """Write a result to the ledger, count it, report progress."""
        if self.book is not None:
            self.book.write(result)
        if result.outcome is Outcome.FAILED:
            self.failed.append(result)
        self.tracker.add(result.outcome)


def unpack(item: RecordInput) -> tuple[str, dict[str, Any], int | None]:
    """Return internalId, wire-format data and source row of one input item; ``ValueError`` without internalId."""
    row: int | None = None
    if isinstance(item, Record):
        data, row = dict(item.data), item.row
    elif isinstance(item, Mapping):
        data = dict(item)
    elif callable(getattr(item, "to_dict", None)):
        data = item.to_dict()
    else:
        raise ValueError(f"not a record: {type(item).__name__} (expected a dict, a Record or a generated model)")
    key = data.get(KEY_FIELD)
    if not isinstance(key, str) or not key.strip():
        raise ValueError(f"record without {KEY_FIELD}: it cannot be imported exactly once")
    return key, data, row


async def _iterate(records: Iterable[RecordInput] | AsyncIterable[RecordInput]) -> AsyncIterator[RecordInput]:
    if isinstance(records, AsyncIterable):
        async for item in records:
            yield item
    else:
        for item in records:
            yield item
