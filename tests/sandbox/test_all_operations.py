"""Every operation of openapi/altoviz.yaml, called over real HTTP with the generated client."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import yaml
from altoviz.sandbox import SandboxServer

from altoviz_client import AuthenticatedClient
from altoviz_client.api.bank_accounts import get_bank_account_providers
from altoviz_client.api.classifications import list_classifications
from altoviz_client.api.colleagues import (
    create_colleague,
    delete_colleague,
    find_colleagues,
    get_colleague,
    get_colleague_by_internal_id,
    list_colleagues,
    update_colleague,
)
from altoviz_client.api.contacts import (
    create_contact,
    delete_contact,
    find_contacts,
    get_contact,
    list_contacts,
    update_contact,
)
from altoviz_client.api.customer_families import (
    create_customer_family,
    delete_customer_family,
    find_customer_families,
    get_customer_family,
    list_customer_families,
)
from altoviz_client.api.customers import (
    create_customer,
    delete_customer,
    find_customers,
    get_customer,
    get_customer_by_internal_id,
    get_customer_contacts,
    list_customers,
    update_customer,
)
from altoviz_client.api.hello import get_hello
from altoviz_client.api.product_families import (
    create_product_family,
    delete_product_family,
    get_product_family,
    list_product_families,
)
from altoviz_client.api.product_images import create_product_image, delete_product_image, get_product_image
from altoviz_client.api.products import (
    create_product,
    delete_product,
    find_products,
    get_product,
    list_products,
    update_product,
)
from altoviz_client.api.purchase_invoices import create_purchase_invoice_from_file, download_purchase_invoice
from altoviz_client.api.receipts import (
    create_receipt,
    delete_receipt,
    find_receipts,
    get_receipt,
    list_receipts,
    update_receipt,
)
from altoviz_client.api.sale_credits import (
    create_sale_credit,
    delete_sale_credit,
    download_sale_credit,
    finalize_sale_credit,
    find_sale_credits,
    get_sale_credit,
    list_sale_credits,
    mark_sale_credit_as_refunded,
    send_sale_credit,
    update_sale_credit,
)
from altoviz_client.api.sale_invoices import (
    create_sale_invoice,
    delete_sale_invoice,
    download_sale_invoice,
    finalize_sale_invoice,
    find_sale_invoices,
    get_sale_invoice,
    list_sale_invoices,
    mark_sale_invoice_as_paid,
    send_sale_invoice,
    update_sale_invoice,
)
from altoviz_client.api.sale_quotes import (
    create_sale_quote,
    delete_sale_quote,
    download_sale_quote,
    find_sale_quotes,
    get_sale_quote,
    list_sale_quotes,
    send_sale_quote,
)
from altoviz_client.api.settings import get_settings
from altoviz_client.api.suppliers import (
    create_supplier,
    delete_supplier,
    find_suppliers,
    get_supplier,
    get_supplier_by_internal_id,
    get_supplier_contacts,
    list_suppliers,
    update_supplier,
)
from altoviz_client.api.units import list_units
from altoviz_client.api.users import get_user_me, get_user_whoami
from altoviz_client.api.vats import list_vats
from altoviz_client.api.webhooks import create_webhook, delete_webhook, list_webhooks
from altoviz_client.models import (
    ClassificationType,
    ColleagueInput,
    ContactInput,
    CreateProductImageBody,
    CreatePurchaseInvoiceFromFileBody,
    CreditInput,
    CustomerFamilyInput,
    CustomerInput,
    InvoiceInput,
    InvoiceStatusFilter,
    PayInvoice,
    ProductFamilyInput,
    ProductInput,
    QuoteInput,
    ReceiptInput,
    RefundCredit,
    SupplierInput,
    WebhookInput,
)
from altoviz_client.types import File

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "altoviz.yaml"


def declared_statuses() -> dict[str, set[int]]:
    spec = yaml.safe_load(SPEC.read_text())
    return {
        op["operationId"]: {int(code) for code in op["responses"]}
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in {"get", "post", "put", "delete", "patch"}
    }


class Recorder:
    """Calls generated operations and remembers each one's status code."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self.client = client
        self.statuses: dict[str, int] = {}

    async def __call__(self, module: Any, expected: int = 200, **kwargs: Any) -> Any:
        name = module.__name__.rsplit(".", 1)[1]
        response = await module.asyncio_detailed(client=self.client, **kwargs)
        self.statuses[name] = response.status_code
        assert response.status_code == expected, f"{name}: {response.status_code} {response.content[:300]!r}"
        return response.parsed


