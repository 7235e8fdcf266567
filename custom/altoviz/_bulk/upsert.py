"""Upserting one record by ``internalId``, exactly once: create first, reconcile through a lookup.

**Create first.** The common case of a bulk import is a record the server does not have yet, so the record
is sent as a create straight away: one request per new record. A record the server already has answers 400
(its ``internalId`` is taken); only then is it looked up and compared, then updated or left unchanged.
Looking up first would double the cost of every new record to save one request on existing ones.

**Exactly once.** A create whose answer is lost (connection dropped after sending, timeout, 5xx) may have
been committed. It is never sent again blindly: the record is looked up by ``internalId`` first, and created
again only when the server does not have it. A record found that way counts as ``unchanged`` (or ``updated``),
not ``created``: whether this request or another import created it cannot be told, and ``created`` counts
only creates the server answered, so concurrent imports never report more creations than records. Lookups
and updates are GET and PUT, which the client's transport already retries safely.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from .._client import AltovizClient
from .._errors import (
    APIConnectionError,
    APIStatusError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    RateLimitError,
    ResponseParseError,
    ServerError,
)
from .compare import differing_fields, merged, normalized
from .operations import EntityOps
from .results import Outcome, RecordResult

logger = logging.getLogger("altoviz.bulk")

MAX_CREATE_ATTEMPTS = 4
"""Creates per record whose outcome stayed unknown and whose lookup then found nothing."""
LOOKUP_ATTEMPTS = 3
"""Lookups after the transport's own retries ran out: the record's state must be known before moving on."""
_LOOKUP_BACKOFF = 0.5

# Answers that leave a create's outcome unknown: it may have been committed.
_UNKNOWN_OUTCOME = (APIConnectionError, ServerError, ResponseParseError)
# A refused create: the internalId may be taken (someone else created it), or the record is invalid.
_REFUSED = (BadRequestError, ConflictError)


class Upserter:
    """Upserts records of one entity through one client."""

    def __init__(self, client: AltovizClient, ops: EntityOps) -> None:
        self.client = client
        self.ops = ops

    async def upsert(self, internal_id: str, data: dict[str, Any], row: int | None) -> RecordResult:
        """Create, update or leave the record; return its result (``failed`` with a reason for API failures)."""
        try:
            return await self._upsert(internal_id, data, row)
        except UnknownStateError as exc:
            return self._failed(internal_id, row, str(exc))

    async def _upsert(self, internal_id: str, data: dict[str, Any], row: int | None) -> RecordResult:
        try:
            wanted = normalized(self.ops.model, data)
            body = self.ops.model.from_dict(data)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            model = getattr(self.ops.model, "__name__", "model")
            return self._failed(internal_id, row, f"not a valid {model}, not sent: {type(exc).__name__}: {exc}")
        lost: Exception | None = None
        for _ in range(MAX_CREATE_ATTEMPTS):
            try:
                created = await self.client.call(self.ops.create, body=body)
            except RateLimitError as exc:
                # Only raised once the transport's budget is spent, or the server asks for a very long wait.
                return self._failed(internal_id, row, f"rate limited, not sent: {exc}")
            except _REFUSED as exc:
                return await self._after_refusal(internal_id, wanted, row, exc)
            except _UNKNOWN_OUTCOME as exc:
                lost = exc
                logger.info("create of %s %r: outcome unknown (%s); looking it up", self.ops.name, internal_id, exc)
                found = await self._lookup(internal_id)
                if found is None:
                    continue  # not committed: creating it again cannot duplicate it
                # Found, but not necessarily created by this request: another import (or person) may have
                # created it meanwhile. Only a 2xx answer to our own create proves "created"; counting this
                # one as created too made two concurrent imports report more creations than records.
                note = f"create answer lost ({type(exc).__name__}); found by internalId"
                return await self._reconcile(found, wanted, internal_id, row, Outcome.UNCHANGED, note)
            return RecordResult(internal_id, Outcome.CREATED, _id_of(created), None, row)
        return self._failed(internal_id, row, f"create failed {MAX_CREATE_ATTEMPTS} times, not committed: {lost}")

    async def _after_refusal(
        self, internal_id: str, wanted: dict[str, Any], row: int | None, refusal: APIStatusError
    ) -> RecordResult:
        found = await self._lookup(internal_id)
        if found is None:
            return self._failed(internal_id, row, f"rejected by the server: {refusal}")
        return await self._reconcile(found, wanted, internal_id, row, Outcome.UNCHANGED, None)

    async def _reconcile(
        self,
        found: Any,
        wanted: dict[str, Any],
        internal_id: str,
        row: int | None,
        if_same: Outcome,
        note: str | None,
    ) -> RecordResult:
        """Compare the server's copy with the record: ``if_same`` when equal, else update it."""
        server: dict[str, Any] = found.to_dict()
        record_id = _id_of(found)
        differing = differing_fields(wanted, server)
        if not differing:
            return RecordResult(internal_id, if_same, record_id, note, row)
        shown = ", ".join(differing[:5]) + (", ..." if len(differing) > 5 else "")
        if self.ops.update is None:
            reason = f"exists with other values ({shown}) and {self.ops.name} cannot be updated: the API has no update"
            return self._failed(internal_id, row, reason, record_id)
        if record_id is None:
            return self._failed(internal_id, row, "exists, but the server's copy has no id to update it by")
        body = self.ops.model.from_dict(merged(server, wanted))
        try:
            await self.client.call(self.ops.update, record_id, body=body)
        except APIStatusError as exc:
            return self._failed(internal_id, row, f"update rejected: {exc}", record_id)
        except APIConnectionError as exc:
            return self._failed(internal_id, row, f"update outcome unknown (rerun to settle): {exc}", record_id)
        return RecordResult(internal_id, Outcome.UPDATED, record_id, note, row)

    async def _lookup(self, internal_id: str) -> Any | None:
        """Return the server's record with this internalId, or None; raise when its state cannot be known."""
        for attempt in range(LOOKUP_ATTEMPTS):
            try:
                return await self._lookup_once(internal_id)
            except (APIConnectionError, ServerError, RateLimitError, ResponseParseError) as exc:
                if attempt == LOOKUP_ATTEMPTS - 1:
                    raise UnknownStateError(f"lookup by internalId failed: {exc}") from exc
                await asyncio.sleep(_LOOKUP_BACKOFF * 2**attempt)
        return None  # unreachable: the loop returns or raises

    async def _lookup_once(self, internal_id: str) -> Any | None:
        if self.ops.get_by_internal_id is not None:
            try:
                return await self.client.call(self.ops.get_by_internal_id, internal_id)
            except NotFoundError:
                return None
        assert self.ops.find is not None  # entity_ops guarantees one of the two
        matches = await self.client.call(self.ops.find, internal_id=internal_id)
        # Find matches on every given criterion, but a server may match loosely: keep the exact key only.
        return next((m for m in matches if getattr(m, "internal_id", None) == internal_id), None)

    def _failed(self, internal_id: str, row: int | None, reason: str, record_id: int | None = None) -> RecordResult:
        logger.warning("%s %r failed: %s", self.ops.name, internal_id, reason)
        return RecordResult(internal_id, Outcome.FAILED, record_id, reason, row)


class UnknownStateError(Exception):
    """The record's state on the server could not be found out; the record fails and a rerun settles it."""


def _id_of(model: Any) -> int | None:
    value = getattr(model, "id", None)
    return value if isinstance(value, int) and not isinstance(value, bool) else None
