"""Records as the API sends them: every field the read model types plainly is present.

ASP.NET serializes every property of a response, so a read model may require the ones the document declares
non-nullable (``id``, numbers, booleans, enums, dates; see openapi/normalize.py ``split_read_write``). The
sandbox stores what it was sent; before a record is stored, the plain fields it lacks get their type's
default value (``0``, ``false``, the enum's first value, today), as a C# value type would. Nullable fields
stay absent, which reads as ``None``, like the ``null`` the API sends. The read model comes from the registry.
"""

from __future__ import annotations

import datetime
import enum
import functools
import types
import typing
from typing import Any

import attrs

from ..registry import ENTITIES, wire_fields

_MAX_DEPTH = 4
"""Nested models are completed this deep (a document's lines' product's unit is four); a cycle stops here."""


def _default(annotation: Any) -> tuple[bool, Any]:
    """Return (True, default) for a plain (non-nullable) annotation, (False, None) for a nullable one."""
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and type(None) in args:
        return False, None
    if annotation is bool:
        return True, False
    if annotation is int:
        return True, 0
    if annotation is float:
        return True, 0.0
    if annotation is str:
        return True, ""
    if annotation is datetime.date:
        return True, datetime.date.today().isoformat()
    if annotation is datetime.datetime:
        return True, datetime.datetime.now(datetime.timezone.utc).isoformat()
    if typing.get_origin(annotation) is list:
        return True, []
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return True, next(iter(annotation)).value
    if isinstance(annotation, type) and attrs.has(annotation):
        return True, {}
    return False, None


@functools.cache
def _plain_fields(model: type) -> tuple[tuple[str, Any, Any], ...]:
    """(wire name, default, nested model or None) for each plain field of a read model."""
    out = []
    for name, annotation in wire_fields(model).items():
        plain, default = _default(annotation)
        nested = _nested_model(annotation)
        if plain or nested is not None:
            out.append((name, default if plain else None, nested))
    return tuple(out)


def _nested_model(annotation: Any) -> type | None:
    for arg in (*typing.get_args(annotation), annotation):
        if typing.get_origin(arg) is list:
            (item,) = typing.get_args(arg) or (None,)
            return item if isinstance(item, type) and attrs.has(item) else None
        if isinstance(arg, type) and attrs.has(arg):
            return arg
    return None


def complete_as(model: type, record: Any, depth: int = 0) -> None:
    """Fill the plain fields ``record`` lacks (in place), in nested objects and lists too."""
    if depth >= _MAX_DEPTH or not isinstance(record, dict):
        return
    for name, default, nested in _plain_fields(model):
        if name not in record and default is not None:
            record[name] = default.copy() if isinstance(default, (list, dict)) else default
        value = record.get(name)
        if nested is not None:
            for item in value if isinstance(value, list) else [value]:
                complete_as(nested, item, depth + 1)


def complete(kind: str, record: dict[str, Any]) -> dict[str, Any]:
    """Complete a record of entity ``kind`` (a registry name) as its read model wants it; return it."""
    entity = ENTITIES.get(kind)
    if entity is not None and entity.model is not object:
        complete_as(entity.model, record)
    return record


def as_sent(model: type, record: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of ``record`` completed as the API would send a ``model`` (for tests that mock answers)."""
    import copy

    sent = copy.deepcopy(record)
    complete_as(model, sent)
    return sent
