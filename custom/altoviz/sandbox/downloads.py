"""The ASGI answer that streams a file, with the slow-body and broken-download faults built in."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .connection import abort


class StreamedFile(Response):
    """Streams ``chunks`` (``size`` bytes in all) with a Content-Length, never holding the whole file.

    ``pause_s`` sleeps before each chunk (a slow body); ``break_at`` resets the connection once that
    many bytes are out (a broken download: the client sees fewer bytes than Content-Length promised).
    """

    def __init__(
        self,
        chunks: Iterator[bytes],
        size: int,
        *,
        media_type: str = "application/pdf",
        filename: str = "document.pdf",
        pause_s: float = 0.0,
        break_at: int | None = None,
    ) -> None:
        # Response's constructor would render a body; this class sends its own, so it is skipped.
        self.status_code = 200
        self.background = None
        self.chunks = chunks
        self.size = size
        self.content_type = media_type
        self.filename = filename
        self.pause_s = pause_s
        self.break_at = break_at

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Send the headers, then the body chunk by chunk until done, broken, or the client leaves."""
        gone = asyncio.Event()

        async def watch() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass
            gone.set()

        watcher = asyncio.ensure_future(watch())
        try:
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [
                        (b"content-type", self.content_type.encode()),
                        (b"content-length", str(self.size).encode()),
                        (b"content-disposition", f'attachment; filename="{self.filename}"'.encode()),
                    ],
                }
            )
            sent = 0
            for chunk in self.chunks:
                if gone.is_set():
                    return
                if self.pause_s:
                    await asyncio.sleep(self.pause_s)
                if self.break_at is not None and sent + len(chunk) >= self.break_at:
                    await send({"type": "http.response.body", "body": chunk[: self.break_at - sent], "more_body": True})
                    watcher.cancel()
                    await abort(scope, receive)
                    return
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
                sent += len(chunk)
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher
