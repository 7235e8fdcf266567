"""Streaming readers for CSV and JSONL import files, with line numbers and encoding checking.

Both read the file as bytes, one line at a time, so memory stays flat whatever the file size, and decode
each line with ``surrogateescape`` in the file's encoding (UTF-8 unless told or, for CSV, detected: see
``encoding``): a byte the encoding cannot read survives as a marker in the value it belongs to instead of
aborting the read. That lets a file be reported as "row 7, field city: byte 0xE9 at offset 345 is not
UTF-8" for every bad value at once, rather than one vague failure at the first one.
"""

from __future__ import annotations

import csv
import itertools
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, Literal

from .cells import unescape_cell
from .encoding import UTF8, advice, label
from .errors import InvalidFileError, RecordError

FileFormat = Literal["csv", "jsonl"]
"""The file formats an import reads."""

_BOM = "\ufeff"
_DELIMITERS = ",;\t|"
# surrogateescape maps an undecodable byte b to the lone surrogate U+DC00 + b.
_ESCAPE_BASE = 0xDC00
_ESCAPED = range(0xDC80, 0xDD00)
MAX_DEPTH = 32
"""Deepest nesting of objects and lists a JSONL record may have. The deepest wire record is 3 levels
(``lines[].product``...); 32 leaves room for any future field while keeping every later walk over a record
(mapping, validation, comparison) far from Python's recursion limit."""


@dataclass(frozen=True)
class SourceRow:
    """One record as read from the file, before mapping and validation."""

    row: int
    """The file line the record starts on (1-based)."""
    values: list[tuple[str, Any]]
    """(column, value) pairs in file order: CSV cells as strings, or a JSONL object's top-level items."""
    bad_values: dict[int, str] = field(default_factory=dict)
    """Index into ``values`` -> why that value cannot be used (bytes that are not UTF-8)."""
    problem: str | None = None
    """Why the whole line cannot be used (not JSON, wrong number of cells), or None."""


class _Lines:
    """A binary file's lines decoded with surrogateescape, remembering the raw bytes and offsets of each."""

    def __init__(self, stream: BinaryIO, encoding: str = UTF8) -> None:
        self._stream = stream
        self.encoding = encoding
        self._offset = 0
        self._pending: list[tuple[int, bytes]] = []

    def __iter__(self) -> Iterator[str]:
        for raw in self._stream:
            self._pending.append((self._offset, raw))
            self._offset += len(raw)
            text = raw.decode(self.encoding, "surrogateescape")
            yield text.removeprefix(_BOM) if self._offset == len(raw) else text

    def take(self) -> list[tuple[int, bytes]]:
        """Return the lines read since the last call: the raw bytes of the record just parsed."""
        taken, self._pending = self._pending, []
        return taken


def _bad_byte_offsets(lines: list[tuple[int, bytes]], encoding: str) -> list[int]:
    """Return the file offset of every byte the encoding cannot read in these lines, in order."""
    offsets: list[int] = []
    for start, raw in lines:
        position = 0
        while position < len(raw):
            try:
                raw[position:].decode(encoding)
                break
            except UnicodeDecodeError as exc:
                offsets.extend(start + position + i for i in range(exc.start, exc.end))
                position += exc.end
    return offsets


def _escaped_count(value: Any) -> int:
    """How many undecodable bytes a value holds (in JSON: in its keys and strings, in text order)."""
    if isinstance(value, str):
        return sum(1 for char in value if ord(char) in _ESCAPED)
    if isinstance(value, dict):
        return sum(_escaped_count(k) + _escaped_count(v) for k, v in value.items())
    if isinstance(value, list):
        return sum(_escaped_count(item) for item in value)
    return 0


def _first_escaped(value: Any) -> int:
    if isinstance(value, str):
        return next(ord(char) - _ESCAPE_BASE for char in value if ord(char) in _ESCAPED)
    items = value.items() if isinstance(value, dict) else enumerate(value)
    return next(_first_escaped(part) for pair in items for part in pair if _escaped_count(part))


def _locate_bad_bytes(
    values: list[tuple[str, Any]], lines: list[tuple[int, bytes]], encoding: str = UTF8
) -> dict[int, str]:
    # Values appear in the raw bytes in the same order as in the record, and each undecodable byte became
    # exactly one escape, so the n-th escape overall is the n-th bad byte found in the raw lines.
    offsets = _bad_byte_offsets(lines, encoding)
    if not offsets:
        return {}  # the common case, found at C speed: no value needs scanning
    bad: dict[int, str] = {}
    seen = 0
    for index, (column, value) in enumerate(values):
        count = _escaped_count(column) + _escaped_count(value)
        if count:
            byte = _first_escaped((column, value))
            where = f" at offset {offsets[seen]}" if seen < len(offsets) else ""
            bad[index] = f"byte 0x{byte:02X}{where} is not {label(encoding)} ({advice(encoding)})"
        seen += count
    return bad


def _sniff_delimiter(header_line: str) -> str:
    # Spreadsheets in French locales export with ';' (the ',' is their decimal separator).
    counts = {delimiter: header_line.count(delimiter) for delimiter in _DELIMITERS}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


