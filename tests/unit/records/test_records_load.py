"""Valid files load into wire-format records in file order; skip_invalid keeps the good rows."""

from __future__ import annotations

import json
import logging

import pytest
from altoviz._records import ENTITIES, InvalidFileError, UnknownEntityError, entity_spec, load_records, sniff_format

from altoviz_client.models import Customer, Invoice, Product, Receipt

from .support import WriteFile

CUSTOMERS_CSV = (
    "internalId,type,companyName,firstName,lastName,email,street,zipcode,city,countryIso\n"
    "CRM-000001,Business,Boulangerie Martin,Léa,Martin,contact@martin.fr,3 rue Pasteur,75011,Paris,FR\n"
    "CRM-000002,Consumer,,Hugo,Dubois,hugo.dubois@free.fr,,,,\n"
)


def test_valid_csv_gives_nested_wire_records_in_file_order(write_file: WriteFile) -> None:
    loaded = load_records("customers", write_file("c.csv", CUSTOMERS_CSV))
    assert loaded.errors == []
    assert [record.row for record in loaded] == [2, 3]
    assert [record.internal_id for record in loaded] == ["CRM-000001", "CRM-000002"]
    assert loaded.records[0].data == {
        "internalId": "CRM-000001",
        "type": "Business",
        "companyName": "Boulangerie Martin",
        "firstName": "Léa",
        "lastName": "Martin",
        "email": "contact@martin.fr",
        "billingAddress": {"street": "3 rue Pasteur", "zipcode": "75011", "city": "Paris", "countryIso": "FR"},
    }
    # Empty cells are left out, not sent as "": no companyName, no billingAddress at all.
    assert loaded.records[1].data == {
        "internalId": "CRM-000002",
        "type": "Consumer",
        "firstName": "Hugo",
        "lastName": "Dubois",
        "email": "hugo.dubois@free.fr",
    }
    customer = Customer.from_dict(loaded.records[0].data)
    assert customer.billing_address.city == "Paris"  # type: ignore[union-attr]


def test_valid_jsonl_gives_the_same_records(write_file: WriteFile) -> None:
    lines = [
        {"internalId": "CRM-000001", "companyName": "Boulangerie Martin", "billingAddress": {"city": "Paris"}},
        {"internalId": "CRM-000002", "lastName": "Dubois", "email": "hugo.dubois@free.fr"},
    ]
    content = json.dumps(lines[0]) + "\n\n" + json.dumps(lines[1]) + "\n"
    loaded = load_records("customers", write_file("c.jsonl", content))
    assert [record.row for record in loaded] == [1, 3]  # the blank line still counts
    assert [record.data for record in loaded] == lines


def test_jsonl_flat_aliases_and_numeric_ids(write_file: WriteFile) -> None:
    content = '{"internalId": 42, "companyName": "A", "city": "Lyon"}\n'
    loaded = load_records("customers", write_file("c.jsonl", content))
    assert loaded.records[0].data == {"internalId": "42", "companyName": "A", "billingAddress": {"city": "Lyon"}}


def test_typed_values_are_converted_to_wire_types(write_file: WriteFile) -> None:
    content = "internalId,name,unitPrice,purchasePrice,active\nP-1,Pain, 1.20 ,0.4,oui\nP-2,Vin,12,,false\n"
    loaded = load_records("products", write_file("p.csv", content))
    assert [record.data for record in loaded] == [
        {"internalId": "P-1", "name": "Pain", "unitPrice": 1.2, "purchasePrice": 0.4, "active": True},
        {"internalId": "P-2", "name": "Vin", "unitPrice": 12.0, "active": False},
    ]
    assert Product.from_dict(loaded.records[0].data).unit_price == 1.2


def test_receipt_dates_are_checked_and_parse_in_the_model(write_file: WriteFile) -> None:
    content = "internalId,date,amount,customerId\nR-1,2025-03-04,99.90,17\n"
    loaded = load_records("receipts", write_file("r.csv", content))
    assert loaded.records[0].data == {"internalId": "R-1", "date": "2025-03-04", "amount": 99.9, "customerId": 17}
    assert str(Receipt.from_dict(loaded.records[0].data).date) == "2025-03-04"


def test_invoice_lines_from_jsonl_are_checked_element_by_element(write_file: WriteFile) -> None:
    good = {
        "internalId": "F-1",
        "date": "2025-01-31",
        "customerId": 3,
        "lines": [{"quantity": 2, "taxExcludedPrice": "10.5"}],
    }
    bad = {
        "internalId": "F-2",
        "date": "2025-01-31",
        "customerNumber": "C0003",
        "lines": [{"quantity": 1}, {"quantity": "deux"}],
    }
    content = json.dumps(good) + "\n" + json.dumps(bad) + "\n"
    loaded = load_records("sale-invoices", write_file("i.jsonl", content), skip_invalid=True)
    assert [str(error) for error in loaded.errors] == ['row 2, field lines[1].quantity: "deux" is not a number']
    assert loaded.records[0].data["lines"] == [{"quantity": 2.0, "taxExcludedPrice": 10.5}]
    assert Invoice.from_dict(loaded.records[0].data).lines[0].tax_excluded_price == 10.5  # type: ignore[index]


