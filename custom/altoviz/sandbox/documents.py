"""Sale documents' arithmetic and life cycle: line amounts, totals, VAT summary, status filters, PDF text.

Pure functions over records, so the route module stays about HTTP.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from ..registry import ENTITIES, Entity, lookup
from .store import Record

_LIMIT = 1e12  # Bigger amounts are nonsense for an invoice; refusing them keeps every sum finite.
PAYMENT_TERM = timedelta(days=30)
"""Due date of a final invoice, counted from its date: decides Incoming versus Expired."""


@dataclass(frozen=True)
class DocumentType:
    """One kind of sale document."""

    kind: str
    path: str
    title: str
    number_prefix: str
    drafts: bool
    """Invoices and credits start as drafts and get their number when finalized; quotes are numbered at once."""
    updatable: bool


def document_type(entity: Entity) -> DocumentType:
    """Return the document type of a registry entity, by rules on its names and operations.

    The PDF title is its noun (``INVOICE``), numbers start with the noun's first three letters (``INV-000001``),
    it has drafts when it can be finalized and can be changed when it has an update.
    """
    noun = entity.singular.replace("-", " ")
    return DocumentType(
        kind=entity.name,
        path=entity.path,
        title=noun.upper(),
        number_prefix=noun[:3].upper(),
        drafts=entity.has("finalize"),
        updatable=entity.has("update"),
    )


ALL_TYPES: tuple[DocumentType, ...] = tuple(
    document_type(entity) for entity in ENTITIES.values() if entity.has("list") and entity.has("download")
)
"""Every sale document type: the registry's entities that are listed and downloaded as PDFs."""
_BY_KIND = {doc_type.kind: doc_type for doc_type in ALL_TYPES}
# The types whose life cycle has rules of its own (invoice statuses, quote statuses, payments and refunds).
INVOICES = _BY_KIND[lookup("invoice").name]
CREDITS = _BY_KIND[lookup("credit").name]
QUOTES = _BY_KIND[lookup("quote").name]

QUOTE_STATUSES = {"Pending", "Accepted", "Refused", "Closed", "Sent", "Invoiced"}


def number(value: Any, default: float = 0.0) -> float:
    """Return a finite, sane float from a JSON value, else ``default``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return default
    value = float(value)
    return value if math.isfinite(value) and abs(value) <= _LIMIT else default


def today() -> str:
    """Today's date, ISO format."""
    return date.today().isoformat()


def now_iso() -> str:
    """Return the current UTC time, ISO 8601."""
    return datetime.now(timezone.utc).isoformat()


