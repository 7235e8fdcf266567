"""What the generated operations put on the wire, and what they make of the answer.

Each test drives one generated ``asyncio_detailed`` through pytest-httpx and checks the request as httpx
would send it (method, path, query string, ``X-API-KEY``, ``Content-Type``, body) and the parsed result.
"""

from __future__ import annotations

import datetime
import json
import secrets
from collections.abc import AsyncIterator
from http import HTTPStatus
from io import BytesIO

import httpx
import pytest
from altoviz.sandbox.completion import as_sent
from async_layer.support import parse_multipart
from pytest_httpx import HTTPXMock

from altoviz_client import AuthenticatedClient
from altoviz_client.api.customers import (
    create_customer,
    delete_customer,
    get_customer,
    list_customers,
    update_customer,
)
from altoviz_client.api.purchase_invoices import create_purchase_invoice_from_file
from altoviz_client.api.sale_invoices import download_sale_invoice, list_sale_invoices
from altoviz_client.api.sale_quotes import list_sale_quotes
from altoviz_client.models.address_fields import AddressFields
from altoviz_client.models.create_purchase_invoice_from_file_body import CreatePurchaseInvoiceFromFileBody
from altoviz_client.models.customer import Customer
from altoviz_client.models.customer_input import CustomerInput
from altoviz_client.models.customer_type import CustomerType
from altoviz_client.models.expense_status import ExpenseStatus
from altoviz_client.models.invoice import Invoice
from altoviz_client.models.invoice_status_filter import InvoiceStatusFilter
from altoviz_client.models.problem_details import ProblemDetails
from altoviz_client.models.purchase_invoice import PurchaseInvoice
from altoviz_client.models.quote import Quote
from altoviz_client.models.quote_status import QuoteStatus
from altoviz_client.types import File

BASE_URL = "https://api.altoviz.test"
PDF_BYTES = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def api_key() -> str:
    return secrets.token_urlsafe(32)


@pytest.fixture
async def client(api_key: str) -> AsyncIterator[AuthenticatedClient]:
    async with AuthenticatedClient(base_url=BASE_URL, token=api_key, auth_header_name="X-API-KEY", prefix="") as c:
        yield c


def only_request(httpx_mock: HTTPXMock) -> httpx.Request:
    requests = httpx_mock.get_requests()
    assert len(requests) == 1
    return requests[0]


def assert_sent(request: httpx.Request, method: str, path: str, api_key: str) -> None:
    assert request.method == method
    assert request.url.scheme == "https"
    assert request.url.host == "api.altoviz.test"
    assert request.url.path == path
    # The key goes as it is in X-API-KEY: no "Bearer " prefix, no Authorization header.
    assert request.headers.get_list("X-API-KEY") == [api_key]
    assert "Authorization" not in request.headers


def assert_no_body(request: httpx.Request) -> None:
    assert request.content == b""
    assert "Content-Type" not in request.headers


def assert_json_body(request: httpx.Request, expected: object) -> None:
    assert request.headers.get_list("Content-Type") == ["application/json"]
    assert json.loads(request.content) == expected
    assert request.headers["Content-Length"] == str(len(request.content))


def upload_body(content: bytes) -> CreatePurchaseInvoiceFromFileBody:
    return CreatePurchaseInvoiceFromFileBody(
        file=File(payload=BytesIO(content), file_name="facture-2024-06.pdf", mime_type="application/pdf")
    )


# --- list ----------------------------------------------------------------------------------------------------


async def test_list_customers(httpx_mock: HTTPXMock, client: AuthenticatedClient, api_key: str) -> None:
    httpx_mock.add_response(
        json=[
            as_sent(Customer, {"id": 1, "name": "Dupont & Fils", "type": "Business"}),
            as_sent(Customer, {"id": 2, "name": "Ada Lovelace", "type": "Reseller", "loyaltyTier": "gold"}),
        ]
    )

    response = await list_customers.asyncio_detailed(client=client, page_index=2, page_size=50, query="dupont & fils")

    request = only_request(httpx_mock)
    assert_sent(request, "GET", "/v1/Customers", api_key)
    assert request.url.params.multi_items() == [("PageIndex", "2"), ("PageSize", "50"), ("query", "dupont & fils")]
    assert request.url.query == b"PageIndex=2&PageSize=50&query=dupont+%26+fils"
    assert_no_body(request)

    assert response.status_code == HTTPStatus.OK
    first, second = response.parsed
    assert isinstance(first, Customer)
    assert first.id == 1
    assert first.type_ is CustomerType.BUSINESS
    assert isinstance(second, Customer)
    assert isinstance(second.type_, CustomerType)
    assert second.type_ == "Reseller"
    assert second.additional_properties == {"loyaltyTier": "gold"}


