"""Cash-flow digest: this week's invoices (money billed) and receipts (money in), with the unusual ones flagged.

An entry is unusual when its amount is more than ``OUTLIER_FACTOR`` times the week's median for its kind, when
it is negative, when a receipt names no customer (money nobody can be thanked for), or when an invoice is
overdue. The digest renders as a plain-text one-pager, ready to be emailed.

Invoices are listed with the API's date filter; the receipts list has none, so receipts are filtered here.

    python examples/cash_flow_digest.py   # against ALTOVIZ_BASE_URL/ALTOVIZ_API_KEY, else a local sandbox
"""

from __future__ import annotations

import asyncio
import datetime
import logging
import os
import statistics
import sys
from dataclasses import dataclass, field

from altoviz import AltovizClient

from altoviz_client.api.receipts import list_receipts
from altoviz_client.api.sale_invoices import list_sale_invoices
from altoviz_client.models import (
    CustomerInput,
    Invoice,
    InvoiceInput,
    Receipt,
    ReceiptInput,
    SaleDocumentLineInput,
)
from altoviz_client.types import Unset

log = logging.getLogger("examples.cash_flow_digest")

OUTLIER_FACTOR = 3.0
"""How many times the week's median an amount must exceed to be worth a look."""


@dataclass
class Entry:
    """One invoice or receipt of the week."""

    kind: str
    """``invoice`` or ``receipt``."""
    label: str
    date: datetime.date | None
    amount: float
    reasons: list[str] = field(default_factory=list)
    """Why it is unusual; empty when it is not."""


@dataclass(frozen=True)
class Digest:
    """The week's entries and totals."""

    start: datetime.date
    end: datetime.date
    invoices: list[Entry]
    receipts: list[Entry]

    @property
    def billed(self) -> float:
        """Total invoiced, taxes included."""
        return sum(entry.amount for entry in self.invoices)

    @property
    def received(self) -> float:
        """Total received."""
        return sum(entry.amount for entry in self.receipts)

    @property
    def unusual(self) -> list[Entry]:
        """The entries worth a human look, invoices first."""
        return [entry for entry in (*self.invoices, *self.receipts) if entry.reasons]


