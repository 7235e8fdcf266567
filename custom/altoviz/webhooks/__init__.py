"""Receiving Altoviz webhooks: verify, parse into typed events, drop duplicates, run handlers off the request.

The core needs nothing beyond the SDK; ``starlette_route``, ``fastapi_router`` and ``verified_event`` need
Starlette (``pip install 'altoviz-client[webhooks]'``), ``RedisDedupeStore`` needs ``redis`` (``[redis]``).
They are imported on first use, so ``import altoviz.webhooks`` stays light.
"""

from typing import TYPE_CHECKING

from altoviz_client.models.webhook_type import WebhookType

from .dedupe import DedupeStore, MemoryDedupeStore
from .dispatch import Handler, ReceiverStats
from .errors import ForbiddenSourceError, InvalidSecretError, MalformedDeliveryError, WebhookError
from .events import WebhookEvent, parse_delivery
from .receiver import WebhookReceiver
from .registration import ensure_webhook
from .security import ALTOVIZ_SOURCE_IPS, DEFAULT_SECRET_HEADERS, SecretCheck, SourceCheck

if TYPE_CHECKING:
    from .integrations import fastapi_router, starlette_route, verified_event
    from .redis_store import RedisDedupeStore

__all__ = [
    "ALTOVIZ_SOURCE_IPS",
    "DEFAULT_SECRET_HEADERS",
    "DedupeStore",
    "ForbiddenSourceError",
    "Handler",
    "InvalidSecretError",
    "MalformedDeliveryError",
    "MemoryDedupeStore",
    "ReceiverStats",
    "RedisDedupeStore",
    "SecretCheck",
    "SourceCheck",
    "WebhookError",
    "WebhookEvent",
    "WebhookReceiver",
    "WebhookType",
    "ensure_webhook",
    "fastapi_router",
    "parse_delivery",
    "starlette_route",
    "verified_event",
]

_LAZY = {
    **dict.fromkeys(("fastapi_router", "starlette_route", "verified_event"), ".integrations"),
    "RedisDedupeStore": ".redis_store",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value
