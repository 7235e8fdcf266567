"""Each kind of bad file is refused before anything is sent, with an error naming row, field and reason."""

from __future__ import annotations

import pytest
from altoviz import AltovizError
from altoviz._records import InvalidFileError, RecordError, load_records

from .support import WriteFile

HEADER = "internalId,companyName,email,street,zipcode,city,countryIso\n"
ADVICE = "(save the file as UTF-8, or give its encoding)"
GOOD = "CRM-1,Boulangerie Martin,contact@martin.fr,3 rue Pasteur,75011,Paris,FR\n"


def refused(
    write_file: WriteFile, entity: str, content: str | bytes, name: str = "in.csv", encoding: str | None = None
) -> list[str]:
    with pytest.raises(InvalidFileError) as caught:
        load_records(entity, write_file(name, content), encoding=encoding)
    return [str(error) for error in caught.value.errors]


def test_missing_required_column_names_the_header_row_and_field(write_file: WriteFile) -> None:
    errors = refused(write_file, "products", "internalId,name\nP-1,Pain\n")
    assert errors == ["row 1, field unitPrice: required column is missing"]


def test_missing_name_column_lists_the_alternatives(write_file: WriteFile) -> None:
    errors = refused(write_file, "customers", "internalId,email\nCRM-1,a@b.fr\n")
    assert errors == [
        "row 1, field companyName: required column is missing: the file needs one of companyName, lastName"
    ]


def test_missing_required_column_is_fatal_even_when_skipping_invalid_rows(write_file: WriteFile) -> None:
    with pytest.raises(InvalidFileError):
        load_records("products", write_file("p.csv", "internalId,name\nP-1,Pain\n"), skip_invalid=True)


def test_bad_email(write_file: WriteFile) -> None:
    errors = refused(write_file, "customers", HEADER + GOOD + "CRM-2,Garage Roux,bob@,,,,\n")
    assert errors == ['row 3, field email: "bob@" is not an email address']


@pytest.mark.parametrize("value", ["31/12/2025", "2025-02-30", "2025-1-5", "demain"])
def test_bad_date(write_file: WriteFile, value: str) -> None:
    errors = refused(write_file, "receipts", f"internalId,date,amount\nR-1,2025-01-31,10\nR-2,{value},10\n")
    assert errors == [f'row 3, field date: "{value}" is not a date (expected YYYY-MM-DD)']


def test_bad_number_with_a_decimal_comma_says_how_to_fix_it(write_file: WriteFile) -> None:
    errors = refused(write_file, "products", 'internalId,name,unitPrice\nP-1,Pain,"12,50"\n')
    assert errors == ['row 2, field unitPrice: "12,50" is not a number (use a dot for decimals, like 12.5)']


def test_bad_number(write_file: WriteFile) -> None:
    errors = refused(write_file, "receipts", "internalId,date,amount\nR-1,2025-01-31,douze\n")
    assert errors == ['row 2, field amount: "douze" is not a number']


def test_empty_internal_id(write_file: WriteFile) -> None:
    errors = refused(write_file, "customers", HEADER + GOOD + " ,Garage Roux,,,,,\n")
    assert errors == ["row 3, field internalId: is empty: every record needs one (it makes the import exactly-once)"]


def test_empty_required_field(write_file: WriteFile) -> None:
    errors = refused(write_file, "products", "internalId,name,unitPrice\nP-1,,3\n")
    assert errors == ["row 2, field name: is required but empty"]


def test_duplicate_internal_id_marks_every_row_that_shares_it(write_file: WriteFile) -> None:
    content = HEADER + GOOD + "CRM-2,Garage Roux,,,,,\n" + "CRM-1,Atelier Blanc,,,,,\n"
    errors = refused(write_file, "customers", content)
    assert errors == [
        'row 2, field internalId: "CRM-1" is used by rows 2, 4: it must be unique',
        'row 4, field internalId: "CRM-1" is used by rows 2, 4: it must be unique',
    ]


def test_non_utf8_byte_names_row_field_and_offset(write_file: WriteFile) -> None:
    # A Latin-1 export: "Société" with é as the single byte 0xE9.
    content = HEADER.encode() + GOOD.encode() + "CRM-2,Soci\xe9t\xe9 Dupont,,,,,\n".encode("latin-1")
    offset = len(HEADER) + len(GOOD) + len("CRM-2,Soci")
    errors = refused(write_file, "customers", content, encoding="utf-8")
    assert errors == [f"row 3, field companyName: byte 0xE9 at offset {offset} is not UTF-8 " + ADVICE]


def test_non_utf8_byte_in_a_mapped_column_names_the_wire_field(write_file: WriteFile) -> None:
    content = HEADER.encode() + "CRM-1,Dupont,,,,N\xeemes,FR\n".encode("latin-1")
    errors = refused(write_file, "customers", content, encoding="utf-8")
    assert len(errors) == 1
    assert errors[0].startswith("row 2, field billingAddress.city: byte 0xEE at offset ")


