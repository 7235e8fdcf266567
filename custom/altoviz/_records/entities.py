"""What each importable entity is: its generated model, the fields a record must have, the typed fields to check.

Every record must carry a non-empty ``internalId``: the importer finds an already-created record through it
(``Find``/``GetByInternalId``), which is what makes a re-run or a retried create exactly-once. Beyond that,
each entity requires what makes a record useful in Altoviz, not what the schema marks required (it marks
nothing required):

==================  ======================================================================================
entity              required
==================  ======================================================================================
customers           ``internalId``; a name: ``companyName`` or ``lastName`` (a business or a person)
suppliers           ``internalId``; a name: ``name`` (the company) or ``lastName``
contacts            ``internalId``; ``lastName``
products            ``internalId``; ``name``; ``unitPrice`` (a number): a product without a price cannot be
                    put on an invoice line
customer-families   ``internalId``; ``label``
receipts            ``internalId``; ``date``; ``amount`` (a number)
sale-invoices       ``internalId``; ``date``; the customer: ``customerId`` or ``customerNumber`` (an invoice is
                    created as a draft, so lines may come later; from JSONL they come as ``lines``)
==================  ======================================================================================

Typed fields are checked before anything is sent: emails look like addresses, dates are ``YYYY-MM-DD``
(the wire format, and the only unambiguous one: 03/04/2025 is March or April depending on who typed it),
numbers use a dot for decimals. Enum fields (``type``, ``paymentMethod``) are not checked: the API adds
values over time and the server is the judge of which ones it accepts.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Protocol, cast

import attrs

from altoviz_client.models.contact import Contact
from altoviz_client.models.customer import Customer
from altoviz_client.models.customer_family import CustomerFamily
from altoviz_client.models.invoice import Invoice
from altoviz_client.models.product import Product
from altoviz_client.models.receipt import Receipt
from altoviz_client.models.supplier import Supplier

from .errors import UnknownEntityError

KEY_FIELD = "internalId"
"""The wire field that identifies a record across runs: required, non-empty and unique within a file."""


class WireModel(Protocol):
    """What the importer needs from a generated model: build one from a wire-format dict, and back."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Any: ...

    def to_dict(self) -> dict[str, Any]: ...


class FieldKind(enum.Enum):
    """How a field's value is checked and converted to its wire type."""

    EMAIL = "email"
    DATE = "date"
    NUMBER = "number"
    INTEGER = "integer"
    BOOLEAN = "boolean"


@dataclass(frozen=True)
class EntitySpec:
    """One importable entity.

    Field paths are wire paths: dotted for nested objects (``billingAddress.city``), with ``[]`` for every
    element of a list (``lines[].quantity``).
    """

    name: str
    """The name the CLI uses: ``altoviz import customers FILE``."""
    model: type[WireModel]
    """The generated model a record becomes (``model.from_dict(record)``)."""
    required: tuple[str, ...]
    """Fields every record must have, non-empty."""
    required_one_of: tuple[tuple[str, ...], ...] = ()
    """Groups of fields of which each record must have at least one, non-empty."""
    kinds: Mapping[str, FieldKind] = field(default_factory=dict)
    """Typed fields, by wire path."""
    aliases: Mapping[str, str] = field(default_factory=dict)
    """Flat column names understood without a mapping, and the wire path each one fills."""
    key: str = KEY_FIELD

    def wire_fields(self) -> frozenset[str]:
        """Return the top-level wire names of the model (``companyName``, ``billingAddress``...).

        Read from the generated attrs class, so a field added by ``make regenerate`` is importable at once.
        """
        model = cast("type[attrs.AttrsInstance]", self.model)  # every generated model is an attrs class
        return frozenset(_wire_name(f.name) for f in attrs.fields(model) if f.name != "additional_properties")


