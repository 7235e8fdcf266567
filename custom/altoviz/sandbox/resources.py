"""The plain entity types the sandbox serves, read from ``altoviz.registry``: operations, paths and find filters.

A plain type is one with list, create and get and no PDF (the sale documents are ``documents.py``). What the
server computes is chosen by rules on the read model's fields, not per entity: a ``number`` gets the next of a
sequence, a ``name`` beside ``companyName`` is derived from it, a contact's display names from its person.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import attrs

from ..registry import ENTITIES, Entity, wire_name
from .store import Record

# The registry's verbs of the operations a plain type may have.
LIST, CREATE, FIND, BY_INTERNAL_ID, GET, UPDATE, DELETE, CONTACTS = (
    "list",
    "create",
    "find",
    "get_by_internal_id",
    "get",
    "update",
    "delete",
    "get_contacts",
)
SERVER_OWNED = ("imageUrl",)
"""Fields set through another resource (a product's image upload), which an update therefore cannot change."""


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _person_name(record: Record) -> str | None:
    name = " ".join(p for p in (_text(record.get("firstName")), _text(record.get("lastName"))) if p)
    return name or None


def _customer_like(record: Record) -> None:
    # The API's read-only ``name``: the company name, else the person's name.
    record["name"] = record.get("companyName") if isinstance(record.get("companyName"), str) else _person_name(record)


def _supplier(record: Record) -> None:
    if not isinstance(record.get("name"), str):
        record["name"] = _person_name(record)


def _contact(record: Record) -> None:
    first, last = _text(record.get("firstName")), _text(record.get("lastName"))
    record["displayName"] = " ".join(p for p in (first, last) if p) or record.get("companyName")
    record["invertedDisplayName"] = " ".join(p for p in (last, first) if p) or record.get("companyName")


def _nothing(record: Record) -> None:
    return None


@dataclass(frozen=True)
class Resource:
    """One plain entity type served under ``path``."""

    kind: str
    path: str
    operations: frozenset[str]
    find_params: tuple[str, ...] = ()
    number_prefix: str | None = None
    """When set, a record created without a number gets the next one of this sequence."""
    derive: Callable[[Record], None] = _nothing
    """Fills the read-only fields the server computes."""
    kept_on_update: tuple[str, ...] = ()
    """Server-owned fields an update cannot change."""
    owner_field: str = ""
    """The field of a contact's record that names its owner of this type: ``customerId``, ``supplierId``."""
    links: tuple[str, ...] = ()
    """Sandbox-only body fields that tie a record to another: read from the body as sent, kept server-side
    (never stored in the record nor returned, as the API's binder ignores unknown properties)."""


def _wire_fields(model: type) -> frozenset[str]:
    if not attrs.has(model):
        return frozenset()
    return frozenset(str(f.metadata.get("wire", f.name)) for f in attrs.fields(model)) | frozenset(
        wire_name(f.name) for f in attrs.fields(model)
    )


def number_prefix(entity: Entity) -> str:
    """Name the sequence of a type's numbers: initials of a compound noun (``CF``), else three letters (``CUS``)."""
    words = entity.singular.split("-")
    return "".join(w[0] for w in words).upper() if len(words) > 1 else words[0][:3].upper()


def _derive(fields: frozenset[str]) -> Callable[[Record], None]:
    if "displayName" in fields:
        return _contact
    if {"name", "companyName"} <= fields:
        return _customer_like
    if {"name", "lastName"} <= fields:
        return _supplier
    return _nothing


def owner_field(entity: Entity) -> str:
    """Name the sandbox-only link a contact's body names its owner with: ``customerId``, ``supplierId``."""
    return wire_name(entity.singular.replace("-", "_")) + "Id"


def resource(entity: Entity) -> Resource:
    """Return the plain type of a registry entity."""
    fields = _wire_fields(entity.model)
    return Resource(
        kind=entity.name,
        path=entity.path,
        operations=frozenset(entity.operation_paths),
        find_params=tuple(entity.find_filter_wire.values()),
        number_prefix=number_prefix(entity) if "number" in fields else None,
        derive=_derive(fields),
        kept_on_update=tuple(name for name in SERVER_OWNED if name in fields),
        owner_field=owner_field(entity),
        links=tuple(owner_field(owner) for owner in ENTITIES.values() if owner.has(CONTACTS))
        if _derive(fields) is _contact
        else (),
    )


RESOURCES: tuple[Resource, ...] = tuple(
    resource(entity)
    for entity in ENTITIES.values()
    if all(entity.has(verb) for verb in (LIST, CREATE, GET)) and not entity.has("download")
)
