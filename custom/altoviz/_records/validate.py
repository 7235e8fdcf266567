"""Checking one record against its entity (required fields, typed values), and a file for duplicate keys.

Values are converted to their wire type as they are checked (``"12.50"`` -> ``12.5``, ``"oui"`` -> ``True``),
so a record that passes is ready for ``Model.from_dict``. An empty value means "not given": an empty CSV
cell, or an empty string in a typed JSONL field, leaves the field out rather than sending ``""``.
"""

from __future__ import annotations

import datetime
import json
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from .entities import EntitySpec, FieldKind
from .errors import RecordError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_TRUE = frozenset({"true", "yes", "y", "1", "oui", "vrai"})
_FALSE = frozenset({"false", "no", "n", "0", "non", "faux"})
_SHOWN_CHARS = 60


def show(value: Any) -> str:
    """Quote a value as an error message shows it: JSON-quoted, cut short when long."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 4] + '..."'


def _email(value: Any) -> str:
    if isinstance(value, str) and _EMAIL.match(value.strip()):
        return value.strip()
    raise ValueError(f"{show(value)} is not an email address")


def _date(value: Any) -> str:
    if isinstance(value, str) and _DATE.match(value.strip()):
        try:
            return datetime.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass  # shaped like a date but not one (2025-02-30): the message below says so
    raise ValueError(f"{show(value)} is not a date (expected YYYY-MM-DD)")


def _number(value: Any) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    if isinstance(value, str) and _NUMBER.match(value.strip()):
        return float(value.strip())
    hint = " (use a dot for decimals, like 12.5)" if isinstance(value, str) and "," in value else ""
    raise ValueError(f"{show(value)} is not a number{hint}")


def _integer(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _INTEGER.match(value.strip()):
        return int(value.strip())
    raise ValueError(f"{show(value)} is not a whole number")


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise ValueError(f"{show(value)} is not true or false")


_CONVERTERS: dict[FieldKind, Callable[[Any], Any]] = {
    FieldKind.EMAIL: _email,
    FieldKind.DATE: _date,
    FieldKind.NUMBER: _number,
    FieldKind.INTEGER: _integer,
    FieldKind.BOOLEAN: _boolean,
}


def set_path(record: dict[str, Any], path: str, value: Any) -> None:
    """Set a dotted wire path in a nested record, creating the objects on the way.

    Raises ``ValueError`` when the path runs through a value that is not an object.
    """
    *parents, leaf = path.split(".")
    node = record
    for name in parents:
        child = node.setdefault(name, {})
        if not isinstance(child, dict):
            raise ValueError(f"{name} is given both as a value and as an object")
        node = child
    if isinstance(node.get(leaf), dict) and not isinstance(value, dict):
        raise ValueError(f"{leaf} is given both as a value and as an object")
    if isinstance(node.get(leaf), dict) and isinstance(value, dict):
        node[leaf].update(value)
    else:
        node[leaf] = value


def locations(record: Any, path: str) -> Iterator[tuple[str, dict[str, Any], str]]:
    """Every value present at a wire path: (concrete path like ``lines[2].quantity``, its parent, its key)."""
    yield from _locations(record, path.split("."), "")


def _locations(node: Any, parts: list[str], prefix: str) -> Iterator[tuple[str, dict[str, Any], str]]:
    head, *rest = parts
    key = head.removesuffix("[]")
    if not isinstance(node, dict) or key not in node:
        return
    here = prefix + key
    if not rest:
        yield here, node, key
    elif head.endswith("[]"):
        items = node[key] if isinstance(node[key], list) else []
        for index, item in enumerate(items):
            yield from _locations(item, rest, f"{here}[{index}].")
    else:
        yield from _locations(node[key], rest, here + ".")


def contains_nul(value: Any) -> bool:
    """Whether a value (a cell, or a JSON value with its keys) holds a NUL character anywhere."""
    if isinstance(value, str):
        return "\x00" in value  # every CSV cell: no stack needed
    stack = [value]
    while stack:  # iterative: a JSONL value may be nested as deep as the reader allows
        node = stack.pop()
        if isinstance(node, str):
            if "\x00" in node:
                return True
        elif isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return False


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _present(record: dict[str, Any], path: str) -> bool:
    return any(not _is_empty(parent[key]) for _, parent, key in locations(record, path))


def validate_record(
    spec: EntitySpec, row: int, record: dict[str, Any], *, reported: Iterable[str] = ()
) -> list[RecordError]:
    """Check a record (converting typed values in place); return its problems, empty when it is valid.

    ``reported`` names fields already found bad (bytes that are not UTF-8): they are not checked again.
    """
    skip = set(reported)
    errors = _check_key(spec, row, record) if spec.key not in skip else []
    errors += [
        RecordError(row, field, "is required but empty")
        for field in spec.required
        if field != spec.key and field not in skip and not _present(record, field)
    ]
    errors += [
        RecordError(row, group[0], f"is required but empty: give one of {', '.join(group)}")
        for group in spec.required_one_of
        if not skip.intersection(group) and not any(_present(record, field) for field in group)
    ]
    errors += _convert_typed(spec, row, record, skip)
    return errors


def _check_key(spec: EntitySpec, row: int, record: dict[str, Any]) -> list[RecordError]:
    key = record.get(spec.key)
    if isinstance(key, int) and not isinstance(key, bool):
        # A JSON export may carry numeric ids; the wire field is a string, and "42" is what was meant.
        record[spec.key] = key = str(key)
    if _is_empty(key):
        return [RecordError(row, spec.key, "is empty: every record needs one (it makes the import exactly-once)")]
    if not isinstance(key, str):
        return [RecordError(row, spec.key, f"{show(key)} is not text")]
    record[spec.key] = key.strip()
    return []


def _convert_typed(spec: EntitySpec, row: int, record: dict[str, Any], skip: set[str]) -> list[RecordError]:
    errors: list[RecordError] = []
    for path, kind in spec.kinds.items():
        if path in skip:
            continue
        for where, parent, key in list(locations(record, path)):
            value = parent[key]
            if _is_empty(value):
                del parent[key]
                continue
            try:
                parent[key] = _CONVERTERS[kind](value)
            except ValueError as exc:
                errors.append(RecordError(row, where, str(exc)))
    return errors


def find_duplicates(keys: Iterable[tuple[int, str]], *, field: str) -> list[RecordError]:
    """One error per row whose key another row also has. ``keys`` are (row, key) pairs.

    Every row of a duplicated key is invalid, the first as well: which of them the user meant is not
    something the importer can know, and importing the first would make the others look already imported.
    """
    rows_by_key: dict[str, list[int]] = defaultdict(list)
    for row, key in keys:
        rows_by_key[key].append(row)
    return duplicate_errors(rows_by_key, field=field)


def duplicate_errors(rows_by_key: Mapping[str, Sequence[int]], *, field: str) -> list[RecordError]:
    """One error per row of each key given on more than one row (``rows_by_key`` holds only those keys)."""
    return [
        RecordError(row, field, f"{show(key)} is used by rows {', '.join(map(str, rows))}: it must be unique")
        for key, rows in rows_by_key.items()
        if len(rows) > 1
        for row in rows
    ]
