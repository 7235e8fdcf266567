"""Reading a whole import file into validated wire-format records, before anything is sent.

Memory does not grow with the file beyond its set of ids: rows are read and validated one at a time, the
valid records go to a spool on disk (``spool``), and only each id's first row (to find duplicates) and the
errors stay in memory.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .encoding import UTF8, check_encoding, detect_encoding
from .entities import EntitySpec, entity_spec
from .errors import InvalidFileError, RecordError
from .mapping import ColumnResolver, plan_header
from .reader import CsvReader, FileFormat, SourceRow, iter_jsonl, sniff_format
from .record import Record
from .spool import RecordSpool
from .validate import contains_nul, duplicate_errors, set_path, validate_record

logger = logging.getLogger("altoviz.records")


@dataclass(frozen=True)
class LoadedRecords:
    """What ``load_records`` read: the valid records in file order, and every problem found."""

    entity: EntitySpec
    path: Path
    records: Sequence[Record]
    """The valid records in file order: a ``RecordSpool`` on disk, read again on each iteration."""
    errors: list[RecordError]
    """Row problems, sorted by row. Never empty-but-raised: without ``skip_invalid`` they raise instead."""
    ignored_columns: list[str]
    """Columns (or JSONL keys) that fill no field, so are not imported: worth showing, they may be typos."""

    @property
    def invalid_rows(self) -> list[int]:
        """The rows left out because of an error, in file order."""
        return sorted({error.row for error in self.errors})

    def __iter__(self) -> Iterator[Record]:
        return iter(self.records)

    def __len__(self) -> int:
        return len(self.records)


def load_records(
    entity: str | EntitySpec,
    path: str | Path,
    *,
    mapping: Mapping[str, str] | None = None,
    skip_invalid: bool = False,
    file_format: FileFormat | None = None,
    delimiter: str | None = None,
    encoding: str | None = None,
) -> LoadedRecords:
    """Read and validate an import file for one entity (``"customers"``, ``"products"``...).

    ``mapping`` maps column names to wire fields (see ``parse_map_pairs``, ``read_mapping_file``); without
    it, columns named like wire fields or the entity's flat aliases are understood. ``file_format`` is
    guessed from the extension (or the first byte) when not given; ``delimiter`` from the CSV header.
    ``encoding`` is the file's (``"cp1252"``, ``"latin-1"``...); without it a JSONL file is read as UTF-8
    (as JSON requires) and a CSV file as UTF-8, or as Windows-1252 when it is not UTF-8 (see
    ``_records.encoding``: what French Excel writes imports as it is).

    Raises ``InvalidFileError`` listing every problem when any row is invalid, unless ``skip_invalid``: then
    the valid rows are returned and the invalid ones are in ``errors``. Problems with the file as a whole
    (a required column missing, an undecodable header, broken CSV quoting) raise even with ``skip_invalid``,
    since no row could be imported correctly. Raises ``MappingError`` for a mapping to an unknown field.
    """
    spec = entity_spec(entity)
    path = Path(path)
    resolver = ColumnResolver(spec, mapping)
    file_format = file_format or sniff_format(path)
    if encoding is not None:
        encoding = check_encoding(encoding)
    loader = _Loader(spec, path)
    if file_format == "jsonl":
        for source in iter_jsonl(path, encoding=encoding or UTF8):
            loader.add(source, [resolver.target(column) for column, _ in source.values])
    else:
        with CsvReader(path, delimiter=delimiter, encoding=encoding or detect_encoding(path)) as reader:
            targets, header_errors = plan_header(reader.header, resolver)
            if header_errors:
                raise InvalidFileError(header_errors, path=str(path))
            for source in reader:
                loader.add(source, targets)
    loaded = loader.finish()
    logger.info("%s: %d valid %s record(s), %d invalid row(s)", path, len(loaded), spec.name, len(loaded.invalid_rows))
    if loaded.ignored_columns:
        logger.warning("%s: columns not imported (no matching field): %s", path, ", ".join(loaded.ignored_columns))
    if loaded.errors and not skip_invalid:
        raise InvalidFileError(loaded.errors, path=str(path))
    return loaded


class _Loader:
    """Validates row by row, spooling the valid records; settles duplicates at the end."""

    def __init__(self, spec: EntitySpec, path: Path) -> None:
        self.spec = spec
        self.path = path
        self.records = RecordSpool()
        self.errors: list[RecordError] = []
        # Each key's first row, negated when that row was invalid (so not spooled): the one per-row cost.
        self.first_row: dict[str, int] = {}
        self.duplicates: defaultdict[str, list[int]] = defaultdict(list)
        self.spooled_duplicates: set[int] = set()
        self.ignored: dict[str, None] = {}  # a dict keeps first-seen order, unlike a set

    def add(self, source: SourceRow, targets: Sequence[str | None]) -> None:
        if source.problem is not None:
            self.errors.append(RecordError(source.row, None, source.problem))
            return
        record, errors = self._assemble(source, targets)
        errors += validate_record(self.spec, source.row, record, reported=[e.field for e in errors if e.field])
        if errors:
            self.errors.extend(errors)
        else:
            self.records.append(Record(source.row, record))
        # Keys of invalid rows count too: a bad row sharing a key with a good one still means a mistake.
        key = record.get(self.spec.key)
        if isinstance(key, str) and key.strip():
            self._note_key(key.strip(), source.row, valid=not errors)

    def _note_key(self, key: str, row: int, *, valid: bool) -> None:
        first = self.first_row.setdefault(key, row if valid else -row)
        if abs(first) == row:
            return
        rows = self.duplicates[key]
        if not rows:
            rows.append(abs(first))
            if first > 0:
                self.spooled_duplicates.add(first)
        rows.append(row)
        if valid:
            self.spooled_duplicates.add(row)

    def _assemble(self, source: SourceRow, targets: Sequence[str | None]) -> tuple[dict[str, Any], list[RecordError]]:
        record: dict[str, Any] = {}
        errors: list[RecordError] = []
        for index, ((column, value), target) in enumerate(zip(source.values, targets, strict=True)):
            if target is None:
                self.ignored.setdefault(column)
            elif index in source.bad_values:
                errors.append(RecordError(source.row, target, source.bad_values[index]))
            elif contains_nul(value):
                # Valid in a CSV cell and in JSON, but no text field can hold it: stored, it truncates or breaks
                # whatever reads the field later (C strings, XML, the PDF the invoice becomes).
                errors.append(RecordError(source.row, target, "contains a NUL character (byte 0x00)"))
            elif isinstance(value, str) and not value.strip():
                continue  # an empty cell means "not given", never ""
            else:
                try:
                    set_path(record, target, value.strip() if isinstance(value, str) else value)
                except ValueError as exc:
                    errors.append(RecordError(source.row, target, str(exc)))
        return record, errors

    def finish(self) -> LoadedRecords:
        duplicates = duplicate_errors(self.duplicates, field=self.spec.key)
        errors = sorted([*self.errors, *duplicates], key=lambda error: error.row)
        self.records.seal(self.spooled_duplicates)
        return LoadedRecords(self.spec, self.path, self.records, errors, list(self.ignored))
