"""Streaming downloads: to a path (all or nothing), to an open file, as chunks, and in batches."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import io
import threading
import time
import tracemalloc
from collections.abc import AsyncIterator
from pathlib import Path
from typing import IO, ClassVar

import httpx
import pytest
from altoviz import AltovizClient, APIConnectionError, DownloadError, NotFoundError, _download

from altoviz_client.api.sale_invoices import download_sale_invoice

from .support import BASE, KEY, ScriptedTransport, fast_pacer

PDF = b"%PDF-1.7\n" + b"x" * 200_000 + b"\n%%EOF\n"


def pdf_stream(body: bytes = PDF, *, chunk: int = 16_384, fail_after: int | None = None) -> AsyncIterator[bytes]:
    async def gen() -> AsyncIterator[bytes]:
        for n, start in enumerate(range(0, len(body), chunk)):
            if fail_after is not None and n == fail_after:
                raise httpx.ReadError("connection reset by peer")
            yield body[start : start + chunk]
            await asyncio.sleep(0)

    return gen()


def serve(handler) -> AltovizClient:  # type: ignore[no-untyped-def]
    return AltovizClient(KEY, base_url=BASE, transport=ScriptedTransport(handler), pacer=fast_pacer(), max_retries=0)


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


async def test_to_path_writes_the_whole_pdf_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/v1/SaleInvoices/Download/7"
        return httpx.Response(200, headers={"Content-Type": "application/pdf"}, content=pdf_stream())

    async with serve(handler) as client:
        path = await client.download(download_sale_invoice, id=7).to_path(tmp_path / "7.pdf")
    assert path == tmp_path / "7.pdf"
    assert path.read_bytes() == PDF
    assert files_in(tmp_path) == ["7.pdf"]


async def test_a_body_that_is_not_a_pdf_leaves_nothing_and_keeps_the_old_file(tmp_path: Path) -> None:
    (tmp_path / "7.pdf").write_bytes(b"%PDF-old")

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"<html>login page</html>")

    async with serve(handler) as client:
        with pytest.raises(DownloadError, match="not a PDF"):
            await client.download(download_sale_invoice, id=7).to_path(tmp_path / "7.pdf")
    assert files_in(tmp_path) == ["7.pdf"]
    assert (tmp_path / "7.pdf").read_bytes() == b"%PDF-old"


async def test_a_connection_lost_mid_body_leaves_nothing(tmp_path: Path) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=pdf_stream(fail_after=5))

    async with serve(handler) as client:
        with pytest.raises(APIConnectionError):
            await client.download(download_sale_invoice, id=7).to_path(tmp_path / "7.pdf")
    assert files_in(tmp_path) == []


async def test_a_truncated_body_leaves_nothing(tmp_path: Path) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": str(len(PDF) + 10)}, content=pdf_stream())

    async with serve(handler) as client:
        with pytest.raises(DownloadError, match="truncated"):
            await client.download(download_sale_invoice, id=7).to_path(tmp_path / "7.pdf")
    assert files_in(tmp_path) == []


async def test_cancelling_a_download_leaves_nothing(tmp_path: Path) -> None:
    started = asyncio.Event()

    async def endless() -> AsyncIterator[bytes]:
        yield b"%PDF-1.7\n"
        started.set()
        while True:
            yield b"y" * 65_536
            await asyncio.sleep(0)

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=endless())

    async with serve(handler) as client:
        task = asyncio.ensure_future(client.download(download_sale_invoice, id=7).to_path(tmp_path / "7.pdf"))
        await started.wait()
        await asyncio.sleep(0.05)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    assert files_in(tmp_path) == []


async def test_an_error_status_raises_and_writes_nothing(tmp_path: Path) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"title": "Not Found"})

    async with serve(handler) as client:
        with pytest.raises(NotFoundError):
            await client.download(download_sale_invoice, id=7).to_path(tmp_path / "7.pdf")
    assert files_in(tmp_path) == []


async def test_to_file_writes_in_worker_threads() -> None:
    class RecordingFile(io.BytesIO):
        threads: ClassVar[set[int]] = set()

        def write(self, data: bytes) -> int:  # type: ignore[override]
            self.threads.add(threading.get_ident())
            return super().write(data)

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=pdf_stream())

    target = RecordingFile()
    async with serve(handler) as client:
        written = await client.download(download_sale_invoice, id=7).to_file(target)
    assert written == len(PDF)
    assert target.getvalue() == PDF
    assert threading.get_ident() not in RecordingFile.threads  # the event loop's thread never wrote


async def test_to_path_hands_the_disk_whole_batches_not_network_chunks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One thread hop per WRITE_BATCH bytes, not per 16 KiB chunk, and chunks as they came (never re-cut).
    body = b"%PDF-1.7\n" + b"w" * (3 * _download.WRITE_BATCH)
    batches: list[list[int]] = []
    threads: set[int] = set()
    write_all = _download._write_all

    def recording(file: IO[bytes], blocks: list[bytes], writeback_from: int | None = None) -> None:
        batches.append([len(b) for b in blocks])
        threads.add(threading.get_ident())
        write_all(file, blocks, writeback_from)

    monkeypatch.setattr(_download, "_write_all", recording)

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": str(len(body))}, content=pdf_stream(body))

    async with serve(handler) as client:
        path = await client.download(download_sale_invoice, id=7).to_path(tmp_path / "7.pdf")
    assert path.read_bytes() == body
    assert len(batches) == 4  # three full batches and the rest
    assert all(sum(sizes) >= _download.WRITE_BATCH for sizes in batches[:-1])
    assert max(max(sizes) for sizes in batches) <= 16_384
    assert threading.get_ident() not in threads


async def test_a_disk_error_in_the_worker_thread_raises_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(file: IO[bytes], blocks: list[bytes], writeback_from: int | None = None) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(_download, "_write_all", full_disk)
    body = b"%PDF-1.7\n" + b"d" * (2 * _download.WRITE_BATCH)

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=pdf_stream(body))

    async with serve(handler) as client:
        with pytest.raises(OSError, match="No space left"):
            await client.download(download_sale_invoice, id=7).to_path(tmp_path / "7.pdf")
    assert files_in(tmp_path) == []


async def test_cancelling_waits_for_the_write_running_in_a_worker_thread() -> None:
    # A thread cannot be stopped: a cancelled download returns only once its last write is over, so the
    # caller may close or delete the file at once.
    writing = threading.Event()
    state = {"in_write": False, "writes": 0}

    class SlowFile(io.BytesIO):
        def write(self, data: bytes) -> int:  # type: ignore[override]
            state["in_write"] = True
            if not writing.is_set():
                writing.set()
                time.sleep(0.2)  # the first write is slow: the cancellation comes in the middle of it
            state["writes"] += 1
            state["in_write"] = False
            return super().write(data)

    async def endless() -> AsyncIterator[bytes]:
        yield b"%PDF-1.7\n"
        while True:
            yield b"y" * 65_536
            await asyncio.sleep(0)

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=endless())

    async with serve(handler) as client:
        task = asyncio.ensure_future(client.download(download_sale_invoice, id=7).to_file(SlowFile()))
        await asyncio.to_thread(writing.wait, 5)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        assert task.cancelled()
        assert not state["in_write"]
        writes = state["writes"]
        await asyncio.sleep(0.3)
        assert state["writes"] == writes  # nothing went on writing after the cancellation


async def test_iter_bytes_yields_the_body_in_chunks() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=pdf_stream())

    async with serve(handler) as client:
        chunks = [c async for c in client.download(download_sale_invoice, id=7).iter_bytes(chunk_size=10_000)]
    assert b"".join(chunks) == PDF
    assert max(len(c) for c in chunks) <= 10_000
    assert len(chunks) > 10


async def test_memory_stays_flat_for_a_large_download(tmp_path: Path) -> None:
    size = 64 * 1024 * 1024
    block = b"z" * 65_536

    async def big() -> AsyncIterator[bytes]:
        yield b"%PDF-1.7\n"
        for _ in range(size // len(block)):
            yield block
        yield b"\n%%EOF\n"  # no Content-Length: the trailer is what says the PDF is whole

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=big())

    async with serve(handler) as client:
        tracemalloc.start()
        try:
            path = await client.download(download_sale_invoice, id=7).to_path(tmp_path / "big.pdf")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert path.stat().st_size == size + 9 + 7
    assert peak < 8 * 1024 * 1024  # a few write blocks, never the 64 MiB body


async def test_download_many_bounds_concurrency_and_reports_each_id(tmp_path: Path) -> None:
    in_flight = peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        ident = int(request.url.path.rsplit("/", 1)[1])
        if ident == 3:
            return httpx.Response(404, json={"title": "Not Found"})
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        return httpx.Response(200, content=b"%PDF-" + str(ident).encode())

    async with serve(handler) as client:
        results = await client.download_many(download_sale_invoice, range(1, 9), tmp_path, concurrency=3)
    assert peak <= 3
    assert isinstance(results[3], NotFoundError)
    assert {k: v for k, v in results.items() if k != 3} == {i: tmp_path / f"{i}.pdf" for i in range(1, 9) if i != 3}
    assert (tmp_path / "5.pdf").read_bytes() == b"%PDF-5"
    assert files_in(tmp_path) == sorted(f"{i}.pdf" for i in range(1, 9) if i != 3)
