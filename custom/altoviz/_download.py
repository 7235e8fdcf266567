"""Streaming downloads for any binary operation (the four PDF downloads today).

Built on the generated request (``_get_kwargs``) sent with ``stream=True``: the generated parser would read
the whole PDF into memory. Bytes go from the socket to disk in bounded batches, file writes run in a worker
thread (overlapping the reading of the next batch) so the event loop never waits on the disk, and a download
to a path is all or nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import tempfile
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Hashable, Iterable
from pathlib import Path
from typing import IO, Any, TypeVar

import httpx

from ._call import Operation, send
from ._errors import AltovizError, DownloadError, error_from_response, error_from_transport

K = TypeVar("K", bound=Hashable)

CHUNK_SIZE = 64 * 1024
"""Chunks handed to ``iter_bytes`` callers: small enough to keep memory flat, large enough to be cheap."""
WRITE_BATCH = 1024 * 1024
"""Bytes gathered (as the chunks that came, never joined) before one hand-off to a worker thread.

A file write costs one thread hop per batch, not per network chunk, and only two batches are ever held: the
one a worker thread is writing and the one the event loop is filling meanwhile, so reading the network and
writing the disk overlap while memory stays at about 2 MiB whatever the size of the body.
"""
PDF_MAGIC = b"%PDF-"
PDF_TRAILER = b"%%EOF"
PDF_TRAILER_WINDOW = 1024
"""How far from the end ``%%EOF`` may sit: PDF readers (Acrobat's rule) accept it within the last 1024 bytes,
as files often carry trailing whitespace or padding after it."""


class Download:
    """One binary answer, not yet requested. Consume it once with one of its three methods."""

    def __init__(self, http: httpx.AsyncClient, request_kwargs: dict[str, Any]) -> None:
        self._http = http
        self._request_kwargs = request_kwargs

    @contextlib.asynccontextmanager
    async def _response(self) -> AsyncIterator[httpx.Response]:
        request = self._http.build_request(**self._request_kwargs)
        response = await send(self._http, request, stream=True)
        try:
            if not 200 <= response.status_code < 300:
                try:
                    await response.aread()  # error bodies are small; typed errors need them parsed
                except httpx.RequestError as exc:  # cut short, or past the total timeout
                    raise error_from_transport(exc, request) from exc
                raise error_from_response(response)
            yield response
        finally:
            await response.aclose()

    async def _chunks(self, chunk_size: int | None) -> AsyncGenerator[bytes, None]:
        """Yield the body, checked to be whole (``chunk_size=None``: chunks as they came).

        Against its Content-Length when it has one; otherwise (the connection's close ends the body, or it is
        compressed) a PDF must end with its ``%%EOF`` trailer. The error comes after the last chunk: a caller
        of ``iter_bytes`` has seen the bytes, ``to_path`` has not made a file of them.
        """
        async with self._response() as response:
            received = 0
            head = tail = b""
            try:
                async for chunk in response.aiter_bytes(chunk_size):
                    received += len(chunk)
                    if len(head) < len(PDF_MAGIC):
                        head += chunk[: len(PDF_MAGIC) - len(head)]
                    tail = (
                        chunk[-PDF_TRAILER_WINDOW:]
                        if len(chunk) >= PDF_TRAILER_WINDOW
                        else (tail + chunk)[-PDF_TRAILER_WINDOW:]
                    )
                    yield chunk
            except httpx.RequestError as exc:
                raise error_from_transport(exc, response.request) from exc
            if not _check_length(response, received) and _is_pdf(response, head) and PDF_TRAILER not in tail:
                raise DownloadError(
                    f"body truncated: a PDF of {received} bytes without its %%EOF trailer (no Content-Length"
                    " to check against: the connection's close ended it early)"
                )

    async def iter_bytes(self, chunk_size: int = CHUNK_SIZE) -> AsyncIterator[bytes]:
        """Yield the body in chunks of about ``chunk_size`` bytes."""
        async with contextlib.aclosing(self._chunks(chunk_size)) as chunks:
            async for chunk in chunks:
                yield chunk

    async def _write(self, file: IO[bytes], *, early_writeback: bool = False) -> tuple[int, bytes]:
        """Write the body to ``file`` in worker threads; return the byte count and the first bytes.

        Chunks are kept as the network gave them (re-chunking costs copies) and gathered into batches of
        ``WRITE_BATCH`` bytes; one batch is written in a worker thread while the next one is read. Whatever
        happens, no write is still running in a worker thread when this returns or raises. With
        ``early_writeback`` (a file of our own, fsync'ed at the end), see ``_write_all``.
        """
        head = b""
        written = 0
        batch: list[bytes] = []
        writing: asyncio.Future[None] | None = None

        async def hand_off() -> None:
            nonlocal writing, written, batch
            if writing is not None:
                # At most one batch in a worker thread, so memory stays bounded. Shielded: a cancellation
                # must not mark the write finished while its thread still runs.
                await asyncio.shield(writing)
            writeback_from = written if early_writeback else None
            written += sum(map(len, batch))
            writing = asyncio.ensure_future(asyncio.to_thread(_write_all, file, batch, writeback_from))
            batch = []

        try:
            batched = 0
            async with contextlib.aclosing(self._chunks(None)) as chunks:
                async for chunk in chunks:
                    if len(head) < len(PDF_MAGIC):
                        head += chunk[: len(PDF_MAGIC) - len(head)]
                    batch.append(chunk)
                    batched += len(chunk)
                    if batched >= WRITE_BATCH:
                        await hand_off()
                        batched = 0
            if batch:
                await hand_off()
            if writing is not None:
                await asyncio.shield(writing)
        finally:
            if writing is not None:
                # On an error or a cancellation, wait for the thread (the caller may close or delete the file
                # next); its own error, if any, is retrieved so that asyncio does not log it: ours is raised.
                await asyncio.wait([writing])
                if not writing.cancelled():
                    writing.exception()
        return written, head

    async def to_file(self, file: IO[bytes]) -> int:
        """Write the body to an open binary file (from its current position); return the byte count."""
        written, _ = await self._write(file)
        return written

    async def to_path(self, path: str | os.PathLike[str], *, require_pdf: bool = True) -> Path:
        """Write the body to ``path``, which appears only once the whole body is there (and is a PDF).

        The bytes go to a temporary file beside ``path``, renamed over it at the end: an error, a
        cancellation or a body that is not a PDF (unless ``require_pdf=False``) leaves neither a partial file
        nor the temporary one, and an earlier file at ``path`` untouched.
        """
        target = Path(path)
        fd, tmp_name = await asyncio.to_thread(
            tempfile.mkstemp, dir=target.parent, prefix=f".{target.name}.", suffix=".part"
        )
        tmp = Path(tmp_name)
        file = os.fdopen(fd, "wb")
        try:
            _, head = await self._write(file, early_writeback=True)
            if require_pdf and head != PDF_MAGIC:
                raise DownloadError(f"the body for {target.name} is not a PDF (starts with {head!r})")
            await asyncio.to_thread(_commit, file, tmp, target)
        except BaseException:
            # Also on cancellation: _write has waited for its worker thread, so nothing writes any more.
            file.close()
            tmp.unlink(missing_ok=True)  # noqa: ASYNC240 - one syscall, and it must happen even when cancelled
            raise
        return target


_fadvise = getattr(os, "posix_fadvise", None)  # not on Windows nor macOS


def _write_all(file: IO[bytes], blocks: list[bytes], writeback_from: int | None = None) -> None:
    """Write ``blocks``; with ``writeback_from`` (their offset), have the kernel start putting them on disk.

    Otherwise the final fsync of a 200 MB download waits for all of it at once (0.12-0.15 s, a sixth of the
    whole download, measured with bench/download_memory.py); started batch by batch, the writeback overlaps
    the download and the fsync finds almost nothing left (about 1 ms). On Linux ``POSIX_FADV_DONTNEED`` starts
    the writeback of the range's dirty pages without waiting for it (and drops none of them: they are dirty).
    Where it does not exist or fails (another OS, an odd file system), the fsync simply does all the work.
    """
    for block in blocks:
        file.write(block)
    if writeback_from is not None and _fadvise is not None:
        with contextlib.suppress(OSError):
            _fadvise(file.fileno(), writeback_from, sum(map(len, blocks)), os.POSIX_FADV_DONTNEED)


def _commit(file: IO[bytes], tmp: Path, target: Path) -> None:
    file.flush()
    os.fsync(file.fileno())  # the data on disk before the rename makes it visible: durable, all or nothing
    file.close()
    os.replace(tmp, target)


def _check_length(response: httpx.Response, received: int) -> bool:
    """Reject a body shorter than its Content-Length; return whether there was one to check against."""
    declared = response.headers.get("Content-Length")
    if declared is None or not declared.isdigit():
        return False
    if response.headers.get("Content-Encoding", "identity") != "identity":
        return False  # the length is the compressed one
    if received != int(declared):
        raise DownloadError(f"body truncated: {received} of {declared} bytes")
    return True


def _is_pdf(response: httpx.Response, head: bytes) -> bool:
    # Either says so: a PDF served as application/octet-stream still ends with %%EOF.
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    return content_type == "application/pdf" or head == PDF_MAGIC


async def download_many(
    http: httpx.AsyncClient,
    op: Operation[[K], Any],
    ids: Iterable[K],
    directory: str | os.PathLike[str],
    *,
    concurrency: int = 4,
    filename: Callable[[K], str] = lambda ident: f"{ident}.pdf",
) -> dict[K, Path | AltovizError]:
    """Download ``op(id)`` for each id into ``directory``, ``concurrency`` at a time.

    One failure does not stop the others: each id maps to its path or to the error it met.
    """
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    folder = Path(directory)
    pending = iter(ids)
    results: dict[K, Path | AltovizError] = {}

    async def worker() -> None:
        # Workers pull ids one by one: a million ids never become a million waiting tasks.
        for ident in pending:
            download = Download(http, op._get_kwargs(ident))
            try:
                results[ident] = await download.to_path(folder / filename(ident))
            except AltovizError as exc:
                results[ident] = exc

    workers = [asyncio.ensure_future(worker()) for _ in range(concurrency)]
    try:
        await asyncio.gather(*workers)
    finally:
        # Anything but an API error (a full disk, a cancellation) stops the whole batch, workers included.
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
    return results
