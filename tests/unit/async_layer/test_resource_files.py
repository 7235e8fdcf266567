"""What a resource upload accepts: a path, bytes or a binary file object, each as the File a body takes."""

from __future__ import annotations

import io
from pathlib import Path

from altoviz._resource import as_file


def test_a_path_is_opened_streamed_and_closed(tmp_path: Path) -> None:
    source = tmp_path / "bill.pdf"
    source.write_bytes(b"%PDF-1.7 path")
    with as_file(source) as file:
        assert (file.file_name, file.mime_type) == ("bill.pdf", "application/pdf")
        assert file.payload.read() == b"%PDF-1.7 path"
    assert file.payload.closed


def test_bytes_are_sent_as_they_are_under_the_name_given() -> None:
    with as_file(b"%PDF-1.7 bytes", "scan.pdf") as file:
        assert (file.file_name, file.mime_type) == ("scan.pdf", "application/pdf")
        assert file.payload.read() == b"%PDF-1.7 bytes"


def test_a_file_object_is_read_from_where_it_stands_and_left_open(tmp_path: Path) -> None:
    source = tmp_path / "chair.png"
    source.write_bytes(b"HEADER\x89PNG")
    with source.open("rb") as handle:
        handle.seek(6)
        with as_file(handle) as file:
            assert file.file_name == "chair.png"
            assert file.payload.read() == b"\x89PNG"
        assert not handle.closed
    with as_file(io.BytesIO(b"x")) as anonymous:
        assert anonymous.file_name == "upload"
