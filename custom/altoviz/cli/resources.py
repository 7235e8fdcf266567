"""The lists the command can export and the documents it can download, by their command-line names.

Filters are not listed here: each list operation's own parameters say which ones it takes (see ``filters``),
so an operation that gains a filter on ``make regenerate`` offers it with no change to this file.
"""

from __future__ import annotations

import datetime
import enum
import inspect
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from altoviz_client.api.contacts import list_contacts
from altoviz_client.api.customer_families import list_customer_families
from altoviz_client.api.customers import list_customers
from altoviz_client.api.products import list_products
from altoviz_client.api.receipts import list_receipts
from altoviz_client.api.sale_credits import download_sale_credit, list_sale_credits
from altoviz_client.api.sale_invoices import download_sale_invoice, list_sale_invoices
from altoviz_client.api.sale_quotes import download_sale_quote, list_sale_quotes
from altoviz_client.api.suppliers import list_suppliers

from .._call import ListOperation, Operation

LISTS: Mapping[str, ListOperation[..., Any]] = types.MappingProxyType(
    {
        "customers": list_customers,
        "suppliers": list_suppliers,
        "contacts": list_contacts,
        "products": list_products,
        "customer-families": list_customer_families,
        "receipts": list_receipts,
        "invoices": list_sale_invoices,
        "credits": list_sale_credits,
        "quotes": list_sale_quotes,
    }
)
"""What ``altoviz export`` lists, by name."""


@dataclass(frozen=True)
class DocumentKind:
    """A sale document type whose PDFs ``altoviz download`` fetches."""

    list_op: ListOperation[..., Any]
    download_op: Operation[[int], Any]


DOCUMENTS: Mapping[str, DocumentKind] = types.MappingProxyType(
    {
        "invoices": DocumentKind(list_sale_invoices, download_sale_invoice),
        "credits": DocumentKind(list_sale_credits, download_sale_credit),
        "quotes": DocumentKind(list_sale_quotes, download_sale_quote),
    }
)
"""What ``altoviz download`` fetches, by name."""


@dataclass(frozen=True)
class Filter:
    """A command-line filter and the list-operation parameter it fills."""

    option: str
    param: str


FILTERS = (
    Filter("--from", "from_"),
    Filter("--to", "to"),
    Filter("--customer-id", "customer_id"),
    Filter("--status", "status"),
    Filter("--query", "query"),
)


def accepted_params(op: ListOperation[..., Any]) -> dict[str, Any]:
    """Return the operation's parameters and their types (resolved from the generated annotations)."""
    func = op._get_kwargs
    hints = typing.get_type_hints(func)
    return {name: hints.get(name) for name in inspect.signature(func).parameters}


def enum_type(annotation: Any) -> type[enum.Enum] | None:
    """Return the Enum class inside an annotation like ``InvoiceStatusFilter | Unset``, if there is one."""
    for arg in (*typing.get_args(annotation), annotation):
        if isinstance(arg, type) and issubclass(arg, enum.Enum):
            return arg
    return None


def convert_filter(option: str, value: str, annotation: Any) -> Any:
    """Turn a filter's text into the parameter's type; raise ``ValueError`` naming the option when it cannot."""
    args = set(typing.get_args(annotation)) or {annotation}
    kind = enum_type(annotation)
    if kind is not None:
        members: dict[str, enum.Enum] = {str(m.value).lower(): m for m in kind}
        if value.lower() not in members:
            raise ValueError(f"{option} {value!r}: expected one of {', '.join(str(m.value) for m in kind)}")
        return members[value.lower()]
    if datetime.date in args:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{option} {value!r}: expected a date as YYYY-MM-DD") from None
    if int in args:
        try:
            return int(value)
        except ValueError:
            raise ValueError(f"{option} {value!r}: expected a whole number") from None
    return value
