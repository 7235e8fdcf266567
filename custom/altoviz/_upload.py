r"""Streaming multipart uploads for any generated multipart operation.

The generated ``_get_kwargs`` hands httpx the parts as in-memory ``files``: httpx reads the file on the event
loop and cannot replay it after a 429. (It once also hard-coded ``boundary=+++``, a boundary a file can contain;
our endpoint template removed that.) So ``upload`` keeps the generated method, URL and parts, and sends them
itself: a random boundary, a computed Content-Length, the file read in worker threads in bounded chunks, and a
body that can be replayed from the start when the request is retried after a 429.
"""

from __future__ import annotations

import asyncio
import contextlib
import mimetypes
import os
import secrets
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar

import httpx

from altoviz_client.types import File

from ._call import JSON, Operation, P, parse_success, send

T = TypeVar("T")

READ_CHUNK = 256 * 1024


def _quote(value: str) -> str:
    """Escape a form-data parameter value as browsers (and httpx) do."""
    return value.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def _position(stream: IO[bytes]) -> int | None:
    try:
        return stream.tell()
    except (OSError, ValueError, AttributeError):
        return None  # a pipe or socket: sent once, from where it is


def _size(stream: IO[bytes]) -> int | None:
    try:
        here = stream.tell()
        end = stream.seek(0, os.SEEK_END)
        stream.seek(here)
        return end - here
    except (OSError, ValueError, AttributeError):
        return None


class _Part:
    """One form field: its header and its content (bytes, or a file read from its position at creation)."""

    def __init__(self, boundary: bytes, name: str, value: Any) -> None:
        filename: str | None = None
        content_type: str | None = None
        content: Any = value
        if isinstance(value, tuple):
            filename, content, content_type = value[0], value[1], value[2]
        if isinstance(content, str):
            content = content.encode()
        if filename and not content_type:
            content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        disposition = f'form-data; name="{_quote(name)}"'
        if filename:
            disposition += f'; filename="{_quote(filename)}"'
        lines = [b"--" + boundary, f"Content-Disposition: {disposition}".encode()]
        if content_type:
            lines.append(f"Content-Type: {content_type}".encode())
        self.header = b"\r\n".join(lines) + b"\r\n\r\n"
        self.content: bytes | IO[bytes] = content
        self.start = 0 if isinstance(content, bytes) else _position(content)
        self.size = len(content) if isinstance(content, bytes) else _size(content)

    async def chunks(self) -> AsyncIterator[bytes]:
        yield self.header
        if isinstance(self.content, bytes):
            yield self.content
        else:
            file = self.content
            if self.start is not None:
                # Back to where the file was handed in, so a retried request sends the same bytes.
                await asyncio.to_thread(file.seek, self.start)
            while chunk := await asyncio.to_thread(file.read, READ_CHUNK):
                yield chunk
        yield b"\r\n"


class MultipartStream(httpx.AsyncByteStream):
    """A multipart/form-data body streamed from its parts; iterable again for a retry."""

    def __init__(self, files: list[tuple[str, Any]], boundary: bytes | None = None) -> None:
        self.boundary = boundary or secrets.token_hex(16).encode()
        self._parts = [_Part(self.boundary, name, value) for name, value in files]
        self._closing = b"--" + self.boundary + b"--\r\n"

    @property
    def headers(self) -> dict[str, str]:
        """Content-Type with the boundary, and Content-Length when every part's size is known."""
        headers = {"Content-Type": f"multipart/form-data; boundary={self.boundary.decode()}"}
        sizes = [part.size for part in self._parts]
        if all(size is not None for size in sizes):
            total = sum(len(p.header) + (p.size or 0) + 2 for p in self._parts) + len(self._closing)
            headers["Content-Length"] = str(total)
        else:
            headers["Transfer-Encoding"] = "chunked"
        return headers

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self._parts:
            async for chunk in part.chunks():
                yield chunk
        yield self._closing


async def upload(http: httpx.AsyncClient, op: Operation[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Send a generated multipart operation with its file streamed from disk; return the parsed 2xx value."""
    request_kwargs = op._get_kwargs(*args, **kwargs)
    files = request_kwargs.pop("files", None)
    if files is None:
        raise TypeError(f"{getattr(op, '__name__', op)!s} does not take a multipart body")
    headers = {k: v for k, v in request_kwargs.pop("headers", {}).items() if k.lower() != "content-type"}
    stream = MultipartStream(files)
    # build_request merges the client's base URL and headers; the body is ours, so rebuild around it.
    merged = http.build_request(**request_kwargs, headers={**headers, **stream.headers})
    request = httpx.Request(merged.method, merged.url, headers=merged.headers, stream=stream)
    request.headers["Accept"] = JSON
    response = await send(http, request)
    return parse_success(op, response)


@contextlib.contextmanager
def upload_file(path: str | os.PathLike[str], *, mime_type: str | None = None) -> Iterator[File]:
    """Open ``path`` as the ``File`` a generated upload body takes, closing it afterwards.

    ``with upload_file("bill.pdf") as f: await client.upload(create_purchase_invoice_from_file,
    body=CreatePurchaseInvoiceFromFileBody(file=f))``
    """
    source = Path(path)
    with source.open("rb") as payload:
        yield File(payload=payload, file_name=source.name, mime_type=mime_type or mimetypes.guess_type(source)[0])
