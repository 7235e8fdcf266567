"""The valid records of a file, kept on disk between validation and import, so memory does not grow with the file.

Validation must see the whole file before anything is sent (a duplicate ``internalId`` on the last row makes
the first one invalid too), and an import then reads the records once more. Holding them in memory cost
about 1.4 KB a row (a 50 MB CSV peaked near 1 GB). ``RecordSpool`` writes each valid record as one JSON line
to a temporary file as it is validated, and reads them back on every iteration: memory stays at a buffer,
whatever the file's size. Rows found invalid after being written (duplicates, known only at the end) are
left out on reading.

JSON round-trips every value a validated record holds (text, numbers, booleans, objects, lists; lone
surrogates as JSON escapes), so a record read back equals the one validated.
"""

from __future__ import annotations

import json
import os
import tempfile
import weakref
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from typing import overload

from .record import Record


def _remove(path: str) -> None:
    Path(path).unlink(missing_ok=True)


class RecordSpool(Sequence[Record]):
    """Valid records, in file order, read from a temporary file on each iteration.

    A ``Sequence``: ``len`` is known, iteration is cheap and repeatable, indexing reads up to that record
    (meant for tests and small files; an import only iterates). The file is removed when the spool is
    garbage-collected or ``close``d.
    """

    def __init__(self) -> None:
        fd, self._path = tempfile.mkstemp(prefix="altoviz-records-", suffix=".jsonl")
        self._writer = os.fdopen(fd, "w", encoding="ascii")
        self._finalizer = weakref.finalize(self, _remove, self._path)
        self._written = 0
        self._dropped: frozenset[int] = frozenset()
        self._length = 0

    def append(self, record: Record) -> None:
        """Write one valid record (only while the spool is being filled)."""
        # ensure_ascii: a lone surrogate from a JSONL string survives as an escape, and the file is plain ASCII.
        self._writer.write(json.dumps([record.row, record.data], separators=(",", ":")) + "\n")
        self._written += 1

    def seal(self, dropped_rows: Collection[int]) -> None:
        """Finish writing; leave out the written records of ``dropped_rows`` (found invalid after being written)."""
        self._writer.close()
        self._dropped = frozenset(dropped_rows)
        self._length = self._written - len(self._dropped)

    def __iter__(self) -> Iterator[Record]:
        with open(self._path, encoding="ascii") as spool:
            for line in spool:
                row, data = json.loads(line)
                if row not in self._dropped:
                    yield Record(row, data)

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> Record: ...

    @overload
    def __getitem__(self, index: slice) -> list[Record]: ...

    def __getitem__(self, index: int | slice) -> Record | list[Record]:
        if isinstance(index, slice):
            return list(self)[index]
        if index < 0:
            index += len(self)
        for position, record in enumerate(self):
            if position == index:
                return record
        raise IndexError("record index out of range")

    def close(self) -> None:
        """Remove the temporary file now."""
        if not self._writer.closed:
            self._writer.close()
        self._finalizer()

    def __repr__(self) -> str:
        return f"RecordSpool({self._written - len(self._dropped)} records)"
