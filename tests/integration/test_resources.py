"""Every operation of the API once, as ``client.<resource>.<method>``, over real HTTP against the sandbox."""

from __future__ import annotations

import datetime
import io
from pathlib import Path
from typing import Any

import pytest
from altoviz import AltovizClient, Download, NotFoundError, Pager
from altoviz.registry import ENTITIES

from altoviz_client.models import (
    Colleague,
    Contact,
    Credit,
    Customer,
    CustomerFamily,
    Invoice,
    PayInvoice,
    Product,
    ProductFamily,
    Quote,
    Receipt,
    RefundCredit,
    SaleDocumentLine,
    Supplier,
    Webhook,
    WebhookType,
)

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


class Recorder:
    """Wraps the client's resources and records every (resource, method) called through it."""

    def __init__(self, client: AltovizClient) -> None:
        self.client = client
        self.called: set[tuple[str, str]] = set()

    def __getattr__(self, resource: str) -> Any:
        target = getattr(self.client, resource)
        recorder = self

        class Proxy:
            def __getattr__(self, verb: str) -> Any:
                recorder.called.add((resource, verb))
                return getattr(target, verb)

        return Proxy()


async def first(pager: Pager[Any]) -> list[Any]:
    assert isinstance(pager, Pager)
    return [item async for item in pager]


