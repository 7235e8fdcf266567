"""Which wire field each column of an import file fills.

A column is resolved, first match wins:

1. by the user's mapping (``--map "Raison sociale=companyName"`` or a mapping file), matched exactly; a
   mapping to ``-`` (or to nothing) ignores the column;
2. by the entity's flat aliases (``street`` -> ``billingAddress.street`` for customers);
3. as a wire path itself (``email``, ``billingAddress.city``).

Steps 2 and 3 ignore case, spaces, ``_`` and ``-`` in flat names, so ``Company Name`` and ``company_name``
fill ``companyName``. A column that resolves to nothing is ignored and reported (``ignored_columns``), not
an error: CRM exports carry many columns an import does not need.

A mapping file has one ``column=field`` per line; blank lines and lines starting with ``#`` are skipped.
It is deliberately not JSON or YAML: it needs no dependency and reads like the ``--map`` options.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from .entities import EntitySpec
from .errors import MappingError, RecordError

IGNORE = "-"
"""A mapping target that says: this column is not imported."""

_HEADER_ROW = 1
_PATH = re.compile(r"^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$")
_LOOSE = re.compile(r"[\s_\-]+")


def parse_map_pairs(pairs: Iterable[str]) -> dict[str, str]:
    """Parse ``column=field`` pairs (the CLI's repeated ``--map``) into a mapping."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        column, field = _split_pair(pair, where=f"--map {pair!r}")
        mapping[column] = field
    return mapping


def read_mapping_file(path: str | Path) -> dict[str, str]:
    """Read a mapping file: one ``column=field`` per line, ``#`` comments and blank lines skipped."""
    mapping: dict[str, str] = {}
    text = Path(path).read_text(encoding="utf-8-sig")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        column, field = _split_pair(line, where=f"{path}, line {number}")
        mapping[column] = field
    return mapping


def _split_pair(pair: str, *, where: str) -> tuple[str, str]:
    column, sep, field = pair.partition("=")
    column, field = column.strip(), field.strip()
    if not sep or not column:
        raise MappingError(f"{where}: expected column=field")
    return column, field or IGNORE


def _loose(name: str) -> str:
    return _LOOSE.sub("", name).lower()


class ColumnResolver:
    """Resolves column names (CSV headers, top-level JSONL keys) to wire paths for one entity."""

    def __init__(self, spec: EntitySpec, mapping: Mapping[str, str] | None = None) -> None:
        self.spec = spec
        self.mapping = dict(mapping or {})
        self._wire = spec.wire_fields()
        for column, target in self.mapping.items():
            if target != IGNORE and not self._is_wire_path(target):
                raise MappingError(
                    f"column {column!r} is mapped to {target!r}, which is not a {spec.name} field "
                    f"(expected one of {', '.join(sorted(self._wire))}, or a dotted path like billingAddress.city)"
                )
        self._loose: dict[str, str] = {_loose(name): name for name in self._wire}
        # Aliases win over same-named wire fields: they are the entity's reading of a flat spreadsheet.
        self._loose.update({_loose(alias): target for alias, target in spec.aliases.items()})

    def _is_wire_path(self, path: str) -> bool:
        return bool(_PATH.match(path)) and path.split(".", 1)[0] in self._wire

    def target(self, column: str) -> str | None:
        """Return the wire path a column fills, or ``None`` when it is not imported."""
        if column in self.mapping:
            mapped = self.mapping[column]
            return None if mapped == IGNORE else mapped
        if "." in column:
            return column if self._is_wire_path(column) else None
        return self._loose.get(_loose(column))


def plan_header(header: Sequence[str], resolver: ColumnResolver) -> tuple[list[str | None], list[RecordError]]:
    """Resolve a CSV header: the target of each column, and the problems that make the file unreadable.

    Problems: a column named twice, two columns filling one field, a mapped column the file does not have,
    a required field no column fills.
    """
    targets = [resolver.target(column) for column in header]
    errors: list[RecordError] = []
    seen: dict[str, str] = {}
    for index, (column, target) in enumerate(zip(header, targets, strict=True)):
        if column in header[:index]:
            errors.append(RecordError(_HEADER_ROW, target, f"column {column!r} appears more than once in the header"))
        elif target is not None and target in seen:
            errors.append(RecordError(_HEADER_ROW, target, f"columns {seen[target]!r} and {column!r} both fill it"))
        elif target is not None:
            seen[target] = column
    for column in resolver.mapping:
        if column not in header:
            errors.append(
                RecordError(_HEADER_ROW, resolver.mapping[column], f"mapped column {column!r} is not in the header")
            )
    errors.extend(_missing_required(resolver.spec, set(seen)))
    return targets, errors


def _missing_required(spec: EntitySpec, filled: set[str]) -> list[RecordError]:
    errors = [
        RecordError(_HEADER_ROW, field, "required column is missing") for field in spec.required if field not in filled
    ]
    errors.extend(
        RecordError(_HEADER_ROW, group[0], f"required column is missing: the file needs one of {', '.join(group)}")
        for group in spec.required_one_of
        if not filled.intersection(group)
    )
    return errors
