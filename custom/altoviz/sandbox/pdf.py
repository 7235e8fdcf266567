"""A minimal PDF writer: Helvetica text pages, correct xref offsets, optional streamed padding.

No dependency, and no size limit: the padding object used to reach a requested file size is produced
chunk by chunk while the response is sent, so a 200 MB PDF costs one 64 KiB buffer.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

_HEADER = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
_LINES_PER_PAGE = 50
_CHUNK = 64 * 1024
_PAD_CHUNK = (b"% altoviz sandbox padding\n" * (_CHUNK // 26 + 1))[:_CHUNK]


def _escape(text: str) -> bytes:
    # Helvetica's standard encoding is WinAnsi (cp1252): anything outside it prints as '?'.
    raw = text.replace("\r", " ").replace("\n", " ")[:110].encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _page_content(title: str, lines: Sequence[str]) -> bytes:
    parts = [b"BT /F1 16 Tf 50 800 Td (", _escape(title), b") Tj ET\nBT /F1 10 Tf 50 770 Td 14 TL\n"]
    for line in lines:
        parts += [b"(", _escape(line), b") Tj T*\n"]
    parts.append(b"ET\n")
    return b"".join(parts)


@dataclass(frozen=True)
class PdfFile:
    """A PDF ready to stream: its exact size and the chunks that make it up."""

    size: int
    head: bytes
    """Everything up to the padding stream's data."""
    padding: int
    """Padding bytes produced on the fly after ``head``."""
    tail: bytes
    """The end of the padding object, the xref table and the trailer."""

    def chunks(self, chunk_size: int = _CHUNK) -> Iterator[bytes]:
        """Return the file's bytes, in chunks of at most ``chunk_size`` (bounded memory whatever the size)."""
        yield self.head
        remaining = self.padding
        block = _PAD_CHUNK[:chunk_size] if chunk_size <= _CHUNK else _PAD_CHUNK
        while remaining > 0:
            piece = block if remaining >= len(block) else block[:remaining]
            remaining -= len(piece)
            yield piece
        yield self.tail

    def to_bytes(self) -> bytes:
        """Return the whole file in memory: for small files only."""
        return b"".join(self.chunks())


def build_pdf(title: str, lines: Sequence[str], min_size: int = 0) -> PdfFile:
    """Lay out ``title`` and ``lines`` on as many A4 pages as needed; pad the file to ``min_size`` bytes."""
    pages = [lines[i : i + _LINES_PER_PAGE] for i in range(0, len(lines), _LINES_PER_PAGE)] or [[]]
    page_ids = [4 + 2 * i for i in range(len(pages))]
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] /Count %d >>" % len(pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for number, (page_id, page_lines) in enumerate(zip(page_ids, pages, strict=True), start=1):
        suffix = f"  (page {number}/{len(pages)})" if len(pages) > 1 else ""
        content = _page_content(title + suffix, page_lines)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (page_id + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")

    body = bytearray(_HEADER)
    offsets: list[int] = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"

    pad_id = len(objects) + 1
    pad_offset = len(body)
    total_objects = pad_id + 1  # object 0 (the free list head) counts too

    def tail_for(padding: int) -> tuple[bytes, bytes]:
        open_pad = b"%d 0 obj\n<< /Length %d >>\nstream\n" % (pad_id, padding)
        close_pad = b"\nendstream\nendobj\n"
        xref_at = pad_offset + len(open_pad) + padding + len(close_pad)
        xref = [b"xref\n0 %d\n0000000000 65535 f \n" % total_objects]
        xref += [b"%010d 00000 n \n" % off for off in [*offsets, pad_offset]]
        trailer = b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (total_objects, xref_at)
        return open_pad, close_pad + b"".join(xref) + trailer

    padding = 0
    # The tail's length depends (by a few digits) on the padding length: two passes settle it.
    for _ in range(3):
        open_pad, tail = tail_for(padding)
        padding = max(0, min_size - (pad_offset + len(open_pad) + len(tail)))
    open_pad, tail = tail_for(padding)
    head = bytes(body) + open_pad
    return PdfFile(size=len(head) + padding + len(tail), head=head, padding=padding, tail=tail)