async def test_every_operation_is_a_method_and_answers(client: AltovizClient, tmp_path: Path) -> None:
    api = Recorder(client)
    assert (await api.hello.get()).to_dict()
    assert await api.users.get_me()
    assert await api.users.get_whoami()
    assert await api.settings.get()
    assert isinstance(await api.units.list(), list)
    assert isinstance(await api.vats.list(), list)
    assert isinstance(await api.classifications.list(), list)
    assert isinstance(await api.bank_accounts.get_providers(), list)

    family = await api.customer_families.create(CustomerFamily(label="Retail", internal_id="CF1"))
    assert (await api.customer_families.get(family.id)).label == "Retail"
    assert len(await api.customer_families.find(internal_id="CF1")) == 1
    assert len(await first(api.customer_families.list())) == 1

    customer = await api.customers.create(Customer(company_name="Acme", internal_id="C1", email="a@acme.fr"))
    assert (await api.customers.get(customer.id)).company_name == "Acme"
    assert (await api.customers.get_by_internal_id("C1")).id == customer.id
    assert [c.id for c in await api.customers.find(email="a@acme.fr")] == [customer.id]
    assert [c.id async for c in api.customers.list(query="acme")] == [customer.id]
    updated = await api.customers.update(customer.id, Customer(company_name="Acme Inc", internal_id="C1"))
    assert updated.company_name == "Acme Inc"

    supplier = await api.suppliers.create(Supplier(name="Paper Co", internal_id="S1"))
    assert (await api.suppliers.get(supplier.id)).name == "Paper Co"
    assert (await api.suppliers.get_by_internal_id("S1")).id == supplier.id
    assert len(await api.suppliers.find(internal_id="S1")) == 1
    assert len(await first(api.suppliers.list())) == 1
    assert (await api.suppliers.update(supplier.id, Supplier(name="Paper & Co", internal_id="S1"))).name
    assert await api.suppliers.get_contacts(supplier.id) == []

    contact = await api.contacts.create(Contact(last_name="Martin", internal_id="K1", email="m@acme.fr"))
    assert (await api.contacts.get(contact.id)).last_name == "Martin"
    assert len(await api.contacts.find(internal_id="K1")) == 1
    assert len(await first(api.contacts.list())) == 1
    assert (await api.contacts.update(contact.id, Contact(last_name="Martine", internal_id="K1"))).last_name
    assert isinstance(await api.customers.get_contacts(customer.id), list)

    colleague = await api.colleagues.create(Colleague(last_name="Durand", internal_id="E1"))
    assert (await api.colleagues.get(colleague.id)).last_name == "Durand"
    assert (await api.colleagues.get_by_internal_id("E1")).id == colleague.id
    assert len(await api.colleagues.find(internal_id="E1")) == 1
    assert len(await first(api.colleagues.list())) == 1
    assert await api.colleagues.update(colleague.id, Colleague(last_name="Durant", internal_id="E1"))

    pfamily = await api.product_families.create(ProductFamily(label="Bread"))
    assert await api.product_families.get(pfamily.id)
    assert len(await first(api.product_families.list())) == 1

    product = await api.products.create(Product(name="Baguette", internal_id="P1", unit_price=1.2))
    assert (await api.products.get(product.id)).name == "Baguette"
    assert len(await api.products.find(internal_id="P1")) == 1
    assert len(await first(api.products.list())) == 1
    assert await api.products.update(product.id, Product(name="Baguette tradition", internal_id="P1", unit_price=1.3))

    image = tmp_path / "bread.png"
    image.write_bytes(PNG)
    assert (await api.product_images.create(product.id, image)).image_url  # from a path
    assert await api.product_images.get(product.id)
    await api.product_images.delete(product.id)

    receipt = await api.receipts.create(Receipt(internal_id="R1", date=datetime.date(2025, 1, 2), amount=10.0))
    assert (await api.receipts.get(receipt.id)).amount == 10.0
    assert len(await api.receipts.find(internal_id="R1")) == 1
    assert len(await first(api.receipts.list())) == 1
    assert await api.receipts.update(receipt.id, Receipt(internal_id="R1", date=datetime.date(2025, 1, 2), amount=11.0))

    line = SaleDocumentLine(description="Baguette", quantity=2, tax_excluded_price=1.2)
    invoice = await api.sale_invoices.create(
        Invoice(customer_id=customer.id, date=datetime.date(2025, 1, 3), internal_id="I1", lines=[line])
    )
    assert (await api.sale_invoices.get(invoice.id)).internal_id == "I1"
    assert len(await api.sale_invoices.find(internal_id="I1")) == 1
    assert await api.sale_invoices.update(
        invoice.id, Invoice(customer_id=customer.id, date=datetime.date(2025, 1, 4), internal_id="I1", lines=[line])
    )
    assert (await api.sale_invoices.finalize(invoice.id)).number
    assert len(await first(api.sale_invoices.list(from_=datetime.date(2025, 1, 1)))) == 1
    await api.sale_invoices.send(invoice.id, ["boss@acme.fr"])
    assert (await api.sale_invoices.mark_as_paid(PayInvoice(invoice_id=invoice.id, amount=2.4))).is_paid
    download = api.sale_invoices.download(invoice.id)
    assert isinstance(download, Download)
    assert (await download.to_path(tmp_path / "i.pdf")).read_bytes().startswith(b"%PDF")

    credit = await api.sale_credits.create(
        Credit(customer_id=customer.id, date=datetime.date(2025, 1, 5), internal_id="CR1", lines=[line])
    )
    assert await api.sale_credits.get(credit.id)
    assert len(await api.sale_credits.find(internal_id="CR1")) == 1
    assert await api.sale_credits.update(
        credit.id, Credit(customer_id=customer.id, date=datetime.date(2025, 1, 6), internal_id="CR1", lines=[line])
    )
    assert (await api.sale_credits.finalize(credit.id)).number
    assert len(await first(api.sale_credits.list())) == 1
    await api.sale_credits.send(credit.id, ["boss@acme.fr"])
    assert await api.sale_credits.mark_as_refunded(RefundCredit(credit_id=credit.id, amount=2.4))
    assert [chunk async for chunk in api.sale_credits.download(credit.id).iter_bytes()]

    quote = await api.sale_quotes.create(
        Quote(customer_id=customer.id, date=datetime.date(2025, 1, 7), internal_id="Q1", lines=[line])
    )
    assert await api.sale_quotes.get(quote.id)
    assert len(await api.sale_quotes.find(internal_id="Q1")) == 1
    assert len(await first(api.sale_quotes.list())) == 1
    await api.sale_quotes.send(quote.id, ["boss@acme.fr"])
    buffer = io.BytesIO()
    assert await api.sale_quotes.download(quote.id).to_file(buffer) > 0

    bill = await api.purchase_invoices.create_from_file(PDF, file_name="bill.pdf")  # from bytes
    with (tmp_path / "bill.pdf").open("wb") as out:
        await api.purchase_invoices.download(bill.id).to_file(out)
    assert (tmp_path / "bill.pdf").read_bytes() == PDF

    hook = await api.webhooks.create(Webhook(name="h", url="https://example.org/h", types=[WebhookType.INVOICECREATED]))
    assert [h.id for h in await api.webhooks.list()] == [hook.id]
    await api.webhooks.delete(id=hook.id)

    await api.sale_quotes.delete(quote.id)
    # Only a draft can be deleted: the finalized ones stay.
    draft_credit = await api.sale_credits.create(Credit(customer_id=customer.id, internal_id="CR2"))
    assert (await api.sale_credits.delete(draft_credit.id)).id == draft_credit.id
    draft_invoice = await api.sale_invoices.create(Invoice(customer_id=customer.id, internal_id="I2"))
    assert (await api.sale_invoices.delete(draft_invoice.id)).id == draft_invoice.id
    for resource, record in [
        ("receipts", receipt),
        ("products", product),
        ("product_families", pfamily),
        ("colleagues", colleague),
        ("contacts", contact),
        ("suppliers", supplier),
        ("customer_families", family),
    ]:
        await getattr(api, resource).delete(record.id)
    with pytest.raises(NotFoundError):
        await client.customer_families.get(family.id)
    # The customer keeps its final documents; a new one without any can go.
    other = await api.customers.create(Customer(company_name="Gone", internal_id="C2"))
    await api.customers.delete(other.id)
    with pytest.raises(NotFoundError):
        await client.customers.get(other.id)

    everything = {(name, verb) for name, entity in ENTITIES.items() for verb in entity.operation_paths}
    assert len(everything) == 93
    assert everything - api.called == set()