async def test_list_customers_without_parameters_sends_no_query(
    httpx_mock: HTTPXMock, client: AuthenticatedClient, api_key: str
) -> None:
    httpx_mock.add_response(json=[])

    response = await list_customers.asyncio_detailed(client=client)

    request = only_request(httpx_mock)
    assert_sent(request, "GET", "/v1/Customers", api_key)
    assert request.url.query == b""
    assert response.parsed == []


async def test_list_sale_invoices(httpx_mock: HTTPXMock, client: AuthenticatedClient, api_key: str) -> None:
    httpx_mock.add_response(
        json=[
            as_sent(
                Invoice,
                {"id": 1024, "number": "FA-2024-0042", "date": "2024-02-01", "customerType": "Business", "lines": []},
            )
        ]
    )

    response = await list_sale_invoices.asyncio_detailed(
        client=client,
        from_=datetime.date(2024, 1, 1),
        to=datetime.date(2024, 3, 31),
        status=InvoiceStatusFilter.TOSEND,
    )

    request = only_request(httpx_mock)
    assert_sent(request, "GET", "/v1/SaleInvoices", api_key)
    assert request.url.params.multi_items() == [("From", "2024-01-01"), ("To", "2024-03-31"), ("Status", "ToSend")]
    assert_no_body(request)

    assert response.status_code == HTTPStatus.OK
    (invoice,) = response.parsed
    assert isinstance(invoice, Invoice)
    assert invoice.id == 1024
    assert invoice.number == "FA-2024-0042"
    assert invoice.date == datetime.date(2024, 2, 1)
    assert invoice.customer_type is CustomerType.BUSINESS
    assert invoice.lines == []


@pytest.mark.parametrize(
    "sent",
    [
        pytest.param("Accepted", id="known"),
        pytest.param("Archived", id="unknown-to-this-client"),
    ],
)
async def test_list_sale_quotes_sends_one_status_parameter(
    httpx_mock: HTTPXMock, client: AuthenticatedClient, api_key: str, sent: str
) -> None:
    status = QuoteStatus(sent)
    assert (status is QuoteStatus.ACCEPTED) == (sent == "Accepted")
    httpx_mock.add_response(json=[as_sent(Quote, {"id": 9, "number": "DE-0009", "status": sent})])

    response = await list_sale_quotes.asyncio_detailed(client=client, status=status, customer_id=42)

    request = only_request(httpx_mock)
    assert_sent(request, "GET", "/v1/SaleQuotes", api_key)
    # One plain "Status" parameter, not the dotted "Status.Status.Status" of the published document.
    assert request.url.params.multi_items() == [("CustomerId", "42"), ("Status", sent)]
    assert_no_body(request)

    (quote,) = response.parsed
    assert isinstance(quote, Quote)
    assert isinstance(quote.status, QuoteStatus)
    assert quote.status == sent


# --- get -----------------------------------------------------------------------------------------------------


async def test_get_customer(httpx_mock: HTTPXMock, client: AuthenticatedClient, api_key: str) -> None:
    httpx_mock.add_response(
        json=as_sent(
            Customer,
            {
                "id": 42,
                "firstName": "Ada",
                "type": "Consumer",
                "billingAddress": {"city": "Paris", "countryIso": "FR"},
                "family": None,
            },
        )
    )

    response = await get_customer.asyncio_detailed(42, client=client)

    request = only_request(httpx_mock)
    assert_sent(request, "GET", "/v1/Customers/42", api_key)
    assert request.url.query == b""
    assert_no_body(request)

    assert response.status_code == HTTPStatus.OK
    customer = response.parsed
    assert isinstance(customer, Customer)
    assert customer.id == 42
    assert customer.first_name == "Ada"
    assert customer.type_ is CustomerType.CONSUMER
    assert isinstance(customer.billing_address, AddressFields)
    assert customer.billing_address.city == "Paris"
    assert customer.family is None


