"""Streaming multipart uploads, and why the upload helper does not send the generated request as is."""

from __future__ import annotations

import io
import random
import threading
from email.message import EmailMessage
from pathlib import Path
from typing import ClassVar

import httpx
import pytest
from altoviz import AltovizClient, upload_file
from altoviz.sandbox.completion import as_sent
from pytest_httpx import HTTPXMock

from altoviz_client.api.product_images import create_product_image
from altoviz_client.api.purchase_invoices import create_purchase_invoice_from_file
from altoviz_client.models import CreateProductImageBody, CreatePurchaseInvoiceFromFileBody, Product, PurchaseInvoice
from altoviz_client.types import File

from .support import BASE, KEY, ScriptedTransport, fast_pacer, parse_multipart, respond
from .virtual_time import run_virtual

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 4000 + b"\n%%EOF\n"


def only_part(message: EmailMessage) -> EmailMessage:
    parts = list(message.iter_parts())
    assert len(parts) == 1
    part = parts[0]
    assert isinstance(part, EmailMessage)
    return part


async def test_call_with_the_generated_upload_keeps_a_file_that_contains_a_delimiter(
    client: AltovizClient, httpx_mock: HTTPXMock
) -> None:
    """The generated request once hard-coded boundary=+++; our template leaves the boundary to httpx (random)."""
    httpx_mock.add_response(json=as_sent(PurchaseInvoice, {"id": 1}))
    hostile = b"%PDF-1.7\r\n--+++\r\nthe rest of the file"
    body = CreatePurchaseInvoiceFromFileBody(file=File(payload=io.BytesIO(hostile), file_name="bill.pdf"))
    await client.call(create_purchase_invoice_from_file, body=body)
    request = httpx_mock.get_request()
    assert request is not None
    assert "+++" not in request.headers["Content-Type"]
    assert only_part(parse_multipart(request)).get_content() == hostile


async def test_upload_streams_the_file_with_a_random_boundary(
    client: AltovizClient, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    httpx_mock.add_response(
        url=f"{BASE}/v1/PurchaseInvoices/file", method="POST", json=as_sent(PurchaseInvoice, {"id": 5})
    )
    source = tmp_path / "facture.pdf"
    source.write_bytes(b"%PDF-1.7\r\n--+++\r\n" + PDF)
    with upload_file(source) as file:
        invoice = await client.upload(create_purchase_invoice_from_file, body=CreatePurchaseInvoiceFromFileBody(file))
    assert isinstance(invoice, PurchaseInvoice)
    assert invoice.id == 5
    request = httpx_mock.get_request()
    assert request is not None
    content_type = request.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    assert "+++" not in content_type
    assert int(request.headers["Content-Length"]) == len(request.content)
    assert request.headers["X-API-KEY"] == KEY
    part = only_part(parse_multipart(request))
    assert part.get_param("name", header="content-disposition") == "file"
    assert part.get_filename() == "facture.pdf"
    assert part.get_content_type() == "application/pdf"
    assert part.get_content() == source.read_bytes()


async def test_product_image_upload_goes_to_its_product(client: AltovizClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{BASE}/v1/ProductImages/12", method="POST", json=as_sent(Product, {"id": 12, "name": "Chair"})
    )
    png = b"\x89PNG\r\n\x1a\n" + bytes(random.Random(3).randbytes(50_000))
    body = CreateProductImageBody(file=File(payload=io.BytesIO(png), file_name="chair.png"))
    product = await client.upload(create_product_image, 12, body=body)
    assert isinstance(product, Product)
    request = httpx_mock.get_request()
    assert request is not None
    part = only_part(parse_multipart(request))
    assert part.get_content_type() == "image/png"
    assert part.get_content() == png


async def test_upload_reads_the_file_in_worker_threads(client: AltovizClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=as_sent(PurchaseInvoice, {"id": 1}))

    class RecordingFile(io.BytesIO):
        threads: ClassVar[set[int]] = set()

        def read(self, size: int | None = -1) -> bytes:
            self.threads.add(threading.get_ident())
            return super().read(size)

    body = CreatePurchaseInvoiceFromFileBody(file=File(payload=RecordingFile(PDF), file_name="bill.pdf"))
    await client.upload(create_purchase_invoice_from_file, body=body)
    assert RecordingFile.threads
    assert threading.get_ident() not in RecordingFile.threads


def test_a_retried_upload_sends_the_same_body_again() -> None:
    server = ScriptedTransport(
        respond(
            httpx.Response(429, headers={"Retry-After": "1"}),
            httpx.Response(200, json=as_sent(PurchaseInvoice, {"id": 1})),
        )
    )

    async def scenario() -> None:
        # No total timeout: while the file is read in a worker thread, the virtual clock would jump to its timer.
        async with AltovizClient(
            KEY, base_url=BASE, transport=server, pacer=fast_pacer(), total_timeout=None
        ) as client:
            body = CreatePurchaseInvoiceFromFileBody(file=File(payload=io.BytesIO(PDF), file_name="bill.pdf"))
            await client.upload(create_purchase_invoice_from_file, body=body)

    run_virtual(scenario())
    assert len(server.requests) == 2
    first, second = (r.content for r in server.requests)
    assert first == second
    assert PDF in first


async def test_upload_refuses_an_operation_without_multipart_body(client: AltovizClient) -> None:
    from altoviz_client.api.customers import get_customer

    with pytest.raises(TypeError, match="multipart"):
        await client.upload(get_customer, id=1)
