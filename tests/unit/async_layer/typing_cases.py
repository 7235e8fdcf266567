"""Checked by mypy in test_typing.py, never run: what mypy infers from the operation passed in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from altoviz import AltovizClient, AltovizError, Pager, upload_file
from typing_extensions import assert_type

from altoviz_client.api.customers import delete_customer, get_customer, list_customers
from altoviz_client.api.purchase_invoices import create_purchase_invoice_from_file
from altoviz_client.api.sale_invoices import download_sale_invoice, list_sale_invoices
from altoviz_client.models import CreatePurchaseInvoiceFromFileBody, Customer, Invoice, PurchaseInvoice


async def inferred(client: AltovizClient) -> None:
    assert_type(await client.call(get_customer, id=1), Customer)
    assert_type(await client.call(list_customers, query="acme"), list[Customer])
    assert_type(await client.call(delete_customer, 1), Any)
    assert_type(client.paginate(list_sale_invoices, customer_id=3), Pager[Invoice])
    async for customer in client.paginate(list_customers):
        assert_type(customer, Customer)
    async for page in client.paginate(list_customers).prefetch(4).pages():
        assert_type(page, list[Customer])
    results = await client.download_many(download_sale_invoice, [1, 2], "out")
    assert_type(results, dict[int, Path | AltovizError])
    with upload_file("bill.pdf") as file:
        body = CreatePurchaseInvoiceFromFileBody(file=file)
        assert_type(await client.upload(create_purchase_invoice_from_file, body=body), PurchaseInvoice)


async def rejected(client: AltovizClient) -> None:
    await client.call(get_customer, id="1")  # E: wrong argument type
    await client.call(get_customer, customer=1)  # E: no such argument
    client.paginate(get_customer, id=1)  # E: not a list operation
