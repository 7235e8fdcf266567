"""Which entity an event type is about: its read model (to parse ``data``) and its collection name.

An event type is ``<Entity><Action>``: ``InvoiceCreated`` is about the entity whose official CLI noun is
``invoice``. Everything else comes from the entity registry (``altoviz.registry``), so a new entity type in
the spec needs no edit here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

ACTIONS = ("Created", "Updated", "Deleted")
_TYPE = re.compile(r"^([A-Z][A-Za-z]*?)(Created|Updated|Deleted)$")


@dataclass(frozen=True)
class EventEntity:
    """The entity an event type names."""

    noun: str
    """The event's prefix: ``Invoice`` in ``InvoiceCreated``."""
    action: str
    """``Created``, ``Updated`` or ``Deleted``."""
    name: str
    """The entity's plural resource name, which is also the sandbox's collection: ``sale_invoices``."""
    model: type
    """The read model ``data`` is parsed into."""


def split_type(event_type: str) -> tuple[str, str] | None:
    """Split ``InvoiceCreated`` into ``("Invoice", "Created")``; None for a name of another shape."""
    match = _TYPE.match(event_type)
    return None if match is None else (match.group(1), match.group(2))


@functools.lru_cache(maxsize=64)
def entity_for_type(event_type: str) -> EventEntity | None:
    """Return the entity an event type is about, or None when no known entity matches it."""
    parts = split_type(event_type)
    if parts is None:
        return None
    noun, action = parts
    found = _lookup(noun)
    return None if found is None else EventEntity(noun, action, found[0], found[1])


def _lookup(noun: str) -> tuple[str, type] | None:
    # The event's prefix is the official CLI noun of its entity: "Invoice" -> lookup("invoice") -> sale_invoices.
    from ..registry import UnknownEntityError, lookup

    try:
        entity = lookup(noun)
    except UnknownEntityError:
        return None
    return None if entity.model is object else (entity.name, entity.model)