async def test_get_customer_not_found_parses_problem_details(
    httpx_mock: HTTPXMock, client: AuthenticatedClient, api_key: str
) -> None:
    httpx_mock.add_response(
        status_code=404,
        headers={"Content-Type": "application/problem+json"},
        json={"title": "Not Found", "status": 404, "traceId": "00-abc-01"},
    )

    response = await get_customer.asyncio_detailed(404404, client=client)

    assert_sent(only_request(httpx_mock), "GET", "/v1/Customers/404404", api_key)
    assert response.status_code == HTTPStatus.NOT_FOUND
    problem = response.parsed
    assert isinstance(problem, ProblemDetails)
    assert problem.status == 404
    assert problem.title == "Not Found"
    assert problem.additional_properties == {"traceId": "00-abc-01"}


# --- create / update / delete --------------------------------------------------------------------------------


async def test_create_customer(httpx_mock: HTTPXMock, client: AuthenticatedClient, api_key: str) -> None:
    httpx_mock.add_response(
        json=as_sent(Customer, {"id": 43, "firstName": "Ada", "lastName": "Lovelace", "type": "Consumer"})
    )
    body = CustomerInput(first_name="Ada", last_name="Lovelace", type_=CustomerType.CONSUMER, internal_id="crm-0043")

    response = await create_customer.asyncio_detailed(client=client, body=body)

    request = only_request(httpx_mock)
    assert_sent(request, "POST", "/v1/Customers", api_key)
    assert request.url.query == b""
    # Only the fields that were set: nothing for the UNSET ones, not even null.
    assert_json_body(
        request, {"firstName": "Ada", "lastName": "Lovelace", "type": "Consumer", "internalId": "crm-0043"}
    )

    assert response.status_code == HTTPStatus.OK
    created = response.parsed
    assert isinstance(created, Customer)
    assert created.id == 43
    assert created.type_ is CustomerType.CONSUMER


async def test_create_customer_sends_explicit_null_and_nothing_unset(
    httpx_mock: HTTPXMock, client: AuthenticatedClient, api_key: str
) -> None:
    httpx_mock.add_response(json=as_sent(Customer, {"id": 44}))
    body = CustomerInput(company_name="Dupont & Fils", type_=CustomerType("Reseller"), email=None)

    await create_customer.asyncio_detailed(client=client, body=body)

    request = only_request(httpx_mock)
    assert_sent(request, "POST", "/v1/Customers", api_key)
    assert_json_body(request, {"companyName": "Dupont & Fils", "type": "Reseller", "email": None})


def test_write_models_hold_no_read_only_or_unknown_field() -> None:
    # The published document marks id, name, balance... readOnly and forbids other properties: a write model
    # cannot carry them, so no update round trip can send them.
    with pytest.raises(TypeError):
        CustomerInput(id=42)  # type: ignore[call-arg]
    read = as_sent(Customer, {"id": 42, "name": "Dupont", "companyName": "Dupont", "loyaltyTier": "gold"})
    sent = CustomerInput.from_dict(read).to_dict()
    assert sent["companyName"] == "Dupont"
    assert not {"id", "name", "loyaltyTier"} & set(sent)


async def test_update_customer(httpx_mock: HTTPXMock, client: AuthenticatedClient, api_key: str) -> None:
    httpx_mock.add_response(json=as_sent(Customer, {"id": 42, "email": "ada@example.test", "type": "Business"}))
    body = CustomerInput(email="ada@example.test", type_=CustomerType.BUSINESS)

    response = await update_customer.asyncio_detailed(42, client=client, body=body)

    request = only_request(httpx_mock)
    assert_sent(request, "PUT", "/v1/Customers/42", api_key)
    assert request.url.query == b""
    assert_json_body(request, {"email": "ada@example.test", "type": "Business"})

    assert response.status_code == HTTPStatus.OK
    updated = response.parsed
    assert isinstance(updated, Customer)
    assert updated.email == "ada@example.test"
    assert updated.type_ is CustomerType.BUSINESS


