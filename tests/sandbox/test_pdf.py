"""Downloads are real PDFs that show the document, and big ones stream in bounded chunks."""

from __future__ import annotations

import io

import httpx
import pypdf
from altoviz.sandbox import SandboxServer
from altoviz.sandbox.pdf import build_pdf


async def test_invoice_pdf_opens_and_shows_number_and_lines(http: httpx.AsyncClient) -> None:
    line = {"description": "Consulting (day)", "quantity": 2, "taxExcludedPrice": 450.0, "vat": {"rate": 20.0}}
    invoice = (await http.post("/v1/SaleInvoices", json={"subject": "March", "lines": [line]})).json()
    number = (await http.post(f"/v1/SaleInvoices/Finalize/{invoice['id']}")).json()["number"]
    response = await http.get(f"/v1/SaleInvoices/Download/{invoice['id']}")
    assert response.headers["content-type"] == "application/pdf"
    reader = pypdf.PdfReader(io.BytesIO(response.content), strict=True)
    text = reader.pages[0].extract_text()
    assert number in text
    assert "Consulting (day)" in text
    assert "1,080.00" in text  # total including tax


def test_many_lines_flow_onto_more_pages() -> None:
    pdf = build_pdf("INVOICE INV-000009", [f"line {n}" for n in range(120)])
    reader = pypdf.PdfReader(io.BytesIO(pdf.to_bytes()), strict=True)
    assert len(reader.pages) == 3
    assert "line 119" in reader.pages[2].extract_text()


def test_padding_reaches_the_exact_size_in_bounded_chunks() -> None:
    pdf = build_pdf("QUOTE QUO-000001", ["x"], min_size=200 * 1024 * 1024)
    assert pdf.size == 200 * 1024 * 1024
    # The size is known without producing the bytes; each chunk stays small.
    sizes = [len(chunk) for chunk, _ in zip(pdf.chunks(), range(50), strict=False)]
    assert max(sizes) <= 64 * 1024
    small = build_pdf("QUOTE QUO-000001", ["x"], min_size=300_000)
    reader = pypdf.PdfReader(io.BytesIO(small.to_bytes()), strict=True)
    assert "QUO-000001" in reader.pages[0].extract_text()


async def test_large_download_streams_with_its_content_length(
    altoviz_sandbox: SandboxServer, http: httpx.AsyncClient
) -> None:
    quote = (await http.post("/v1/SaleQuotes", json={})).json()
    size = 30 * 1024 * 1024
    altoviz_sandbox.configure(pdf_size=size)
    received, tail = 0, b""
    async with http.stream("GET", f"/v1/SaleQuotes/Download/{quote['id']}") as response:
        assert int(response.headers["content-length"]) == size
        async for chunk in response.aiter_raw():
            received += len(chunk)
            tail = (tail + chunk)[-16:]
    assert received == size
    assert tail.endswith(b"%%EOF\n")
