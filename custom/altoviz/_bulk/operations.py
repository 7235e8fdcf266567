"""From an entity name to its generated operations, by the naming rule alone.

``make regenerate`` names operations ``create_<singular>``, ``update_<singular>``,
``get_<singular>_by_internal_id`` and ``find_<plural>`` inside ``altoviz_client.api.<plural>`` (see the README).
Bulk imports find them by that rule, so an entity Altoviz adds tomorrow imports without a line of code here.
The record model is the type of the create operation's ``body``.
"""

from __future__ import annotations

import importlib
import typing
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import attrs

from .._call import Operation
from .._records.entities import KEY_FIELD, WireModel

API_PACKAGE = "altoviz_client.api"


class UnsupportedEntityError(ValueError):
    """The entity has no generated operations that a bulk upsert can use."""


@dataclass(frozen=True)
class EntityOps:
    """The generated operations and the model of one entity type."""

    name: str
    """The tag: ``customers``, ``sale_invoices``."""
    model: type[WireModel]
    create: Operation[..., Any]
    update: Operation[..., Any] | None
    """None when the API cannot update this entity (customer families): a differing record then fails."""
    get_by_internal_id: Operation[..., Any] | None
    """Preferred for lookups: one record or 404."""
    find: Operation[..., Any] | None
    """``find_<plural>(internal_id=...)``: a list, used when there is no ``get_..._by_internal_id``."""


def tag_of(entity: str) -> str:
    """Return the generated tag for an entity name: ``Sale-Invoices`` and ``sale_invoices`` give ``sale_invoices``."""
    return entity.strip().lower().replace("-", "_").replace(" ", "_")


def singular_of(tag: str) -> str:
    """Singularize the last word of a tag the way the naming rule does: ``customer_families`` -> ``customer_family``."""
    head, _, last = tag.rpartition("_")
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith("s"):
        last = last[:-1]
    return f"{head}_{last}" if head else last


def _module(tag: str, name: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"{API_PACKAGE}.{tag}.{name}")
    except ModuleNotFoundError:
        return None


def _has_key_field(model: type[Any]) -> bool:
    if not attrs.has(model):
        return False
    return any(field.name == "internal_id" for field in attrs.fields(model))


def entity_ops(entity: str) -> EntityOps:
    """Discover the operations of ``entity`` (``customers``, ``sale-invoices``, ``customer_families``...).

    Raises ``UnsupportedEntityError`` when it has no create operation, no model with ``internalId``, or no way
    to look a record up by ``internalId``.
    """
    tag = tag_of(entity)
    try:
        importlib.import_module(f"{API_PACKAGE}.{tag}")
    except ModuleNotFoundError:
        raise UnsupportedEntityError(f"unknown entity {entity!r}: no package {API_PACKAGE}.{tag}") from None
    one = singular_of(tag)
    create = _module(tag, f"create_{one}")
    if create is None:
        raise UnsupportedEntityError(f"{tag} cannot be imported: no create_{one} operation")
    model = typing.get_type_hints(create._get_kwargs).get("body")
    if not isinstance(model, type) or not _has_key_field(model):
        raise UnsupportedEntityError(f"{tag} cannot be upserted: its model has no {KEY_FIELD} field")
    by_key = _module(tag, f"get_{one}_by_internal_id")
    find = _module(tag, f"find_{tag}")
    if find is not None and "internal_id" not in typing.get_type_hints(find._get_kwargs):
        find = None
    if by_key is None and find is None:
        raise UnsupportedEntityError(f"{tag} cannot be upserted safely: no way to look a record up by {KEY_FIELD}")
    return EntityOps(
        name=tag,
        model=typing.cast("type[WireModel]", model),
        create=typing.cast("Operation[..., Any]", create),
        update=typing.cast("Operation[..., Any] | None", _module(tag, f"update_{one}")),
        get_by_internal_id=typing.cast("Operation[..., Any] | None", by_key),
        find=typing.cast("Operation[..., Any] | None", find),
    )