def test_skip_invalid_returns_the_good_rows_and_reports_the_bad(write_file: WriteFile) -> None:
    content = CUSTOMERS_CSV + "CRM-000003,,Roux,,,bob@,,,,\nCRM-000004,,Garage Roux,,,,,,,\nCRM-000001,,Double,,,,,,,\n"
    loaded = load_records("customers", write_file("c.csv", content), skip_invalid=True)
    assert [record.internal_id for record in loaded] == ["CRM-000002", "CRM-000004"]
    assert loaded.invalid_rows == [2, 4, 6]
    assert [str(error) for error in loaded.errors] == [
        'row 2, field internalId: "CRM-000001" is used by rows 2, 6: it must be unique',
        'row 4, field email: "bob@" is not an email address',
        'row 6, field internalId: "CRM-000001" is used by rows 2, 6: it must be unique',
    ]


def test_without_skip_invalid_one_bad_row_refuses_the_whole_file(write_file: WriteFile) -> None:
    with pytest.raises(InvalidFileError) as caught:
        load_records("customers", write_file("c.csv", CUSTOMERS_CSV + "CRM-000003,,Roux,,,bob@,,,,\n"))
    assert [error.row for error in caught.value.errors] == [4]


def test_semicolon_csv_with_excel_bom_and_crlf(write_file: WriteFile) -> None:
    content = "\ufeffinternalId;companyName;city\r\nCRM-1;Boulangerie Martin;Paris\r\n".encode()
    loaded = load_records("customers", write_file("c.csv", content))
    assert loaded.records[0].data == {
        "internalId": "CRM-1",
        "companyName": "Boulangerie Martin",
        "billingAddress": {"city": "Paris"},
    }


def test_explicit_delimiter_wins_over_sniffing(write_file: WriteFile) -> None:
    content = "internalId|companyName\nCRM-1|Martin; Fils, et Cie\n"
    loaded = load_records("customers", write_file("c.csv", content), delimiter="|")
    assert loaded.records[0].data["companyName"] == "Martin; Fils, et Cie"


def test_row_numbers_are_file_lines_even_with_multiline_cells(write_file: WriteFile) -> None:
    content = 'internalId,companyName,email\nCRM-1,"Martin\net Fils",a@b.fr\n\nCRM-2,Roux,bob@\n'
    with pytest.raises(InvalidFileError) as caught:
        load_records("customers", write_file("c.csv", content))
    assert [str(error) for error in caught.value.errors] == ['row 5, field email: "bob@" is not an email address']


def test_unknown_columns_are_ignored_and_reported(write_file: WriteFile, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="altoviz.records")
    content = "internalId,companyName,Segment CRM,e-mail\nCRM-1,Martin,Gold,a@b.fr\n"
    loaded = load_records("customers", write_file("c.csv", content))
    assert loaded.ignored_columns == ["Segment CRM"]
    assert loaded.records[0].data == {"internalId": "CRM-1", "companyName": "Martin", "email": "a@b.fr"}
    assert "Segment CRM" in caplog.text


def test_entity_names_are_forgiving_and_unknown_ones_are_refused() -> None:
    assert entity_spec("Sale_Invoices") is ENTITIES["sale-invoices"]
    # The official CLI's nouns are aliases of the registry's names.
    assert entity_spec("invoice") is entity_spec("invoices") is ENTITIES["sale-invoices"]
    assert sorted(ENTITIES) == [
        "colleagues", "contacts", "customer-families", "customers", "products", "receipts", "sale-credits",
        "sale-invoices", "sale-quotes", "suppliers",
    ]  # fmt: skip
    with pytest.raises(UnknownEntityError, match="unknown entity 'units'"):
        entity_spec("units")  # a resource, but not one that can be upserted
    with pytest.raises(UnknownEntityError, match="unknown entity 'nothing'"):
        entity_spec("nothing")


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.jsonl", b"", "jsonl"),
        ("a.ndjson", b"", "jsonl"),
        ("a.csv", b'{"x": 1}', "csv"),
        ("export", b'\xef\xbb\xbf  {"internalId": "C-1"}', "jsonl"),
        ("export", b"internalId,companyName\n", "csv"),
    ],
)
def test_format_is_sniffed_from_extension_then_first_byte(
    write_file: WriteFile, name: str, content: bytes, expected: str
) -> None:
    assert sniff_format(write_file(name, content)) == expected
