"""CRM sync: when a deal closes, find its customer by the CRM's id (create it on 404), then invoice the deal.

The CRM's own ids are the join: a customer's ``internalId`` is the CRM customer id and an invoice's
``internalId`` is the deal id, so no mapping table is needed and a deal synced twice is invoiced once.

Creates are POSTs, which the client does not repeat on its own after a lost answer or a 5xx: the create may
have gone through. ``exactly_once`` asks the server (by ``internalId``) before trying again. Finalizing and
recording the payment are checked the same way, through the invoice's state.

    python examples/crm_sync.py   # against ALTOVIZ_BASE_URL/ALTOVIZ_API_KEY, else a local sandbox
"""

from __future__ import annotations

import asyncio
import datetime
import logging
import os
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from altoviz import AltovizClient, APIConnectionError, BadRequestError, NotFoundError, ServerError

from altoviz_client.api.customers import create_customer, get_customer_by_internal_id
from altoviz_client.api.sale_invoices import (
    create_sale_invoice,
    finalize_sale_invoice,
    find_sale_invoices,
    get_sale_invoice,
    mark_sale_invoice_as_paid,
)
from altoviz_client.models import (
    Customer,
    CustomerInput,
    Invoice,
    InvoiceInput,
    PayInvoice,
    SaleDocumentLineInput,
)

log = logging.getLogger("examples.crm_sync")

T = TypeVar("T")

ATTEMPTS = 4
"""Tries of one write whose outcome stays unknown (lost answers, 5xx) before giving up."""


@dataclass(frozen=True)
class Deal:
    """A closed-won deal as the CRM sends it."""

    deal_id: str
    customer_id: str
    company_name: str
    email: str | None
    lines: Sequence[tuple[str, float, float]]
    """(description, quantity, unit price excluding tax)."""


@dataclass(frozen=True)
class SyncResult:
    """What syncing one deal did."""

    deal_id: str
    customer_id: int
    customer_created: bool
    invoice_id: int
    invoice_number: str | None
    paid: bool


async def exactly_once(send: Callable[[], Awaitable[T]], find: Callable[[], Awaitable[T | None]], what: str) -> T:
    """Run a write that must happen once: on an unknown outcome, ``find`` whether it happened before resending.

    ``find`` returns the written thing when the server has it, else None. A 400 on a create usually means an
    earlier attempt did commit (the ``internalId`` is taken), so it is checked the same way.
    """
    last_error: Exception | None = None
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return await send()
        except (APIConnectionError, ServerError) as exc:
            log.warning("%s: attempt %d got no clear answer (%s); checking the server", what, attempt, exc)
            last_error = exc
        except BadRequestError:
            found = await find()
            if found is not None:
                log.info("%s: already done by an earlier attempt", what)
                return found
            raise
        found = await find()
        if found is not None:
            log.info("%s: went through despite the error", what)
            return found
    assert last_error is not None
    raise last_error


async def customer_by_internal_id(client: AltovizClient, internal_id: str) -> Customer | None:
    """Return the customer with this CRM id, or None."""
    try:
        return await client.call(get_customer_by_internal_id, internal_id=internal_id)
    except NotFoundError:
        return None


async def find_or_create_customer(client: AltovizClient, deal: Deal) -> tuple[Customer, bool]:
    """Return the deal's customer, creating it when the CRM id is unknown; and whether it was created."""
    found = await customer_by_internal_id(client, deal.customer_id)
    if found is not None:
        return found, False
    body = CustomerInput.from_dict(
        {"internalId": deal.customer_id, "companyName": deal.company_name, "email": deal.email}
    )
    created = await exactly_once(
        lambda: client.call(create_customer, body=body),
        lambda: customer_by_internal_id(client, deal.customer_id),
        f"create customer {deal.customer_id}",
    )
    log.info("created customer %s (id %s)", deal.customer_id, created.id)
    return created, True


async def invoice_by_internal_id(client: AltovizClient, internal_id: str) -> Invoice | None:
    """Return the invoice with this deal id, or None."""
    found = await client.call(find_sale_invoices, internal_id=internal_id)
    return found[0] if found else None


