"""What a bulk import reports: one result per record, progress while it runs, and a summary at the end."""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class Outcome(str, enum.Enum):
    """How one record ended.

    ``skipped`` means the ledger of an earlier run already holds a finished result for it: nothing was sent.
    """

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    FAILED = "failed"
    SKIPPED = "skipped"

    @property
    def finished(self) -> bool:
        """Whether the server holds the record as given, so a rerun with the same ledger leaves it alone."""
        return self in (Outcome.CREATED, Outcome.UPDATED, Outcome.UNCHANGED, Outcome.SKIPPED)


@dataclass(frozen=True)
class RecordResult:
    """The result of one record, as written to the ledger."""

    internal_id: str
    outcome: Outcome
    id: int | None = None
    """The server's id of the record, when it exists there."""
    reason: str | None = None
    """Why it failed; for a success, a note when the result needed reconciling (a create whose answer was lost)."""
    row: int | None = None
    """The record's line in its source file, when it came from one (``altoviz._records.Record``)."""
    fingerprint: str | None = None
    """A hash of the record's data as sent (``fingerprint``): a rerun skips the record only while it matches."""


def fingerprint(data: Mapping[str, Any]) -> str:
    """Return a hash of a record's wire data: equal for equal data, whatever the order of its keys.

    128 bits of SHA-256 over canonical JSON: a collision, which would skip a changed record, is as likely as
    guessing a random 128-bit key.
    """
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()[:32]


@dataclass(frozen=True)
class BulkProgress:
    """A progress report, given to ``on_progress`` after every record.

    ``done`` counts every record with a result (``failed`` and ``skipped`` included); ``rate`` is records per
    second over the last few seconds; ``eta`` is seconds to go, known when the input has a ``len()``.
    """

    done: int
    failed: int
    total: int | None
    rate: float
    eta: float | None


@dataclass(frozen=True)
class BulkReport:
    """The summary of a bulk import."""

    counts: Mapping[Outcome, int]
    """Records per outcome; every outcome is present, zero or not."""
    results_path: Path | None
    """The JSONL ledger the results were written to (None when the import ran without one)."""
    duration: float
    """Wall time in seconds."""
    failed: list[RecordResult] = field(default_factory=list)
    """Every record that failed, with its reason, in the order they failed."""
    entity: str = ""
    """The entity imported, as the ledger names it (``customers``, ``sale-invoices``)."""

    @property
    def total(self) -> int:
        """Records seen in the input."""
        return sum(self.counts.values())

    @property
    def ok(self) -> bool:
        """Whether no record failed."""
        return self.counts.get(Outcome.FAILED, 0) == 0
