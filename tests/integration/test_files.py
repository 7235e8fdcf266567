"""Downloads and uploads over real HTTP: all-or-nothing files, multipart bodies the server parses."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from altoviz import AltovizClient, AltovizError, upload_file
from altoviz.sandbox import SandboxServer

from altoviz_client.api.product_images import create_product_image
from altoviz_client.api.purchase_invoices import create_purchase_invoice_from_file, download_purchase_invoice
from altoviz_client.api.sale_invoices import download_sale_invoice
from altoviz_client.models import CreateProductImageBody, CreatePurchaseInvoiceFromFileBody


async def _invoice(client: AltovizClient) -> int:
    line = {"description": "Consulting (day)", "quantity": 2, "taxExcludedPrice": 450.0, "vat": {"rate": 20.0}}
    response = await client.http.post("/v1/SaleInvoices", json={"subject": "March", "lines": [line]})
    response.raise_for_status()
    return int(response.json()["id"])


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


async def test_a_download_to_a_path_writes_the_whole_pdf(client: AltovizClient, tmp_path: Path) -> None:
    invoice = await _invoice(client)
    target = await client.download(download_sale_invoice, id=invoice).to_path(tmp_path / "invoice.pdf")
    assert target.read_bytes().startswith(b"%PDF-")
    assert _leftovers(tmp_path) == ["invoice.pdf"]


async def test_an_interrupted_download_leaves_nothing(
    altoviz_sandbox: SandboxServer, client: AltovizClient, tmp_path: Path
) -> None:
    invoice = await _invoice(client)
    altoviz_sandbox.configure(break_download_rate=1.0, pdf_size=1024 * 1024)
    with pytest.raises(AltovizError):
        await client.download(download_sale_invoice, id=invoice).to_path(tmp_path / "invoice.pdf")
    assert _leftovers(tmp_path) == []


async def test_a_cancelled_download_leaves_nothing(
    altoviz_sandbox: SandboxServer, client: AltovizClient, tmp_path: Path
) -> None:
    invoice = await _invoice(client)
    # 4 MiB in 64 KiB chunks, 20 ms apart: about 1.3 s of body, cancelled a few chunks in.
    altoviz_sandbox.configure(slow_body_ms=20, pdf_size=4 * 1024 * 1024)
    download = client.download(download_sale_invoice, id=invoice).to_path(tmp_path / "invoice.pdf")
    with pytest.raises(asyncio.TimeoutError):
        await asyncio.wait_for(download, timeout=0.3)
    assert _leftovers(tmp_path) == []


async def test_a_failed_download_keeps_the_earlier_file(
    altoviz_sandbox: SandboxServer, client: AltovizClient, tmp_path: Path
) -> None:
    invoice = await _invoice(client)
    earlier = tmp_path / "invoice.pdf"
    earlier.write_bytes(b"%PDF-1.4 the earlier one")
    altoviz_sandbox.configure(break_download_rate=1.0, pdf_size=1024 * 1024)
    with pytest.raises(AltovizError):
        await client.download(download_sale_invoice, id=invoice).to_path(earlier)
    assert earlier.read_bytes() == b"%PDF-1.4 the earlier one"
    assert _leftovers(tmp_path) == ["invoice.pdf"]


@pytest.fixture
def bill(tmp_path: Path) -> Path:
    path = tmp_path / "bill.pdf"
    # A boundary-like line inside the file: the fixed boundary of the generated code would cut it here.
    path.write_bytes(b"%PDF-1.4\n" + b"\r\n--+++\r\n" + bytes(range(256)) * 4000 + b"\n%%EOF\n")
    return path


async def test_a_pdf_uploaded_as_a_purchase_invoice_comes_back_unchanged(client: AltovizClient, bill: Path) -> None:
    with upload_file(bill) as file:
        invoice = await client.upload(create_purchase_invoice_from_file, body=CreatePurchaseInvoiceFromFileBody(file))
    assert invoice.subject == "bill.pdf"
    assert isinstance(invoice.id, int)
    sent = bill.read_bytes()  # noqa: ASYNC240 - a small test file
    stored = b"".join([chunk async for chunk in client.download(download_purchase_invoice, id=invoice.id).iter_bytes()])
    assert stored == sent


async def test_a_product_image_upload_is_stored(
    altoviz_sandbox: SandboxServer, client: AltovizClient, tmp_path: Path
) -> None:
    product = (await client.http.post("/v1/Products", json={"name": "Chair", "number": "P-1"})).json()
    image = tmp_path / "chair.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 10_000)
    with upload_file(image) as file:
        updated = await client.upload(create_product_image, product["id"], body=CreateProductImageBody(file))
    assert updated.image_url
    stored = altoviz_sandbox.state.store.collection("products").meta[product["id"]]["image"]
    assert stored == ("chair.png", image.read_bytes())
