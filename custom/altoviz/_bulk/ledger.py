"""The JSONL ledger: one line per record result, flushed as it comes, read back to resume.

Each line is a JSON object: ``entity``, ``internalId``, ``outcome``, ``id``, ``reason``, ``row`` and, for a
finished record, ``fingerprint``. A line is written with one ``write`` and flushed at once, so a crash or
Ctrl-C loses at most the results still in flight, never a written one; a kill in the middle of a write can
only leave an incomplete last line, which ``open`` cuts off before appending. Lines are flushed to the OS
(enough to survive the process) and fsynced when the ledger closes.

Resume rules: each finished line (created, updated, unchanged) carries the record's ``fingerprint``, a hash
of the data that was sent. A record whose last finished line has the fingerprint of its data now is done
and is skipped by the next run with the same ledger; a record whose data changed since (a fixed mapping, an
edited cell) is upserted again, which updates it; a record whose lines are all ``failed`` is tried again.
A line without a fingerprint (written by an older version) counts as changed: upserting it again costs a
request and is safe, skipping it could leave a stale record. Skipped records write no line.

One import at a time: ``open`` takes an OS lock on the ledger (``lock``), so a second import on the same
ledger fails at once with ``LedgerError`` instead of sending every record again.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from .._errors import AltovizError
from .lock import LockUnavailableError, lock_exclusive
from .results import Outcome, RecordResult

logger = logging.getLogger("altoviz.bulk")


class LedgerError(AltovizError, ValueError):
    """The ledger cannot be used for this import: another entity's, not UTF-8, or in use by another import."""


class Ledger:
    """An append-only JSONL file of results; ``done`` holds what earlier runs finished, by internalId."""

    def __init__(self, path: str | os.PathLike[str], entity: str) -> None:
        self.path = Path(path)
        self.entity = entity
        self.done: dict[str, RecordResult] = {}
        self._file: IO[str] | None = None

    def open(self) -> Ledger:
        """Lock the ledger, read what earlier runs finished, cut off a torn last line, and open for appending."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Opened (and locked) before reading: what is read is then what no other import is changing.
        # Line buffering would flush on each newline too, but an explicit flush states the contract.
        file = self.path.open("a", encoding="utf-8")
        try:
            lock_exclusive(file)
        except LockUnavailableError as exc:
            file.close()
            raise LedgerError(
                f"{self.path} is in use by another import ({exc}): wait for it to finish, or give this one "
                "another ledger"
            ) from None
        try:
            self._read()
        except BaseException:
            file.close()
            raise
        self._file = file
        return self

    def _read(self) -> None:
        content = self.path.read_bytes()
        complete = content.rfind(b"\n") + 1
        if complete < len(content):
            logger.warning("%s: dropping an incomplete last line (the previous run was killed mid-write)", self.path)
            with self.path.open("r+b") as raw:
                raw.truncate(complete)
        try:
            text = content[:complete].decode("utf-8")
        except UnicodeDecodeError as exc:
            # Not a file this importer wrote: guessing at what it means could skip or repeat records.
            raise LedgerError(
                f"{self.path} is not a ledger: byte 0x{content[exc.start]:02X} at offset {exc.start} is not UTF-8"
            ) from None
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            result = self._parse(line, number)
            if result is not None and result.outcome.finished:
                self.done[result.internal_id] = result

    def _parse(self, line: str, number: int) -> RecordResult | None:
        try:
            data: dict[str, Any] = json.loads(line)
            entity = data.get("entity", self.entity)
            if entity != self.entity:
                raise LedgerError(f"{self.path} is the ledger of a {entity} import, not of {self.entity}")
            return RecordResult(
                internal_id=str(data["internalId"]),
                outcome=Outcome(data["outcome"]),
                id=data.get("id"),
                reason=data.get("reason"),
                row=data.get("row"),
                fingerprint=data.get("fingerprint"),
            )
        except (ValueError, KeyError, TypeError) as exc:
            if isinstance(exc, LedgerError):
                raise
            logger.warning("%s:%d: ignoring a line that is not a result (%s)", self.path, number, exc)
            return None

    def write(self, result: RecordResult) -> None:
        """Append one result and flush it."""
        if self._file is None:
            raise RuntimeError("the ledger is not open")
        line: dict[str, Any] = {
            "entity": self.entity,
            "internalId": result.internal_id,
            "outcome": result.outcome.value,
            "id": result.id,
            "reason": result.reason,
            "row": result.row,
        }
        if result.fingerprint is not None:
            line["fingerprint"] = result.fingerprint
        self._file.write(json.dumps(line, ensure_ascii=False) + "\n")
        self._file.flush()

    def close(self) -> None:
        """Flush to disk and close."""
        if self._file is not None:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            self._file = None

    def __enter__(self) -> Ledger:
        return self.open()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