def test_non_utf8_header_is_fatal(write_file: WriteFile) -> None:
    errors = refused(write_file, "customers", "internalId,companyName,r\xe9gion\n".encode("latin-1"), encoding="utf8")
    assert errors == ["row 1: column 3: byte 0xE9 at offset 24 is not UTF-8 " + ADVICE]


def test_non_utf8_in_jsonl(write_file: WriteFile) -> None:
    content = b'{"internalId": "C-1", "companyName": "Soci\xe9t\xe9"}\n'
    errors = refused(write_file, "customers", content, name="in.jsonl")
    assert errors == ["row 1, field companyName: byte 0xE9 at offset 42 is not UTF-8 " + ADVICE]


def test_row_with_wrong_number_of_cells(write_file: WriteFile) -> None:
    errors = refused(write_file, "customers", HEADER + "CRM-1,Dupont,a@b.fr\n")
    assert errors == ["row 2: has 3 values but the header has 7 columns"]


def test_jsonl_line_that_is_not_json(write_file: WriteFile) -> None:
    content = '{"internalId": "C-1", "companyName": "A"}\n\n{"internalId": "C-2", \n'
    errors = refused(write_file, "customers", content, name="in.jsonl")
    assert len(errors) == 1
    assert errors[0].startswith("row 3: not valid JSON: ")


def test_jsonl_line_that_is_not_an_object(write_file: WriteFile) -> None:
    errors = refused(write_file, "customers", '["C-1", "A"]\n', name="in.jsonl")
    assert errors == ["row 1: expected a JSON object, got list"]


def test_broken_csv_quoting_is_fatal_and_names_the_row(write_file: WriteFile) -> None:
    with pytest.raises(InvalidFileError) as caught:
        load_records(
            "customers", write_file("q.csv", HEADER + GOOD + 'CRM-2,"Dupont"x,,,,,\n' + GOOD), skip_invalid=True
        )
    assert [str(error) for error in caught.value.errors] == ["row 3: unreadable CSV: ',' expected after '\"'"]


def test_empty_file(write_file: WriteFile) -> None:
    assert refused(write_file, "customers", "") == ["row 1: the file has no header line"]


def test_message_lists_every_error_one_per_line_and_error_is_an_altoviz_error(write_file: WriteFile) -> None:
    content = HEADER + "CRM-1,A,bob@,,,,\nCRM-2,B,alice@,,,,\n"
    with pytest.raises(AltovizError) as caught:
        load_records("customers", write_file("c.csv", content))
    assert isinstance(caught.value, ValueError)
    lines = str(caught.value).splitlines()
    assert lines[0].endswith("c.csv: 2 errors in the file, nothing was imported")
    assert lines[1:] == [
        'row 2, field email: "bob@" is not an email address',
        'row 3, field email: "alice@" is not an email address',
    ]


def test_long_error_lists_are_cut_short_in_the_message_but_kept_whole(write_file: WriteFile) -> None:
    content = HEADER + "".join(f"CRM-{n},A,bad{n}@,,,,\n" for n in range(80))
    with pytest.raises(InvalidFileError) as caught:
        load_records("customers", write_file("c.csv", content))
    assert len(caught.value.errors) == 80
    lines = str(caught.value).splitlines()
    assert len(lines) == 1 + 50 + 1
    assert lines[-1] == "... and 30 more"


def test_record_error_without_a_field() -> None:
    assert str(RecordError(4, None, "broken")) == "row 4: broken"


def test_each_non_utf8_value_in_a_row_gets_its_own_offset(write_file: WriteFile) -> None:
    line = "CRM-1,Soci\xe9t\xe9,,,,N\xeemes,FR\n".encode("latin-1")
    errors = refused(write_file, "customers", HEADER.encode() + line, encoding="utf-8")
    first = len(HEADER) + line.index(b"\xe9")
    second = len(HEADER) + line.index(b"\xee")
    assert errors == [
        f"row 2, field companyName: byte 0xE9 at offset {first} is not UTF-8 " + ADVICE,
        f"row 2, field billingAddress.city: byte 0xEE at offset {second} is not UTF-8 " + ADVICE,
    ]


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested deeper than 32 levels"),
        ("[" * 40 + "]" * 40, "nested deeper than 32 levels"),
        ("9" * 5_000, "holds a number longer than 4300 digits"),
    ],
)
def test_a_jsonl_value_too_deep_or_too_long_is_a_row_error(write_file: WriteFile, value: str, reason: str) -> None:
    line = '{"internalId": "C1", "companyName": "A", "x": ' + value + "}\n"
    errors = refused(write_file, "customers", line, name="in.jsonl")
    assert errors == [f"row 1: {reason}"]


def test_a_nul_character_is_refused_in_csv_and_in_jsonl(write_file: WriteFile) -> None:
    assert refused(write_file, "customers", "internalId,companyName\nC1,A\x00B\n") == [
        "row 2, field companyName: contains a NUL character (byte 0x00)"
    ]
    line = '{"internalId": "C1", "companyName": "A", "billingAddress": {"city": "P\\u0000"}}\n'
    assert refused(write_file, "customers", line, name="in.jsonl") == [
        "row 1, field billingAddress: contains a NUL character (byte 0x00)"
    ]