LINE = {"description": "Consulting day", "quantity": 2, "taxExcludedPrice": 450.0, "vat": {"rate": 20.0}}


async def test_every_operation_answers_a_documented_status(altoviz_sandbox: SandboxServer) -> None:
    client = AuthenticatedClient(
        base_url=altoviz_sandbox.base_url, token=altoviz_sandbox.api_key, auth_header_name="X-API-KEY", prefix=""
    )
    call = Recorder(client)
    async with client:
        await call(get_hello)
        await call(get_bank_account_providers, query="bank")
        await call(list_classifications, type_=ClassificationType.SALE)
        await call(get_settings)
        await call(list_units)
        await call(list_vats)
        await call(get_user_me)
        await call(get_user_whoami)

        # Colleagues
        colleague = await call(create_colleague, body=ColleagueInput.from_dict({"name": "Ada", "internalId": "col-1"}))
        await call(list_colleagues, page_index=1, page_size=10, order_by="name", query="Ada")
        await call(find_colleagues, internal_id="col-1")
        await call(get_colleague_by_internal_id, internal_id="col-1")
        await call(get_colleague, id=colleague.id)
        await call(
            update_colleague, id=colleague.id, body=ColleagueInput.from_dict({"name": "Ada L.", "internalId": "col-1"})
        )

        # Families
        family = await call(
            create_customer_family, body=CustomerFamilyInput.from_dict({"label": "VIP", "internalId": "cf-1"})
        )
        await call(list_customer_families)
        await call(find_customer_families, internal_id="cf-1")
        await call(get_customer_family, id=family.id)
        product_family = await call(create_product_family, body=ProductFamilyInput.from_dict({"label": "Services"}))
        await call(list_product_families)
        await call(get_product_family, id=product_family.id)

        # Customers, suppliers and their contacts
        customer = await call(
            create_customer, body=CustomerInput.from_dict({"companyName": "Acme", "internalId": "cus-1"})
        )
        await call(list_customers, page_index=1, page_size=5, order_by="companyName", query="acme")
        await call(find_customers, internal_id="cus-1")
        await call(get_customer_by_internal_id, internal_id="cus-1")
        await call(get_customer, id=customer.id)
        await call(
            update_customer,
            id=customer.id,
            body=CustomerInput.from_dict({"companyName": "Acme SA", "internalId": "cus-1"}),
        )
        supplier = await call(
            create_supplier, body=SupplierInput.from_dict({"name": "Paper Co", "internalId": "sup-1"})
        )
        await call(list_suppliers)
        await call(find_suppliers, internal_id="sup-1")
        await call(get_supplier_by_internal_id, internal_id="sup-1")
        await call(get_supplier, id=supplier.id)
        await call(
            update_supplier, id=supplier.id, body=SupplierInput.from_dict({"name": "Paper Co.", "internalId": "sup-1"})
        )
        contact = await call(
            create_contact, body=ContactInput.from_dict({"firstName": "Jo", "email": "jo@example.com"})
        )
        await call(list_contacts)
        await call(find_contacts, email="jo@example.com")
        await call(get_contact, id=contact.id)
        await call(update_contact, id=contact.id, body=ContactInput.from_dict({"firstName": "Joe"}))
        # The published Contact has no owner field (and its write model takes no unknown field); the sandbox links
        # a contact to its customer through a sandbox-only customerId, kept beside the record, set here directly.
        contacts_kept = altoviz_sandbox.state.store.collection("contacts")
        assert contacts_kept.get(contact.id) is not None
        contacts_kept.meta[contact.id]["links"] = {"customerId": customer.id}
        contacts = await call(get_customer_contacts, id=customer.id)
        assert [c.id for c in contacts] == [contact.id]
        await call(get_supplier_contacts, id=supplier.id)

        # Products and images
        product = await call(create_product, body=ProductInput.from_dict({"name": "Widget", "internalId": "prd-1"}))
        await call(list_products, family_id="1")
        await call(find_products, internal_id="prd-1")
        await call(get_product, id=product.id)
        await call(
            update_product, id=product.id, body=ProductInput.from_dict({"name": "Widget 2", "internalId": "prd-1"})
        )
        image = File(payload=io.BytesIO(b"\x89PNG\r\n\x1a\nfake"), file_name="w.png", mime_type="image/png")
        await call(create_product_image, product_id=product.id, body=CreateProductImageBody(file=image))
        await call(get_product_image, product_id=product.id)
        await call(delete_product_image, id=product.id)

        # Receipts
        receipt = await call(create_receipt, body=ReceiptInput.from_dict({"amount": 10.0, "internalId": "rec-1"}))
        await call(list_receipts)
        await call(find_receipts, internal_id="rec-1")
        await call(get_receipt, id=receipt.id)
        await call(update_receipt, id=receipt.id, body=ReceiptInput.from_dict({"amount": 12.0, "internalId": "rec-1"}))

        # Sale invoices: draft, update, finalize, pay, send, download; a second draft is deleted
        body = InvoiceInput.from_dict({"customerId": customer.id, "internalId": "inv-1", "lines": [LINE]})
        invoice = await call(create_sale_invoice, body=body)
        await call(update_sale_invoice, id=invoice.id, body=body)
        await call(
            list_sale_invoices, from_=dt.date(2000, 1, 1), customer_id=customer.id, status=InvoiceStatusFilter.DRAFT
        )
        await call(find_sale_invoices, internal_id="inv-1")
        await call(get_sale_invoice, id=invoice.id)
        await call(finalize_sale_invoice, id=invoice.id)
        paid = await call(
            mark_sale_invoice_as_paid,
            body=PayInvoice.from_dict({"invoiceId": invoice.id, "date": "2026-01-31", "paymentMethod": "Transfer"}),
        )
        assert paid.is_paid
        await call(send_sale_invoice, id=invoice.id, body=["billing@example.com"])
        await call(download_sale_invoice, id=invoice.id)
        draft = await call(create_sale_invoice, body=InvoiceInput.from_dict({"lines": [LINE]}))
        await call(delete_sale_invoice, id=draft.id)

        # Sale credits
        credit = await call(create_sale_credit, body=CreditInput.from_dict({"internalId": "crd-1", "lines": [LINE]}))
        await call(
            update_sale_credit, id=credit.id, body=CreditInput.from_dict({"internalId": "crd-1", "lines": [LINE]})
        )
        await call(list_sale_credits, to=dt.date(2100, 1, 1))
        await call(find_sale_credits, internal_id="crd-1")
        await call(get_sale_credit, id=credit.id)
        await call(finalize_sale_credit, id=credit.id)
        await call(
            mark_sale_credit_as_refunded,
            body=RefundCredit.from_dict({"creditId": credit.id, "date": "2026-01-31", "paymentMethod": "Transfer"}),
        )
        await call(send_sale_credit, id=credit.id, body=["billing@example.com"])
        await call(download_sale_credit, id=credit.id)
        draft_credit = await call(create_sale_credit, body=CreditInput.from_dict({}))
        await call(delete_sale_credit, id=draft_credit.id)

        # Sale quotes
        quote = await call(create_sale_quote, body=QuoteInput.from_dict({"internalId": "quo-1", "lines": [LINE]}))
        await call(list_sale_quotes)
        await call(find_sale_quotes, internal_id="quo-1")
        await call(get_sale_quote, id=quote.id)
        await call(send_sale_quote, id=quote.id, body=["buyer@example.com"])
        await call(download_sale_quote, id=quote.id)
        await call(delete_sale_quote, id=quote.id)

        # Purchase invoices from a file
        pdf = File(payload=io.BytesIO(b"%PDF-1.4\n%%EOF\n"), file_name="bill.pdf", mime_type="application/pdf")
        purchase = await call(create_purchase_invoice_from_file, body=CreatePurchaseInvoiceFromFileBody(file=pdf))
        await call(download_purchase_invoice, id=purchase.id)

        # Webhooks
        hook = WebhookInput.from_dict({"name": "hook", "url": "https://example.com/hook", "types": ["InvoiceCreated"]})
        created = await call(create_webhook, expected=201, body=hook)
        await call(list_webhooks)
        await call(delete_webhook, id=created.id)

        # Deletes last, and a missing id answers 404
        await call(delete_contact, id=contact.id)
        await call(delete_colleague, id=colleague.id)
        await call(delete_customer_family, id=family.id)
        await call(delete_product_family, id=product_family.id)
        await call(delete_product, id=product.id)
        await call(delete_receipt, id=receipt.id)
        await call(delete_supplier, id=supplier.id)
        await call(delete_customer, id=customer.id)
        await call(get_customer, expected=404, id=customer.id)

    declared = declared_statuses()
    assert set(call.statuses) == set(declared), set(declared) ^ set(call.statuses)
    assert len(call.statuses) == 93
    undocumented = {op: status for op, status in call.statuses.items() if status not in declared[op]}
    assert not undocumented
