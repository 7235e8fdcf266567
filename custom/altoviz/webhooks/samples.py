"""A realistic sample event of any type, for ``altoviz webhook trigger`` and for tests of a receiver.

The data is the entity's read model filled with plausible values for the fields most entities share
(ids, numbers, names, email, dates), keeping only the fields the model has: no per-entity table. The other
fields the API always sends (non-nullable ones) get their type's default, as the sandbox completes a record.
"""

from __future__ import annotations

import datetime
import json
import re
import uuid
from typing import Any

import attrs

from ..sandbox.completion import as_sent
from ._entities import entity_for_type

_COMMON: dict[str, Any] = {
    "id": 4242,
    "internalId": "sample-4242",
    "number": "SAMPLE-000042",
    "name": "Sample 4242",
    "companyName": "Sample Company",
    "customerName": "Sample Company",
    "firstName": "Ada",
    "lastName": "Lovelace",
    "email": "ada@example.com",
    "phone": "+33 1 23 45 67 89",
    "customerId": 42,
    "isDraft": False,
    "currencyCode": "EUR",
}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _wire_names(model: type) -> set[str]:
    # Generated models name each attribute as its wire field in snake case.
    return {_camel(f.name) for f in attrs.fields(model) if f.name != "additional_properties"}


def sample_data(event_type: str) -> dict[str, Any]:
    """Return plausible ``data`` for ``event_type``, as the API would send it; ``{}`` for an unknown type."""
    entity = entity_for_type(event_type)
    if entity is None or not attrs.has(entity.model):
        return {}
    today = datetime.date.today().isoformat()
    values = {**_COMMON, "date": today, "dueDate": today, "createdAt": f"{today}T09:30:00Z"}
    known = _wire_names(entity.model)
    data = as_sent(entity.model, {name: value for name, value in values.items() if name in known})
    parsed = entity.model.from_dict(data)  # type: ignore[attr-defined]
    result: dict[str, Any] = parsed.to_dict()
    return result


def sample_delivery(event_type: str) -> bytes:
    """Return a whole delivery body (``{"id", "type", "data"}``) with a fresh event id."""
    if not re.fullmatch(r"[A-Za-z]+", event_type):
        raise ValueError(f"not an event type: {event_type!r}")
    body = {"id": str(uuid.uuid4()), "type": event_type, "data": sample_data(event_type)}
    return json.dumps(body).encode()