async def test_delete_customer(httpx_mock: HTTPXMock, client: AuthenticatedClient, api_key: str) -> None:
    httpx_mock.add_response(status_code=200)

    response = await delete_customer.asyncio_detailed(42, client=client)

    request = only_request(httpx_mock)
    assert_sent(request, "DELETE", "/v1/Customers/42", api_key)
    assert request.url.query == b""
    assert_no_body(request)

    assert response.status_code == HTTPStatus.OK
    assert response.content == b""
    assert response.parsed is None


# --- download ------------------------------------------------------------------------------------------------


async def test_download_sale_invoice(httpx_mock: HTTPXMock, client: AuthenticatedClient, api_key: str) -> None:
    httpx_mock.add_response(
        content=PDF_BYTES,
        headers={"Content-Type": "application/pdf", "Content-Disposition": 'attachment; filename="FA-0042.pdf"'},
    )

    response = await download_sale_invoice.asyncio_detailed(1024, client=client)

    request = only_request(httpx_mock)
    assert_sent(request, "GET", "/v1/SaleInvoices/Download/1024", api_key)
    assert request.url.query == b""
    assert_no_body(request)

    assert response.status_code == HTTPStatus.OK
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.content == PDF_BYTES
    downloaded = response.parsed
    assert isinstance(downloaded, File)
    assert downloaded.payload.read() == PDF_BYTES
    # The generated parser does not look at Content-Type / Content-Disposition.
    assert downloaded.file_name is None
    assert downloaded.mime_type is None


# --- upload --------------------------------------------------------------------------------------------------


async def test_create_purchase_invoice_from_file(
    httpx_mock: HTTPXMock, client: AuthenticatedClient, api_key: str
) -> None:
    httpx_mock.add_response(json=as_sent(PurchaseInvoice, {"id": 77, "status": "Pending", "taxIncludedAmount": 120.5}))

    response = await create_purchase_invoice_from_file.asyncio_detailed(client=client, body=upload_body(PDF_BYTES))

    request = only_request(httpx_mock)
    assert_sent(request, "POST", "/v1/PurchaseInvoices/file", api_key)
    assert request.url.query == b""

    # httpx writes the header with a random boundary, and the body uses that boundary.
    (content_type,) = request.headers.get_list("Content-Type")
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1]
    assert len(boundary) >= 16
    assert boundary != "+++"
    assert request.content.startswith(f"--{boundary}\r\n".encode())
    assert request.content.endswith(f"\r\n--{boundary}--\r\n".encode())
    assert request.headers["Content-Length"] == str(len(request.content))

    message = parse_multipart(request)
    assert message.get_content_type() == "multipart/form-data"
    assert message.get_boundary() == boundary
    (part,) = message.iter_parts()
    assert part.get_content_disposition() == "form-data"
    assert part.get_param("name", header="content-disposition") == "file"
    assert part.get_filename() == "facture-2024-06.pdf"
    assert part.get_content_type() == "application/pdf"
    assert part.get_payload(decode=True) == PDF_BYTES

    assert response.status_code == HTTPStatus.OK
    purchase_invoice = response.parsed
    assert isinstance(purchase_invoice, PurchaseInvoice)
    assert purchase_invoice.id == 77
    assert purchase_invoice.status is ExpenseStatus.PENDING


async def test_upload_survives_a_file_that_contains_a_plausible_delimiter(
    httpx_mock: HTTPXMock, client: AuthenticatedClient
) -> None:
    """The generator used to send ``boundary=+++`` on every upload, which cut such a file in two parts.

    Our endpoint template drops that header so httpx picks a random boundary, one the data cannot contain.
    """
    content = b'%PDF-1.7\r\n--+++\r\nContent-Disposition: form-data; name="injected"\r\n\r\nrest of the file'
    httpx_mock.add_response(json=as_sent(PurchaseInvoice, {"id": 78}))

    await create_purchase_invoice_from_file.asyncio_detailed(client=client, body=upload_body(content))

    message = parse_multipart(only_request(httpx_mock))
    (part,) = message.iter_parts()
    assert part.get_param("name", header="content-disposition") == "file"
    assert part.get_payload(decode=True) == content
