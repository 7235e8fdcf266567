"""Create a customer, read it back, list customers, create and finalize an invoice, download its PDF.

python examples/quickstart.py   # against ALTOVIZ_BASE_URL and ALTOVIZ_API_KEY, else a local sandbox
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

from altoviz import AltovizClient, NotFoundError, RateLimitError, retry_options

from altoviz_client.models import CustomerInput, CustomerType, InvoiceInput, SaleDocumentLineInput


async def quickstart(client: AltovizClient, out_dir: Path) -> Path:
    """Run the five tasks; every value is typed as the API sends it (``customer.id`` is an ``int``)."""
    # Create: a write model sends only what is set; the answer is the read model, Customer.
    customer = await client.customers.create(
        CustomerInput(internal_id="CRM-42", company_name="Boulangerie Martin", type_=CustomerType.BUSINESS)
    )
    # Read it back: a 2xx gives the model, anything else a typed error (AltovizError).
    again = await client.customers.get(customer.id)
    print(f"customer {again.id}: {again.company_name}")
    try:
        await client.customers.get(999_999)
    except NotFoundError as exc:  # status, ProblemDetails body, method and URL; never the key
        print(exc)

    # List: every customer, page after page, with up to 4 pages in flight.
    async for each in client.customers.list(page_size=100).prefetch(4):
        print(each.id, each.company_name)

    # An invoice: a draft, then finalized (it gets its number).
    line = SaleDocumentLineInput(description="Croissants", quantity=120, tax_excluded_price=0.9)
    draft = await client.sale_invoices.create(InvoiceInput(customer_id=customer.id, lines=[line]))
    invoice = await client.sale_invoices.finalize(draft.id)

    # Its PDF, streamed to disk: a temporary file renamed into place only when complete and a real PDF.
    # A call that must not wait long for a rate limit gets its own retry budget.
    with retry_options(max_retries=1, max_wait=2.0):
        try:
            return await client.sale_invoices.download(invoice.id).to_path(out_dir / f"{invoice.number}.pdf")
        except RateLimitError as exc:
            print(f"rate limited; the server asked to wait {exc.retry_after} s")
            raise


async def main() -> None:
    """Run against the configured server, or a local sandbox when none is configured."""
    out_dir = Path(tempfile.mkdtemp(prefix="altoviz-quickstart-"))
    if os.environ.get("ALTOVIZ_API_KEY"):
        async with AltovizClient() as client:  # ALTOVIZ_API_KEY; ALTOVIZ_BASE_URL or https://api.altoviz.com
            print(await quickstart(client, out_dir))
        return
    from altoviz.sandbox import serve

    async with serve() as sandbox, AltovizClient(sandbox.api_key, base_url=sandbox.base_url) as client:
        print(await quickstart(client, out_dir))


if __name__ == "__main__":
    asyncio.run(main())