def week_of(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    """Return the Monday and the Sunday of ``day``'s week."""
    monday = day - datetime.timedelta(days=day.weekday())
    return monday, monday + datetime.timedelta(days=6)


def _amount(value: float | Unset | None) -> float:
    return float(value) if isinstance(value, (int, float)) else 0.0


def _date(value: object) -> datetime.date | None:
    return value if isinstance(value, datetime.date) else None


def invoice_entry(invoice: Invoice) -> Entry:
    """Turn an invoice into an entry, flagged when overdue."""
    label = f"{invoice.number or f'draft {invoice.id}'} {invoice.customer_name or ''}".strip()
    entry = Entry("invoice", label, _date(invoice.date), _amount(invoice.tax_included_amount))
    if _amount(invoice.overdue) > 0 and invoice.is_paid is not True:
        entry.reasons.append("overdue")
    return entry


def receipt_entry(receipt: Receipt) -> Entry:
    """Turn a receipt into an entry, flagged when it names no customer."""
    who = receipt.customer_name or receipt.customer_internal_id or receipt.customer_id
    entry = Entry("receipt", f"receipt {receipt.id} {who or ''}".strip(), _date(receipt.date), _amount(receipt.amount))
    if not who:
        entry.reasons.append("no customer")
    return entry


def flag_outliers(entries: list[Entry]) -> None:
    """Flag negative amounts and amounts far above the median of their kind."""
    positives = [entry.amount for entry in entries if entry.amount > 0]
    median = statistics.median(positives) if positives else 0.0
    for entry in entries:
        if entry.amount < 0:
            entry.reasons.append("negative amount")
        elif median and entry.amount > OUTLIER_FACTOR * median:
            entry.reasons.append(f"{entry.amount / median:.1f}x the week's median")


async def build_digest(client: AltovizClient, day: datetime.date) -> Digest:
    """Collect the week of ``day``: invoices by the API's date filter, receipts filtered here."""
    start, end = week_of(day)
    invoices = [
        invoice_entry(invoice)
        async for invoice in client.paginate(list_sale_invoices, from_=start, to=end).prefetch(2)
        if invoice.is_draft is not True  # a draft is not billed yet
    ]
    receipts = [
        receipt_entry(receipt)
        async for receipt in client.paginate(list_receipts).prefetch(2)
        if start <= (_date(receipt.date) or datetime.date.min) <= end
    ]
    flag_outliers(invoices)
    flag_outliers(receipts)
    log.info("week of %s: %d invoices, %d receipts", start, len(invoices), len(receipts))
    return Digest(start, end, invoices, receipts)


def render(digest: Digest) -> str:
    """Render the digest as a plain-text one-pager."""
    lines = [
        f"Cash-flow digest, {digest.start:%d %b} to {digest.end:%d %b %Y}",
        "",
        f"Billed:   {digest.billed:12,.2f}  ({len(digest.invoices)} invoices)",
        f"Received: {digest.received:12,.2f}  ({len(digest.receipts)} receipts)",
        "",
    ]
    if digest.unusual:
        lines.append("Worth a look:")
        lines.extend(
            f"  ! {entry.kind:<8} {entry.label:<40} {entry.amount:12,.2f}  {', '.join(entry.reasons)}"
            for entry in digest.unusual
        )
    else:
        lines.append("Nothing unusual this week.")
    return "\n".join(lines)


async def main(base_url: str, api_key: str, day: datetime.date | None = None) -> Digest:
    """Build the digest of the week of ``day`` (default: today)."""
    async with AltovizClient(api_key=api_key, base_url=base_url) as client:
        return await build_digest(client, day or datetime.date.today())


async def _seed(base_url: str, api_key: str) -> None:
    """Give an empty sandbox a week of activity, one invoice and one receipt out of the ordinary."""
    from altoviz_client.api.customers import create_customer
    from altoviz_client.api.receipts import create_receipt
    from altoviz_client.api.sale_invoices import create_sale_invoice, finalize_sale_invoice

    today = datetime.date.today()
    async with AltovizClient(api_key=api_key, base_url=base_url) as client:
        customer = await client.call(
            create_customer, body=CustomerInput(internal_id="C1", company_name="Boulangerie Roux")
        )
        for number, price in enumerate((120.0, 95.0, 130.0, 2400.0)):
            line = SaleDocumentLineInput(description="Bread supply", quantity=1, tax_excluded_price=price)
            invoice = InvoiceInput(internal_id=f"I{number}", customer_id=customer.id, date=today, lines=[line])
            draft = await client.call(create_sale_invoice, body=invoice)
            assert isinstance(draft.id, int)
            await client.call(finalize_sale_invoice, draft.id)
        for number, (amount, customer_id) in enumerate(((120.0, customer.id), (95.0, customer.id), (60.0, None))):
            receipt = ReceiptInput(internal_id=f"R{number}", date=today, amount=amount, customer_id=customer_id)
            await client.call(create_receipt, body=receipt)


async def _run() -> int:
    base_url, api_key = os.environ.get("ALTOVIZ_BASE_URL"), os.environ.get("ALTOVIZ_API_KEY")
    if base_url and api_key:
        digest = await main(base_url, api_key)
    else:
        from altoviz.sandbox import serve

        log.info("ALTOVIZ_BASE_URL and ALTOVIZ_API_KEY are not set: starting a local sandbox with a sample week")
        async with serve() as sandbox:
            await _seed(sandbox.base_url, sandbox.api_key)
            digest = await main(sandbox.base_url, sandbox.api_key)
    print(render(digest))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request would drown the story
    sys.exit(asyncio.run(_run()))
