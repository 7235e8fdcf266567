"""The README's quickstart, runnable: client, get, create, paginate, download, error handling.

python examples/quickstart.py   # against ALTOVIZ_BASE_URL/ALTOVIZ_API_KEY, else a local sandbox
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import tempfile
from pathlib import Path

from altoviz import AltovizClient, NotFoundError, RateLimitError, retry_options

from altoviz_client.api.customers import create_customer, get_customer, list_customers
from altoviz_client.api.sale_invoices import create_sale_invoice, download_sale_invoice, finalize_sale_invoice
from altoviz_client.models import (
    CustomerInput,
    CustomerType,
    InvoiceInput,
    SaleDocumentLineInput,
)

log = logging.getLogger("examples.quickstart")


async def quickstart(client: AltovizClient, out_dir: Path) -> Path:
    """Create a customer and an invoice, read them back, and download the invoice as a PDF."""
    # Create: the body is a generated model; the answer is parsed into one, typed for mypy.
    created = await client.call(
        create_customer,
        body=CustomerInput(internal_id="CRM-42", company_name="Boulangerie Martin", type_=CustomerType.BUSINESS),
    )
    # Get: 2xx gives the model, anything else raises a typed error.
    customer = await client.call(get_customer, id=created.id)
    log.info("customer %s: %s", customer.id, customer.company_name)
    try:
        await client.call(get_customer, id=999_999)
    except NotFoundError as exc:
        log.info("as expected: %s", exc)

    # Paginate: every customer, page after page, with up to 4 pages in flight.
    names = [c.company_name async for c in client.paginate(list_customers, page_size=100).prefetch(4)]
    log.info("%d customers", len(names))

    # An invoice, finalized, then streamed to disk (atomically: no partial PDF on failure).
    line = SaleDocumentLineInput(description="Croissants", quantity=120, tax_excluded_price=0.9)
    draft = await client.call(create_sale_invoice, body=InvoiceInput(customer_id=customer.id, lines=[line]))
    invoice = await client.call(finalize_sale_invoice, id=draft.id)
    pdf = await client.download(download_sale_invoice, id=invoice.id).to_path(out_dir / f"{invoice.number}.pdf")
    log.info("invoice %s saved to %s", invoice.number, pdf)

    # A call that must not wait long for a rate limit: its own retry budget.
    with retry_options(max_retries=1, max_wait=2.0):
        try:
            await client.call(get_customer, id=customer.id)
        except RateLimitError as exc:
            log.warning("rate limited; the server asked to wait %.0f s", exc.retry_after or 0)
    return pdf


async def main() -> int:
    """Run against the configured server, or a local sandbox when none is configured."""
    out_dir = Path(tempfile.mkdtemp(prefix="altoviz-quickstart-"))
    if os.environ.get("ALTOVIZ_BASE_URL") and os.environ.get("ALTOVIZ_API_KEY"):
        async with AltovizClient() as client:  # ALTOVIZ_API_KEY, ALTOVIZ_BASE_URL
            await quickstart(client, out_dir)
        return 0
    from altoviz.sandbox import serve

    async with serve() as sandbox, AltovizClient(sandbox.api_key, base_url=sandbox.base_url) as client:
        await quickstart(client, out_dir)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    sys.exit(asyncio.run(main()))