async def create_invoice(client: AltovizClient, deal: Deal, customer_id: int, day: datetime.date) -> Invoice:
    """Create the deal's draft invoice, or return the one an earlier sync made (the deal id is its ``internalId``)."""
    lines = [
        SaleDocumentLineInput(description=text, quantity=quantity, tax_excluded_price=price)
        for text, quantity, price in deal.lines
    ]
    body = InvoiceInput(internal_id=deal.deal_id, customer_id=customer_id, date=day, lines=lines)
    existing = await invoice_by_internal_id(client, deal.deal_id)
    if existing is not None:
        return existing
    return await exactly_once(
        lambda: client.call(create_sale_invoice, body=body),
        lambda: invoice_by_internal_id(client, deal.deal_id),
        f"invoice deal {deal.deal_id}",
    )


async def finalize_and_pay(client: AltovizClient, invoice: Invoice, day: datetime.date) -> Invoice:
    """Finalize the draft (it gets its number), then record its full payment; skip what is already done.

    A deal synced again finds its invoice final and paid, and must not pay it a second time.
    """
    assert isinstance(invoice.id, int)
    invoice_id = invoice.id

    async def state_if(done: Callable[[Invoice], bool]) -> Invoice | None:
        current = await client.call(get_sale_invoice, id=invoice_id)
        return current if done(current) else None

    if invoice.is_draft is not False:
        invoice = await exactly_once(
            lambda: client.call(finalize_sale_invoice, id=invoice_id),
            lambda: state_if(lambda current: current.is_draft is False),
            f"finalize invoice {invoice_id}",
        )
    if invoice.is_paid is True:
        return invoice
    return await exactly_once(
        lambda: client.call(mark_sale_invoice_as_paid, body=PayInvoice(invoice_id=invoice_id, date=day)),
        lambda: state_if(lambda current: current.is_paid is True),
        f"mark invoice {invoice_id} paid",
    )


async def sync_deal(client: AltovizClient, deal: Deal, *, day: datetime.date | None = None) -> SyncResult:
    """Find or create the customer, then invoice the deal, finalize the invoice and mark it paid."""
    day = day or datetime.date.today()
    customer, created = await find_or_create_customer(client, deal)
    assert isinstance(customer.id, int)
    invoice = await finalize_and_pay(client, await create_invoice(client, deal, customer.id, day), day)
    assert isinstance(invoice.id, int)
    number = invoice.number if isinstance(invoice.number, str) else None
    log.info("deal %s: invoice %s for customer %s, paid=%s", deal.deal_id, number, deal.customer_id, invoice.is_paid)
    return SyncResult(deal.deal_id, customer.id, created, invoice.id, number, invoice.is_paid is True)


SAMPLE_DEALS = (
    Deal("DEAL-1001", "CRM-000002", "Imprimerie Moreau", "contact2@imprimerie-moreau.fr", [("Print run", 2, 450.0)]),
    Deal("DEAL-1002", "CRM-NEW-0001", "Atelier Lambert", "compta@atelier-lambert.fr", [("Consulting day", 3, 800.0)]),
    Deal("DEAL-1003", "CRM-NEW-0001", "Atelier Lambert", "compta@atelier-lambert.fr", [("Training", 1, 1200.0)]),
)


async def main(base_url: str, api_key: str, deals: Sequence[Deal] = SAMPLE_DEALS) -> list[SyncResult]:
    """Sync the deals, one after another (a webhook handler would sync each as it arrives)."""
    async with AltovizClient(api_key=api_key, base_url=base_url) as client:
        return [await sync_deal(client, deal) for deal in deals]


async def _run() -> int:
    base_url, api_key = os.environ.get("ALTOVIZ_BASE_URL"), os.environ.get("ALTOVIZ_API_KEY")
    if base_url and api_key:
        results = await main(base_url, api_key)
    else:
        from altoviz.sandbox import serve

        log.info("ALTOVIZ_BASE_URL and ALTOVIZ_API_KEY are not set: starting a local sandbox")
        async with serve() as sandbox:
            results = await main(sandbox.base_url, sandbox.api_key)
    for result in results:
        print(f"{result.deal_id}: invoice {result.invoice_number} (customer created: {result.customer_created})")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request would drown the story
    sys.exit(asyncio.run(_run()))
