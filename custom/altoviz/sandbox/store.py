"""In-memory state: one collection of JSON records per entity type.

The server runs one event loop, and no handler awaits between reading and writing a collection, so
plain dicts need no locks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .completion import complete

Record = dict[str, Any]
Listener = Callable[[str, str, Record], None]
"""Told of each change: ``(kind, action, record)`` with action ``Created``, ``Updated`` or ``Deleted``."""


class DuplicateInternalIdError(Exception):
    """Another record of the same type already has this ``internalId``."""

    def __init__(self, kind: str, internal_id: str) -> None:
        super().__init__(f"a {kind} record with internalId {internal_id!r} already exists")
        self.kind = kind
        self.internal_id = internal_id


@dataclass
class Collection:
    """The records of one entity type, indexed by id and by ``internalId``."""

    kind: str
    records: dict[int, Record] = field(default_factory=dict)
    meta: dict[int, dict[str, Any]] = field(default_factory=dict)
    """Server-side facts that are not part of the wire format (payments, stored files)."""
    by_internal_id: dict[str, int] = field(default_factory=dict)
    last_id: int = 0
    listener: Listener | None = None
    """Told of every add, replace, in-place change (``touched``) and remove (the webhook deliverer listens here)."""

    def _changed(self, action: str, record: Record) -> None:
        if self.listener is not None:
            self.listener(self.kind, action, record)

    def _check_internal_id(self, record: Record, own_id: int | None) -> None:
        internal_id = record.get("internalId")
        if isinstance(internal_id, str):
            holder = self.by_internal_id.get(internal_id)
            if holder is not None and holder != own_id:
                raise DuplicateInternalIdError(self.kind, internal_id)

    def _index(self, record: Record, record_id: int) -> None:
        internal_id = record.get("internalId")
        if isinstance(internal_id, str):
            self.by_internal_id[internal_id] = record_id

    def _unindex(self, record: Record) -> None:
        internal_id = record.get("internalId")
        if isinstance(internal_id, str):
            self.by_internal_id.pop(internal_id, None)

    def next_id(self) -> int:
        """Return the id the next create will get (ids are never reused, even after a delete)."""
        return self.last_id + 1

    def add(self, record: Record) -> Record:
        """Store a new record under a fresh id; raises DuplicateInternalIdError on a taken internalId."""
        self._check_internal_id(record, None)
        self.last_id += 1
        record["id"] = self.last_id
        complete(self.kind, record)
        self.records[self.last_id] = record
        self.meta[self.last_id] = {}
        self._index(record, self.last_id)
        self._changed("Created", record)
        return record

    def get(self, record_id: int) -> Record | None:
        """Return the record with this id, or None."""
        return self.records.get(record_id)

    def get_by_internal_id(self, internal_id: str) -> Record | None:
        """Return the record with this ``internalId``, or None."""
        record_id = self.by_internal_id.get(internal_id)
        return None if record_id is None else self.records.get(record_id)

    def replace(self, record_id: int, record: Record) -> Record:
        """Replace a record's content, keeping its id."""
        self._check_internal_id(record, record_id)
        self._unindex(self.records[record_id])
        record["id"] = record_id
        complete(self.kind, record)
        self.records[record_id] = record
        self._index(record, record_id)
        self._changed("Updated", record)
        return record

    def touched(self, record: Record) -> None:
        """Tell the listener that a stored record was changed in place, by an action rather than a replace.

        Finalizing, paying and sending a document change it without a PUT; Altoviz reports those as
        ``...Updated`` like any other change, so the sandbox's webhooks do too.
        """
        self._changed("Updated", record)

    def remove(self, record_id: int) -> Record | None:
        """Delete a record; returns it, or None when there was none."""
        record = self.records.pop(record_id, None)
        if record is not None:
            self._unindex(record)
            self.meta.pop(record_id, None)
            self._changed("Deleted", record)
        return record

    def __iter__(self) -> Iterator[Record]:
        return iter(self.records.values())

    def __len__(self) -> int:
        return len(self.records)


class Store:
    """All collections of one sandbox, plus the document number sequences."""

    def __init__(self, listener: Listener | None = None) -> None:
        self.listener = listener
        self._collections: dict[str, Collection] = {}
        self._sequences: dict[str, int] = {}

    def collection(self, kind: str) -> Collection:
        """Return the collection for an entity type, created on first use."""
        found = self._collections.get(kind)
        if found is None:
            found = self._collections[kind] = Collection(kind, listener=self.listener)
        return found

    def next_number(self, prefix: str) -> str:
        """Allocate the next number of a sequence, e.g. ``INV-000001``: gapless, never reused."""
        value = self._sequences.get(prefix, 0) + 1
        self._sequences[prefix] = value
        return f"{prefix}-{value:06d}"

    def counts(self) -> dict[str, int]:
        """Return the number of records of each kind that has any."""
        return {kind: len(found) for kind, found in self._collections.items() if len(found)}

    def clear(self) -> None:
        """Forget everything."""
        self._collections.clear()
        self._sequences.clear()
