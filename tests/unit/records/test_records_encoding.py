"""Encodings: UTF-8 (with or without BOM) first, else the whole file as cp1252 (French Excel), or as told."""

from __future__ import annotations

import pytest
from altoviz._records import InvalidFileError, load_records

from .support import WriteFile

HEADER = "internalId;companyName;city\n"
FRENCH = "C1;Société Générale;Nîmes\nC2;Crème & Œufs — “Chez Zoé”;Besançon\n"


def test_a_cp1252_file_as_french_excel_writes_it_imports_as_it_is(write_file: WriteFile) -> None:
    path = write_file("c.csv", (HEADER + FRENCH).encode("cp1252"))
    loaded = load_records("customers", path)
    assert [r.data["companyName"] for r in loaded] == ["Société Générale", "Crème & Œufs — “Chez Zoé”"]
    assert loaded.records[1].data["billingAddress"] == {"city": "Besançon"}


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_utf8_with_or_without_bom_is_read_as_utf8(write_file: WriteFile, bom: bytes) -> None:
    loaded = load_records("customers", write_file("c.csv", bom + (HEADER + FRENCH).encode()))
    assert loaded.records[0].data["companyName"] == "Société Générale"


def test_an_explicit_encoding_wins(write_file: WriteFile) -> None:
    path = write_file("c.csv", (HEADER + "C1;Caf\xe9;Paris\n").encode("latin-1"))
    assert load_records("customers", path, encoding="latin-1").records[0].data["companyName"] == "Café"
    with pytest.raises(InvalidFileError, match="byte 0xE9 at offset 34 is not UTF-8"):
        load_records("customers", path, encoding="utf-8")


def test_utf8_text_with_a_stray_byte_is_not_guessed(write_file: WriteFile) -> None:
    # Valid UTF-8 accents and one invalid byte: reading it all as cp1252 would turn é into Ã©. Refused instead.
    content = (HEADER + "C1;Société;Paris\n").encode() + b"C2;Caf\xe9;Paris\n"
    with pytest.raises(InvalidFileError) as caught:
        load_records("customers", write_file("c.csv", content))
    offset = content.index(b"\xe9")
    assert [str(e) for e in caught.value.errors] == [
        f"row 3, field companyName: byte 0xE9 at offset {offset} is not UTF-8 "
        "(save the file as UTF-8, or give its encoding)"
    ]


def test_an_encoding_that_cannot_be_read_line_by_line_is_refused(write_file: WriteFile) -> None:
    path = write_file("c.csv", HEADER + FRENCH)
    with pytest.raises(InvalidFileError, match="utf-16"):
        load_records("customers", path, encoding="utf-16")
    with pytest.raises(InvalidFileError, match="unknown encoding"):
        load_records("customers", path, encoding="klingon")