class CsvReader:
    """Reads a CSV file: ``header`` once opened, then one ``SourceRow`` per record.

    The first line is the header. The delimiter is detected from it unless given. A UTF-8 byte order mark
    (as Excel writes) is skipped. Blank lines are skipped. Use as a context manager, or call ``close``.
    """

    def __init__(self, path: str | Path, *, delimiter: str | None = None, encoding: str = UTF8) -> None:
        self.path = Path(path)
        self._stream: BinaryIO = self.path.open("rb")
        try:
            self._lines = _Lines(self._stream, encoding)
            lines = iter(self._lines)
            first = next(lines, None)
            if first is None or not first.strip():
                raise InvalidFileError([RecordError(1, None, "the file has no header line")], path=str(path))
            self.delimiter = delimiter or _sniff_delimiter(first)
            self._reader = csv.reader(itertools.chain([first], lines), delimiter=self.delimiter, strict=True)
            self.header = [unescape_cell(column).strip() for column in self._next_cells(1)]
            header_values = [(column, "") for column in self.header]
            bad = _locate_bad_bytes(header_values, self._lines.take(), encoding)
            if bad:
                errors = [RecordError(1, None, f"column {index + 1}: {reason}") for index, reason in bad.items()]
                raise InvalidFileError(errors, path=str(path))
        except BaseException:
            self._stream.close()
            raise

    def _next_cells(self, row: int) -> list[str]:
        try:
            return next(self._reader)
        except csv.Error as exc:
            # The csv module cannot resynchronise after this (an unterminated quote, a NUL byte): stop here.
            raise InvalidFileError([RecordError(row, None, f"unreadable CSV: {exc}")], path=str(self.path)) from exc

    def __iter__(self) -> Iterator[SourceRow]:
        width = len(self.header)
        while True:
            start = self._reader.line_num + 1
            try:
                cells = self._next_cells(start)
            except StopIteration:
                return
            lines = self._lines.take()
            if not cells:
                continue
            # An exported cell neutralised against spreadsheet formulas reads back as the text it was.
            values = list(zip(self.header, map(unescape_cell, cells), strict=False))
            problem = None
            if len(cells) != width:
                problem = f"has {len(cells)} values but the header has {width} columns"
            yield SourceRow(start, values, _locate_bad_bytes(values, lines, self._lines.encoding), problem)

    def close(self) -> None:
        """Close the file."""
        self._stream.close()

    def __enter__(self) -> CsvReader:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def iter_jsonl(path: str | Path, *, encoding: str = UTF8) -> Iterator[SourceRow]:
    """Yield one ``SourceRow`` per non-blank line of a JSONL file: each line one JSON object (UTF-8 by default)."""
    with Path(path).open("rb") as stream:
        lines = _Lines(stream, encoding)
        for number, text in enumerate(lines, start=1):
            raw = lines.take()
            if not text.strip():
                continue
            try:
                parsed = json.loads(text)
            except json.JSONDecodeError as exc:
                bad = _locate_bad_bytes([("", text)], raw, encoding)
                reason = bad[0] if bad else f"not valid JSON: {exc.msg} (column {exc.colno})"
                yield SourceRow(number, [], problem=reason)
                continue
            except RecursionError:
                yield SourceRow(number, [], problem=f"nested deeper than {MAX_DEPTH} levels")
                continue
            except ValueError:  # the only other failure of json.loads: an integer past Python's digit limit
                limit = getattr(sys, "get_int_max_str_digits", lambda: 4300)()
                yield SourceRow(number, [], problem=f"holds a number longer than {limit} digits")
                continue
            if _depth_exceeds(parsed, MAX_DEPTH):
                yield SourceRow(number, [], problem=f"nested deeper than {MAX_DEPTH} levels")
                continue
            if not isinstance(parsed, dict):
                yield SourceRow(number, [], problem=f"expected a JSON object, got {type(parsed).__name__}")
                continue
            values = list(parsed.items())
            yield SourceRow(number, values, _locate_bad_bytes(values, raw, encoding))


def _depth_exceeds(value: Any, limit: int) -> bool:
    """Whether a parsed JSON value nests lists and objects more than ``limit`` deep (checked without recursion)."""
    stack = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, (dict, list)):
            if depth >= limit:
                return True
            children = node.values() if isinstance(node, dict) else node
            stack.extend((child, depth + 1) for child in children)
    return False


def sniff_format(path: str | Path) -> FileFormat:
    """``"jsonl"`` for ``.jsonl``/``.ndjson`` files or files whose first non-blank byte is ``{``; else ``"csv"``."""
    path = Path(path)
    if path.suffix.lower() in {".jsonl", ".ndjson"}:
        return "jsonl"
    if path.suffix.lower() in {".csv", ".tsv", ".txt"}:
        return "csv"
    with path.open("rb") as stream:
        head = stream.read(64).removeprefix(_BOM.encode()).lstrip()
    return "jsonl" if head.startswith(b"{") else "csv"
