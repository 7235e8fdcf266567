"""Bulk imports: upsert many records by ``internalId``, exactly once, as fast as the API allows.

``bulk_upsert`` (engine) drives ``Upserter`` (one record: create first, reconcile by lookup) under an
``AdaptiveLimiter`` (AIMD window fed by the client's 429s), writes each ``RecordResult`` to a ``Ledger``
(JSONL, resumable) and reports ``BulkProgress``. The operations come from ``entity_ops`` (the naming rule).
"""

from .engine import bulk_upsert
from .ledger import Ledger, LedgerError
from .limiter import AdaptiveLimiter
from .operations import EntityOps, UnsupportedEntityError, entity_ops
from .results import BulkProgress, BulkReport, Outcome, RecordResult

__all__ = [
    "AdaptiveLimiter",
    "BulkProgress",
    "BulkReport",
    "EntityOps",
    "Ledger",
    "LedgerError",
    "Outcome",
    "RecordResult",
    "UnsupportedEntityError",
    "bulk_upsert",
    "entity_ops",
]
