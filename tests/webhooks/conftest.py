"""Shared pieces of the webhook tests: a secret, a receiver, deliveries built as Altoviz sends them."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from typing import Any

import pytest

CUSTOMER = {"id": 7, "companyName": "Acme", "name": "Acme", "email": "billing@acme.test", "number": "C-000007"}


def delivery(event_id: str = "evt-1", event_type: str = "CustomerCreated", data: Any = None) -> bytes:
    """A delivery body as Altoviz sends it."""
    return json.dumps({"id": event_id, "type": event_type, "data": CUSTOMER if data is None else data}).encode()


@pytest.fixture
def secret() -> str:
    return secrets.token_urlsafe(24)


@pytest.fixture
def headers(secret: str) -> Callable[..., dict[str, str]]:
    def build(**extra: str) -> dict[str, str]:
        return {"Content-Type": "text/plain", "X-Signature": secret, **extra}

    return build
