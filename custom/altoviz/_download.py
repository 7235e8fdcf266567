"""Streaming downloads for any binary operation (the four PDF downloads today).

Built on the generated request (``_get_kwargs``) sent with ``stream=True``: the generated parser would read
the whole PDF into memory. Bytes go from the socket to disk in bounded blocks, file writes run in a worker
thread so the event loop never waits on the disk, and a download to a path is all or nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import tempfile
from collections.abc import AsyncIterator, Callable, Hashable, Iterable
from pathlib import Path
from typing import IO, Any, TypeVar

import httpx

from ._call import Operation, send
from ._errors import AltovizError, DownloadError, error_from_response, error_from_transport

K = TypeVar("K", bound=Hashable)

CHUNK_SIZE = 64 * 1024
"""Chunks handed to ``iter_bytes`` callers: small enough to keep memory flat, large enough to be cheap."""
WRITE_BLOCK = 1024 * 1024
"""Bytes per disk write: fewer thread hand-offs for large files, still a flat 1 MiB of memory."""
PDF_MAGIC = b"%PDF-"


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
                await response.aread()  # error bodies are small; typed errors need them parsed
                raise error_from_response(response)
            yield response
        finally:
            await response.aclose()

    async def iter_bytes(self, chunk_size: int = CHUNK_SIZE) -> AsyncIterator[bytes]:
        """Yield the body in chunks of about ``chunk_size`` bytes."""
        async with self._response() as response:
            received = 0
            try:
                async for chunk in response.aiter_bytes(chunk_size):
                    received += len(chunk)
                    yield chunk
            except httpx.RequestError as exc:
                raise error_from_transport(exc, response.request) from exc
            _check_length(response, received)

    async def to_file(self, file: IO[bytes]) -> int:
        """Write the body to an open binary file (from its current position); return the byte count."""
        written = 0
        async for block in self.iter_bytes(WRITE_BLOCK):
            await asyncio.to_thread(file.write, block)
            written += len(block)
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
            head = b""
            async for block in self.iter_bytes(WRITE_BLOCK):
                if len(head) < len(PDF_MAGIC):
                    head += block[: len(PDF_MAGIC) - len(head)]
                await asyncio.to_thread(file.write, block)
            if require_pdf and head != PDF_MAGIC:
                raise DownloadError(f"the body for {target.name} is not a PDF (starts with {head!r})")
            await asyncio.to_thread(_commit, file, tmp, target)
        except BaseException:
            # Also on cancellation. close() waits for a write still running in the worker thread.
            file.close()
            tmp.unlink(missing_ok=True)  # noqa: ASYNC240 - one syscall, and it must happen even when cancelled
            raise
        return target


def _commit(file: IO[bytes], tmp: Path, target: Path) -> None:
    file.flush()
    os.fsync(file.fileno())
    file.close()
    os.replace(tmp, target)


def _check_length(response: httpx.Response, received: int) -> None:
    """Reject a body shorter than its Content-Length, whatever the connection said."""
    declared = response.headers.get("Content-Length")
    if declared is None or response.headers.get("Content-Encoding", "identity") != "identity":
        return
    if declared.isdigit() and received != int(declared):
        raise DownloadError(f"body truncated: {received} of {declared} bytes")


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
