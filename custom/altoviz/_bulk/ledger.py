"""The JSONL ledger: one line per record result, flushed as it comes, read back to resume.

Each line is a JSON object: ``entity``, ``internalId``, ``outcome``, ``id``, ``reason``, ``row``. A line is
written with one ``write`` and flushed at once, so a crash or Ctrl-C loses at most the results still in
flight, never a written one; a kill in the middle of a write can only leave an incomplete last line, which
``open`` cuts off before appending. Lines are flushed to the OS (enough to survive the process) and fsynced
when the ledger closes.

Resume rules: a record with any finished line (created, updated, unchanged) is done and is skipped by the
next run with the same ledger, whatever its data is now; a record whose lines are all ``failed`` is tried
again. Skipped records write no line, so the ledger holds each record's finished result once.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from .._errors import AltovizError
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
        """Read what earlier runs finished, cut off a torn last line, and open for appending."""
        if self.path.exists():
            self._read()
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # Line buffering would flush on each newline too, but an explicit flush states the contract.
        self._file = self.path.open("a", encoding="utf-8")
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
        line = {
            "entity": self.entity,
            "internalId": result.internal_id,
            "outcome": result.outcome.value,
            "id": result.id,
            "reason": result.reason,
            "row": result.row,
        }
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
