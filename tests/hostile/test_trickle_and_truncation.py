"""A server that trickles is stopped by the total timeout; a body cut with the connection is never a file."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from altoviz import AltovizClient, APIConnectionError, APITimeoutError, DownloadError, Pacer, total_timeout
from altoviz.sandbox.completion import as_sent

from altoviz_client.api.customers import get_customer
from altoviz_client.api.sale_invoices import download_sale_invoice
from altoviz_client.models.customer import Customer

from .loopback import SeenRequest, head, loopback

KEY = "sk_trickle_Hw4Kp8ZtQ2mXv6Ln"
# A small but well-formed PDF of 5,016 bytes, as in the report: header, padding, trailer.
PDF = b"%PDF-1.7\n" + b"%" + b"x" * (5_016 - 9 - 1 - 7) + b"\n%%EOF\n"
assert len(PDF) == 5_016


def pacer() -> Pacer:
    return Pacer(initial_window=10_000, min_rate=10_000)


def trickle(body: bytes, every: float, headers: dict[str, str], status: int = 200):  # type: ignore[no-untyped-def]
    async def answer(request: SeenRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(head(status, headers))
        for n in range(len(body)):
            writer.write(body[n : n + 1])
            await writer.drain()
            await asyncio.sleep(every)

    return answer


def cut(body: bytes, at: int, headers: dict[str, str], status: int = 200):  # type: ignore[no-untyped-def]
    """Send the head and ``body[:at]``, then close: without a Content-Length, the close is the end."""

    async def answer(request: SeenRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(head(status, headers) + body[:at])

    return answer


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


async def test_a_trickling_body_is_stopped_by_the_client_total_timeout() -> None:
    # One byte every 0.2 s never trips the 5 s read timeout; the body would take 20 s.
    body = json.dumps(as_sent(Customer, {"id": 1, "name": "a" * 80})).encode()
    answer = trickle(body, 0.2, {"Content-Length": str(len(body)), "Content-Type": "application/json"})
    async with (
        loopback(answer) as api,
        AltovizClient(KEY, base_url=api.origin, timeout=5.0, total_timeout=1.0, pacer=pacer(), max_retries=0) as client,
    ):
        with pytest.raises(APITimeoutError) as caught:
            await client.call(get_customer, id=1)
    assert "total timeout" in str(caught.value)


async def test_a_trickling_download_is_stopped_by_a_per_call_total_timeout(tmp_path: Path) -> None:
    answer = trickle(PDF, 0.01, {"Content-Length": str(len(PDF)), "Content-Type": "application/pdf"})
    async with (
        loopback(answer) as api,
        AltovizClient(KEY, base_url=api.origin, timeout=5.0, pacer=pacer(), max_retries=0) as client,
    ):
        with total_timeout(0.5), pytest.raises(APITimeoutError):
            await client.download(download_sale_invoice, 7).to_path(tmp_path / "7.pdf")
    assert names(tmp_path) == []


async def test_the_total_timeout_must_be_positive() -> None:
    with pytest.raises(ValueError, match="total_timeout"):
        AltovizClient(KEY, base_url="http://127.0.0.1:9", total_timeout=0)
    with pytest.raises(ValueError, match="total_timeout"), total_timeout(-1):
        pass


@pytest.mark.parametrize("content_type", ["application/pdf", "application/octet-stream"])
async def test_a_close_delimited_pdf_cut_short_is_an_error_and_leaves_no_file(
    tmp_path: Path, content_type: str
) -> None:
    target = tmp_path / "7.pdf"
    target.write_bytes(b"%PDF-1.7 the earlier, complete file\n%%EOF\n")
    async with (
        loopback(cut(PDF, 2_000, {"Content-Type": content_type})) as api,
        AltovizClient(KEY, base_url=api.origin, pacer=pacer(), max_retries=0) as client,
    ):
        with pytest.raises(DownloadError, match="truncated"):
            await client.download(download_sale_invoice, 7).to_path(target)
    assert names(tmp_path) == ["7.pdf"]
    assert target.read_bytes() == b"%PDF-1.7 the earlier, complete file\n%%EOF\n"  # not overwritten


async def test_a_close_delimited_pdf_cut_short_fails_iter_bytes_and_to_file(tmp_path: Path) -> None:
    async with (
        loopback(cut(PDF, 2_000, {"Content-Type": "application/pdf"})) as api,
        AltovizClient(KEY, base_url=api.origin, pacer=pacer(), max_retries=0) as client,
    ):
        with pytest.raises(DownloadError, match="truncated"):
            async for _ in client.download(download_sale_invoice, 7).iter_bytes():
                pass
        with (tmp_path / "out.bin").open("wb") as file, pytest.raises(DownloadError, match="truncated"):
            await client.download(download_sale_invoice, 7).to_file(file)


@pytest.mark.parametrize("tail", [b"", b"\n\r\n  ", b"\x00" * 100])
async def test_a_complete_close_delimited_pdf_is_written(tmp_path: Path, tail: bytes) -> None:
    async with (
        loopback(cut(PDF + tail, len(PDF + tail), {"Content-Type": "application/pdf"})) as api,
        AltovizClient(KEY, base_url=api.origin, pacer=pacer(), max_retries=0) as client,
    ):
        path = await client.download(download_sale_invoice, 7).to_path(tmp_path / "7.pdf")
    assert path.read_bytes() == PDF + tail


async def test_a_close_delimited_body_that_is_not_a_pdf_is_taken_as_it_came(tmp_path: Path) -> None:
    # Without a length nor a format to check, the close is the only end there is (require_pdf=False).
    async with (
        loopback(cut(b"plain bytes", 11, {"Content-Type": "application/octet-stream"})) as api,
        AltovizClient(KEY, base_url=api.origin, pacer=pacer(), max_retries=0) as client,
    ):
        path = await client.download(download_sale_invoice, 7).to_path(tmp_path / "x.bin", require_pdf=False)
    assert path.read_bytes() == b"plain bytes"


async def test_a_chunked_body_cut_short_is_a_connection_error(tmp_path: Path) -> None:
    chunked = b"%x\r\n" % 2_000 + PDF[:2_000] + b"\r\n"  # no terminating 0-size chunk
    answer = cut(chunked, len(chunked), {"Content-Type": "application/pdf", "Transfer-Encoding": "chunked"})
    async with loopback(answer) as api, AltovizClient(KEY, base_url=api.origin, pacer=pacer(), max_retries=0) as client:
        with pytest.raises(APIConnectionError):
            await client.download(download_sale_invoice, 7).to_path(tmp_path / "7.pdf")
    assert names(tmp_path) == []


async def test_a_download_error_body_cut_short_is_a_connection_error(tmp_path: Path) -> None:
    body = b'{"title": "Not Found", "detail": "no such invoice"}'
    answer = cut(body, 10, {"Content-Type": "application/json", "Content-Length": str(len(body))}, status=404)
    async with (
        loopback(answer) as api,
        AltovizClient(KEY, base_url=api.origin, pacer=pacer(), max_retries=0) as client,
    ):
        with pytest.raises(APIConnectionError):
            await client.download(download_sale_invoice, 7).to_path(tmp_path / "7.pdf")
    assert names(tmp_path) == []


async def test_a_trickling_download_error_body_hits_the_total_timeout(tmp_path: Path) -> None:
    body = b'{"title": "Not Found", "detail": "' + b"x" * 60 + b'"}'
    answer = trickle(body, 0.05, {"Content-Type": "application/json", "Content-Length": str(len(body))}, status=404)
    async with (
        loopback(answer) as api,
        AltovizClient(KEY, base_url=api.origin, timeout=5.0, total_timeout=0.5, pacer=pacer(), max_retries=0) as client,
    ):
        with pytest.raises(APITimeoutError):
            await client.download(download_sale_invoice, 7).to_path(tmp_path / "7.pdf")
    assert names(tmp_path) == []
