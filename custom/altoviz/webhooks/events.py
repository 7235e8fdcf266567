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


@dataclass(frozen=True, slots=True, init=False)
class WebhookEvent(Generic[M]):
    """One event Altoviz sent: ``InvoiceCreated`` with the invoice as it now is, for instance."""

    id: str
    """The event's id: the key duplicate deliveries share."""
    type: WebhookType
    """The event type. A type this SDK does not list is kept as it came (``type.value`` is the name)."""
    data: M
    """The entity parsed into its read model (``Invoice`` for ``InvoiceCreated``); the raw JSON for an unknown type."""
    body: bytes = field(repr=False, compare=False)
    """The delivery as it came: JSON text, which ``raw`` parses."""

    def __init__(self, id: str, type: WebhookType, data: M, body: bytes) -> None:
        # The instance is frozen (its __setattr__ raises), so the fields are written through their slots'
        # descriptors, bound once below: what the dataclass's own __init__ does with object.__setattr__, at
        # about half the cost. Slots and the body as bytes, not a __dict__ and the parsed JSON: a queued event
        # keeps alive a few objects fewer for the garbage collector to go through while it waits (issue 12).
        _set_id(self, id)
        _set_type(self, type)
        _set_data(self, data)
        _set_body(self, body)

    @property
    def raw(self) -> dict[str, Any]:
        """The whole delivery as JSON, for fields this SDK does not know yet (parsed from ``body`` on each read)."""
        raw: dict[str, Any] = _loads(self.body)
        return raw

    @property
    def known(self) -> bool:
        """Whether ``data`` was parsed into a model (the type names an entity this SDK knows)."""
        return entity_for_type(self.type.value) is not None


_slots = WebhookEvent.__dict__
_set_id, _set_type, _set_data, _set_body = (_slots[name].__set__ for name in ("id", "type", "data", "body"))


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
    if type(event_id) is not str or not event_id:
        if isinstance(event_id, bool) or not isinstance(event_id, (str, int)) or event_id == "":
            raise MalformedDeliveryError("'id' must be a non-empty string or an integer")
        event_id = str(event_id)
    known = _KNOWN.get(event_type) if isinstance(event_type, str) else None
    if known is None:
        if not isinstance(event_type, str) or not event_type:
            raise MalformedDeliveryError("'type' must be a non-empty string")
        known = _kind(event_type)
        if event_type in _LISTED:
            _KNOWN[event_type] = known
    try:
        data = payload["data"]
    except KeyError:
        raise MalformedDeliveryError("'data' is missing") from None
    kind, model, from_dict = known
    if from_dict is not None:
        if not isinstance(data, dict):
            raise MalformedDeliveryError(f"'data' of a {event_type} event must be a JSON object")
        try:
            data = from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise MalformedDeliveryError(
                f"'data' of a {event_type} event is not a valid {model.__name__} ({type(exc).__name__}: {exc})"
            ) from None
    return WebhookEvent(event_id, kind, data, body)


_Kind = tuple[WebhookType, Any, Callable[[dict[str, Any]], Any] | None]
"""An event type, the read model its ``data`` is parsed into and that model's ``from_dict`` (None: raw JSON)."""


def _kind(event_type: str) -> _Kind:
    entity = entity_for_type(event_type)
    model = None if entity is None else entity.model
    return WebhookType(event_type), model, getattr(model, "from_dict", None)


# The listed types, looked up in a dict once seen instead of calling the enum and the registry on every
# delivery. Types this SDK does not list are looked up each time, so that a sender cannot grow this table.
_LISTED = frozenset(member.value for member in WebhookType)
_KNOWN: dict[str, _Kind] = {}