def parse_date(value: Any) -> date | None:
    """Return a date from an ISO string (a date-time's date part is enough), else None."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _line_amounts(line: Record, tax_included: bool) -> tuple[float, float]:
    quantity = number(line.get("quantity"), 1.0)
    vat = line.get("vat")
    rate = number(vat.get("rate")) if isinstance(vat, dict) else 0.0
    if tax_included:
        price = number(line.get("taxIncludedPrice")) / (1 + rate / 100) if rate > -100 else 0.0
    else:
        price = number(line.get("taxExcludedPrice"))
    discount = line.get("discount")
    gross = quantity * price
    if isinstance(discount, dict):
        value = number(discount.get("value"))
        gross = gross * (1 - value / 100) if discount.get("type") == "Percent" else gross - value
    excluded = round(gross, 2)
    return excluded, round(excluded * rate / 100, 2)


def compute_totals(doc: Record, paid: float) -> None:
    """Fill the read-only amounts of a document from its lines, shipping and what has been paid."""
    tax_included = doc.get("useTaxIncludedPrices") is True
    lines = doc.get("lines")
    summary: dict[float, list[float]] = {}
    total_excluded = total_tax = 0.0
    if isinstance(lines, list):
        for index, line in enumerate(lines, start=1):
            if not isinstance(line, dict):
                continue
            excluded, tax = _line_amounts(line, tax_included)
            line["id"] = index
            line["taxExcludedAmount"] = excluded
            line["taxIncludedAmount"] = round(excluded + tax, 2)
            vat = line.get("vat")
            rate = number(vat.get("rate")) if isinstance(vat, dict) else 0.0
            bucket = summary.setdefault(rate, [0.0, 0.0])
            bucket[0] += excluded
            bucket[1] += tax
            total_excluded += excluded
            total_tax += tax
    shipping = number(doc.get("shippingAmount"))
    doc["grossTaxExcludedAmount"] = round(total_excluded, 2)
    doc["taxExcludedAmount"] = round(total_excluded + shipping, 2)
    doc["taxAmount"] = round(total_tax, 2)
    doc["taxIncludedAmount"] = round(total_excluded + shipping + total_tax, 2)
    doc["vats"] = [
        {"vat": {"rate": rate}, "taxExcludedAmount": round(ex, 2), "vatAmount": round(tax, 2)}
        for rate, (ex, tax) in sorted(summary.items())
    ]
    doc["balance"] = round(doc["taxIncludedAmount"] - paid, 2)


def invoice_status_matches(doc: Record, status: str, on: date) -> bool:
    """Whether an invoice is in an ``InvoiceStatusFilter`` state; an unknown state filters nothing out."""
    draft, paid = doc.get("isDraft") is True, doc.get("isPaid") is True
    if status == "Draft":
        return draft
    if status == "Paid":
        return not draft and paid
    if status == "ToSend":
        return not draft and doc.get("sentAt") is None
    issued = parse_date(doc.get("date")) or on
    overdue = issued + PAYMENT_TERM < on
    if status == "Incoming":
        return not draft and not paid and not overdue
    if status == "Expired":
        return not draft and not paid and overdue
    return True


def filter_documents(records: list[Record], params: Mapping[str, str], doc_type: DocumentType) -> list[Record]:
    """Apply the list filters: From/To on the date, CustomerId, Status, IncludeCancelled."""
    since, until = parse_date(params.get("From")), parse_date(params.get("To"))
    customer = params.get("CustomerId")
    status = params.get("Status")
    include_cancelled = (params.get("IncludeCancelled") or "").lower() == "true"
    on = date.today()
    kept = []
    for doc in records:
        when = parse_date(doc.get("date"))
        if (since and (when is None or when < since)) or (until and (when is None or when > until)):
            continue
        if customer and str(doc.get("customerId")) != customer:
            continue
        if doc.get("isCancelled") is True and not include_cancelled:
            continue
        if status and doc_type is INVOICES and not invoice_status_matches(doc, status, on):
            continue
        if status and doc_type is QUOTES and status in QUOTE_STATUSES and doc.get("status") != status:
            continue
        kept.append(doc)
    return kept


def _money(value: Any) -> str:
    return f"{number(value):,.2f}"


def pdf_text(doc: Record, doc_type: DocumentType) -> tuple[str, list[str]]:
    """Return the title and text lines printed on a document's PDF."""
    if doc.get("isDraft") is True:
        title = f"DRAFT {doc_type.title} (id {doc.get('id')})"
    else:
        title = f"{doc_type.title} {doc.get('number') or doc.get('id')}"
    customer = doc.get("customerName") or doc.get("customerNumber") or doc.get("customerId") or "-"
    lines = [
        f"Number: {doc.get('number') or 'draft'}",
        f"Date: {doc.get('date') or '-'}",
        f"Customer: {customer}",
        f"Subject: {doc.get('subject') or '-'}",
        "",
        "Qty  Description  Unit price  Amount excl. tax",
    ]
    for line in doc.get("lines") or []:
        if isinstance(line, dict):
            label = line.get("description") or line.get("productNumber") or "Item"
            price = line.get("taxExcludedPrice", line.get("taxIncludedPrice"))
            amount = _money(line.get("taxExcludedAmount"))
            lines.append(f"{number(line.get('quantity'), 1.0):g}  {label}  {_money(price)}  {amount}")
    lines += [
        "",
        f"Total excl. tax: {_money(doc.get('taxExcludedAmount'))}",
        f"Tax: {_money(doc.get('taxAmount'))}",
        f"Total incl. tax: {_money(doc.get('taxIncludedAmount'))}",
        f"Balance due: {_money(doc.get('balance'))}",
    ]
    return title, lines
