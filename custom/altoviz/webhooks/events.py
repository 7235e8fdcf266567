"""A webhook delivery as the receiver hands it to handlers, and the parser that builds it from raw bytes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from altoviz_client.models.webhook_type import WebhookType

from ._entities import entity_for_type
from .errors import MalformedDeliveryError

_loads: Callable[[bytes], Any]
try:  # The [webhooks] extra brings orjson: it parses a delivery several times faster than json.
    from orjson import loads as _loads
except ImportError:  # pragma: no cover - exercised by installs without the extra
    from json import loads as _loads

M = TypeVar("M")


@dataclass(frozen=True)
class WebhookEvent(Generic[M]):
    """One event Altoviz sent: ``InvoiceCreated`` with the invoice as it now is, for instance."""

    id: str
    """The event's id: the key duplicate deliveries share."""
    type: WebhookType
    """The event type. A type this SDK does not list is kept as it came (``type.value`` is the name)."""
    data: M
    """The entity parsed into its read model (``Invoice`` for ``InvoiceCreated``); the raw JSON for an unknown type."""
    raw: dict[str, Any] = field(repr=False, compare=False)
    """The whole delivery as JSON, for fields this SDK does not know yet."""

    @property
    def known(self) -> bool:
        """Whether ``data`` was parsed into a model (the type names an entity this SDK knows)."""
        return entity_for_type(self.type.value) is not None


def parse_delivery(body: bytes) -> WebhookEvent[Any]:
    """Parse a delivery's body (``text/plain`` JSON ``{"id", "type", "data"}``) into an event.

    Raises ``MalformedDeliveryError`` saying what is wrong; the message never quotes the body.
    """
    try:
        payload = _loads(body)
    except ValueError as exc:  # both parsers' decode errors are ValueErrors (UnicodeDecodeError too)
        raise MalformedDeliveryError(f"the body is not JSON ({type(exc).__name__})") from None
    if not isinstance(payload, dict):
        raise MalformedDeliveryError("the body is not a JSON object")
    event_id, event_type = payload.get("id"), payload.get("type")
    # The id's type is not documented: accept the two JSON shapes an id takes, and compare them as text.
    if isinstance(event_id, bool) or not isinstance(event_id, (str, int)) or event_id == "":
        raise MalformedDeliveryError("'id' must be a non-empty string or an integer")
    if not isinstance(event_type, str) or not event_type:
        raise MalformedDeliveryError("'type' must be a non-empty string")
    if "data" not in payload:
        raise MalformedDeliveryError("'data' is missing")
    kind = WebhookType(event_type)
    return WebhookEvent(str(event_id), kind, _parse_data(event_type, payload["data"]), payload)


def _parse_data(event_type: str, data: Any) -> Any:
    entity = entity_for_type(event_type)
    if entity is None:
        return data
    if not isinstance(data, dict):
        raise MalformedDeliveryError(f"'data' of a {event_type} event must be a JSON object")
    try:
        return entity.model.from_dict(data)  # type: ignore[attr-defined]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise MalformedDeliveryError(
            f"'data' of a {event_type} event is not a valid {entity.model.__name__} ({type(exc).__name__}: {exc})"
        ) from None