def _wire_name(attribute: str) -> str:
    # The generator turns camelCase wire names into snake_case attributes and suffixes Python keywords and
    # builtins (``type_``); this undoes both.
    head, *rest = attribute.rstrip("_").split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _address(prefix: str) -> dict[str, str]:
    # Spreadsheet exports have one flat address; it is the billing address (or the only one).
    return {name: f"{prefix}.{name}" for name in ("street", "zipcode", "city", "countryIso")}


_PERSON_KINDS: Mapping[str, FieldKind] = {"email": FieldKind.EMAIL}

_LINE_KINDS: Mapping[str, FieldKind] = {
    "lines[].date": FieldKind.DATE,
    "lines[].quantity": FieldKind.NUMBER,
    "lines[].taxExcludedPrice": FieldKind.NUMBER,
    "lines[].taxIncludedPrice": FieldKind.NUMBER,
    "lines[].purchasePrice": FieldKind.NUMBER,
    "lines[].productId": FieldKind.INTEGER,
}

_SPECS = (
    EntitySpec(
        name="customers",
        model=Customer,
        required=(KEY_FIELD,),
        required_one_of=(("companyName", "lastName"),),
        kinds={**_PERSON_KINDS, "active": FieldKind.BOOLEAN},
        aliases=_address("billingAddress"),
    ),
    EntitySpec(
        name="suppliers",
        model=Supplier,
        required=(KEY_FIELD,),
        required_one_of=(("name", "lastName"),),
        kinds=_PERSON_KINDS,
        # The supplier's company name is ``name`` on the wire; a file shared with customers says companyName.
        aliases={**_address("address"), "companyName": "name"},
    ),
    EntitySpec(
        name="contacts",
        model=Contact,
        required=(KEY_FIELD, "lastName"),
        kinds=_PERSON_KINDS,
    ),
    EntitySpec(
        name="products",
        model=Product,
        required=(KEY_FIELD, "name", "unitPrice"),
        kinds={
            "unitPrice": FieldKind.NUMBER,
            "purchasePrice": FieldKind.NUMBER,
            "defaultQuantity": FieldKind.NUMBER,
            "active": FieldKind.BOOLEAN,
            "isUnitPriceTaxIncluded": FieldKind.BOOLEAN,
        },
    ),
    EntitySpec(
        name="customer-families",
        model=CustomerFamily,
        required=(KEY_FIELD, "label"),
        aliases={"name": "label"},
    ),
    EntitySpec(
        name="receipts",
        model=Receipt,
        required=(KEY_FIELD, "date", "amount"),
        kinds={"date": FieldKind.DATE, "amount": FieldKind.NUMBER, "customerId": FieldKind.INTEGER},
    ),
    EntitySpec(
        name="sale-invoices",
        model=Invoice,
        required=(KEY_FIELD, "date"),
        required_one_of=(("customerId", "customerNumber"),),
        kinds={
            "date": FieldKind.DATE,
            "customerId": FieldKind.INTEGER,
            "shippingAmount": FieldKind.NUMBER,
            "liableToVat": FieldKind.BOOLEAN,
            "useTaxIncludedPrices": FieldKind.BOOLEAN,
            "vatReverseCharge": FieldKind.BOOLEAN,
            "billingContact.email": FieldKind.EMAIL,
            "shippingContact.email": FieldKind.EMAIL,
            **_LINE_KINDS,
        },
        aliases=_address("billingAddress"),
    ),
)

ENTITIES: Mapping[str, EntitySpec] = MappingProxyType({spec.name: spec for spec in _SPECS})
"""Every importable entity, by its CLI name."""


def entity_spec(name: str | EntitySpec) -> EntitySpec:
    """Return the spec for an entity name (``customers``, ``sale_invoices`` and ``Sale-Invoices`` all work)."""
    if isinstance(name, EntitySpec):
        return name
    spec = ENTITIES.get(name.strip().lower().replace("_", "-"))
    if spec is None:
        raise UnknownEntityError(f"unknown entity {name!r}: expected one of {', '.join(ENTITIES)}")
    return spec
