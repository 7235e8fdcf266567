"""The plain entity types: which operations each one has, and the fields the server fills in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .store import Record

LIST, CREATE, FIND, BY_INTERNAL_ID, GET, UPDATE, DELETE, CONTACTS = (
    "list",
    "create",
    "find",
    "by_internal_id",
    "get",
    "update",
    "delete",
    "contacts",
)


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
    links: tuple[str, ...] = ()
    """Sandbox-only body fields that tie a record to another: read from the body as sent, kept server-side
    (never stored in the record nor returned, as the API's binder ignores unknown properties)."""


_ALL = frozenset({LIST, CREATE, FIND, BY_INTERNAL_ID, GET, UPDATE, DELETE})

RESOURCES: tuple[Resource, ...] = (
    Resource("colleagues", "/v1/Colleagues", _ALL, ("email", "internalId", "number"), "COL"),
    Resource(
        "contacts",
        "/v1/Contacts",
        _ALL - {BY_INTERNAL_ID},
        ("email", "internalId"),
        derive=_contact,
        links=("customerId", "supplierId"),
    ),
    Resource(
        "customer_families",
        "/v1/CustomerFamilies",
        frozenset({LIST, CREATE, FIND, GET, DELETE}),
        ("number", "internalId"),
        "CF",
    ),
    Resource(
        "customers",
        "/v1/Customers",
        _ALL | {CONTACTS},
        ("email", "internalId", "number"),
        "C",
        derive=_customer_like,
    ),
    Resource("product_families", "/v1/ProductFamilies", frozenset({LIST, CREATE, GET, DELETE}), (), "PF"),
    Resource(
        "products",
        "/v1/Products",
        _ALL - {BY_INTERNAL_ID},
        ("number", "internalId"),
        "P",
        kept_on_update=("imageUrl",),
    ),
    Resource("receipts", "/v1/Receipts", _ALL - {BY_INTERNAL_ID}, ("internalId",)),
    Resource(
        "suppliers",
        "/v1/Suppliers",
        _ALL | {CONTACTS},
        ("email", "internalId"),
        "S",
        derive=_supplier,
    ),
)

CONTACT_OWNER_FIELDS = {"customers": "customerId", "suppliers": "supplierId"}
"""A contact belongs to a customer or supplier through one of these links (see ``Resource.links``)."""
