"""Which entity an event type is about: its read model (to parse ``data``) and its collection name.

An event type is ``<Entity><Action>``: ``InvoiceCreated`` is about the entity whose official CLI noun is
``invoice``. Everything else comes from the entity registry, so a new entity type in the spec needs no
edit here.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
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
    # Until the generated entity registry lands, the generated API itself answers: the resource package
    # named for the noun (``sale_invoices`` for ``Invoice``) whose ``get_`` operation returns the model of
    # that name. Only the generated code is read; nothing here lists entities.
    from altoviz_client import api, models

    model = getattr(models, noun, None)
    if not isinstance(model, type):
        return None
    suffix = f"{noun.lower()}s"
    for info in pkgutil.iter_modules(api.__path__):
        if not info.name.endswith(suffix):
            continue
        try:
            op = importlib.import_module(f"altoviz_client.api.{info.name}.get_{info.name[:-1]}")
        except ImportError:
            continue
        returned = op._parse_success.__annotations__.get("return")
        if getattr(returned, "__name__", returned) == noun:
            return info.name, model
    return None
