"""Which webhook event type a change to a sandbox collection is: ``("sale_invoices", "Created")`` -> ``InvoiceCreated``.

Read from the event types the spec lists and the entity each names, so the sandbox holds no table of its own.
"""

from __future__ import annotations

import functools

from altoviz_client.models.webhook_type import WebhookType

from ..webhooks._entities import entity_for_type


@functools.cache
def _types_by_change() -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for member in WebhookType:
        entity = entity_for_type(member.value)
        if entity is not None:
            table[(entity.name, entity.action)] = member.value
    return table


def event_type_for(kind: str, action: str) -> str | None:
    """Return the event type of ``action`` on a record of collection ``kind``, or None when there is none."""
    return _types_by_change().get((kind, action))
