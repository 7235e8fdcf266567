"""Shared pieces of the webhook tests: a secret, a receiver, deliveries built as Altoviz sends them."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from typing import Any

import pytest
from altoviz.sandbox.completion import as_sent
from altoviz.webhooks._entities import entity_for_type

from altoviz_client.models import Customer

CUSTOMER = as_sent(
    Customer, {"id": 7, "companyName": "Acme", "name": "Acme", "email": "billing@acme.test", "number": "C-000007"}
)


def sent_data(event_type: str, data: Any) -> Any:
    """``data`` as the API sends it for ``event_type``: the entity's read model complete (raw for other types)."""
    entity = entity_for_type(event_type)
    return as_sent(entity.model, data) if entity is not None and isinstance(data, dict) else data


def delivery(event_id: str = "evt-1", event_type: str = "CustomerCreated", data: Any = None) -> bytes:
    """A delivery body as Altoviz sends it."""
    body = {"id": event_id, "type": event_type, "data": sent_data(event_type, CUSTOMER if data is None else data)}
    return json.dumps(body).encode()


@pytest.fixture
def secret() -> str:
    return secrets.token_urlsafe(24)


@pytest.fixture
def headers(secret: str) -> Callable[..., dict[str, str]]:
    def build(**extra: str) -> dict[str, str]:
        return {"Content-Type": "text/plain", "X-Signature": secret, **extra}

    return build
