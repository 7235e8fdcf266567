"""From an entity name to the generated operations a bulk upsert uses, read from ``altoviz.registry``.

The registry is generated from the spec, so an entity Altoviz adds tomorrow imports without a line of code
here. The record model is what the create operation sends (the registry's ``write_model``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

import attrs

from .._call import Operation
from .._records.entities import KEY_FIELD, WireModel
from ..registry import UnknownEntityError, lookup


class UnsupportedEntityError(ValueError):
    """The entity has no generated operations that a bulk upsert can use."""


@dataclass(frozen=True)
class EntityOps:
    """The generated operations and the model of one entity type."""

    name: str
    """The registry name: ``customers``, ``sale_invoices``."""
    model: type[WireModel]
    create: Operation[..., Any]
    update: Operation[..., Any] | None
    """None when the API cannot update this entity (customer families): a differing record then fails."""
    get_by_internal_id: Operation[..., Any] | None
    """Preferred for lookups: one record or 404."""
    find: Operation[..., Any] | None
    """``find(internal_id=...)``: a list, used when there is no ``get_..._by_internal_id``."""


def _has_key_field(model: type[Any] | None) -> bool:
    return model is not None and attrs.has(model) and any(f.name == "internal_id" for f in attrs.fields(model))


def entity_ops(entity: str) -> EntityOps:
    """Return the operations of ``entity`` (``customers``, ``sale-invoices``, ``invoice``...).

    Raises ``UnsupportedEntityError`` when it is unknown, has no create operation, no model with ``internalId``,
    or no way to look a record up by ``internalId``.
    """
    try:
        found = lookup(entity)
    except UnknownEntityError as exc:
        raise UnsupportedEntityError(str(exc)) from None
    if not found.has("create"):
        raise UnsupportedEntityError(f"{found.name} cannot be imported: it has no create operation")
    if not _has_key_field(found.write_model):
        raise UnsupportedEntityError(f"{found.name} cannot be upserted: its model has no {KEY_FIELD} field")
    if found.internal_id_lookup is None:
        raise UnsupportedEntityError(
            f"{found.name} cannot be upserted safely: no way to look a record up by {KEY_FIELD}"
        )
    ops = found.operations

    def op(verb: str) -> Operation[..., Any] | None:
        return cast("Operation[..., Any]", ops[verb]) if found.has(verb) else None

    return EntityOps(
        name=found.name,
        model=cast("type[WireModel]", found.write_model),
        create=cast("Operation[..., Any]", ops["create"]),
        update=op("update"),
        get_by_internal_id=op("get_by_internal_id"),
        find=op("find") if found.internal_id_verb == "find" else None,
    )
