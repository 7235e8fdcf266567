"""Column mapping: defaults, flat aliases, the user's --map pairs and mapping file, and their mistakes."""

from __future__ import annotations

from pathlib import Path

import pytest
from altoviz._records import (
    ColumnResolver,
    InvalidFileError,
    MappingError,
    entity_spec,
    load_records,
    parse_map_pairs,
    read_mapping_file,
)

from .support import WriteFile


def test_defaults_understand_wire_names_flat_aliases_and_loose_spellings() -> None:
    resolver = ColumnResolver(entity_spec("customers"))
    assert resolver.target("internalId") == "internalId"
    assert resolver.target("Company Name") == "companyName"
    assert resolver.target("country_iso") == "billingAddress.countryIso"
    assert resolver.target("ZIPCODE") == "billingAddress.zipcode"
    assert resolver.target("shippingAddress.city") == "shippingAddress.city"
    assert resolver.target("nope.city") is None
    assert resolver.target("Segment") is None


def test_aliases_depend_on_the_entity() -> None:
    suppliers = ColumnResolver(entity_spec("suppliers"))
    assert suppliers.target("companyName") == "name"
    assert suppliers.target("city") == "address.city"
    assert ColumnResolver(entity_spec("customer-families")).target("name") == "label"


def test_user_mapping_wins_and_can_ignore_a_column(write_file: WriteFile) -> None:
    content = "Code client,Raison sociale,Ville,companyName\nC-9,Martin SARL,Lyon,old name\n"
    mapping = parse_map_pairs(
        ["Code client=internalId", "Raison sociale = companyName", "Ville=billingAddress.city", "companyName=-"]
    )
    loaded = load_records("customers", write_file("c.csv", content), mapping=mapping)
    assert loaded.records[0].data == {
        "internalId": "C-9",
        "companyName": "Martin SARL",
        "billingAddress": {"city": "Lyon"},
    }
    assert loaded.ignored_columns == ["companyName"]


def test_user_mapping_renames_jsonl_keys_too(write_file: WriteFile) -> None:
    loaded = load_records(
        "customers", write_file("c.jsonl", '{"id_crm": "C-1", "companyName": "A"}\n'), mapping={"id_crm": "internalId"}
    )
    assert loaded.records[0].data == {"internalId": "C-1", "companyName": "A"}


def test_mapping_file(tmp_path: Path) -> None:
    path = tmp_path / "map.txt"
    path.write_text(
        "# CRM export -> Altoviz\n\nCode client = internalId\nRaison sociale=companyName\nNotes=\n", encoding="utf-8"
    )
    assert read_mapping_file(path) == {"Code client": "internalId", "Raison sociale": "companyName", "Notes": "-"}


def test_mapping_file_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "map.txt"
    path.write_text("a=internalId\njust a column\n", encoding="utf-8")
    with pytest.raises(MappingError, match=r"map.txt, line 2: expected column=field"):
        read_mapping_file(path)


def test_map_pair_without_equals_is_refused() -> None:
    with pytest.raises(MappingError, match="--map 'internalId': expected column=field"):
        parse_map_pairs(["internalId"])


def test_mapping_to_an_unknown_field_is_refused() -> None:
    with pytest.raises(MappingError, match="column 'mail' is mapped to 'emial', which is not a customers field"):
        ColumnResolver(entity_spec("customers"), {"mail": "emial"})


def test_mapped_column_missing_from_the_file_is_a_header_error(write_file: WriteFile) -> None:
    with pytest.raises(InvalidFileError) as caught:
        load_records("customers", write_file("c.csv", "internalId,companyName\nC-1,A\n"), mapping={"Courriel": "email"})
    assert [str(error) for error in caught.value.errors] == [
        "row 1, field email: mapped column 'Courriel' is not in the header"
    ]


def test_two_columns_filling_one_field_is_a_header_error(write_file: WriteFile) -> None:
    with pytest.raises(InvalidFileError) as caught:
        load_records("customers", write_file("c.csv", "internalId,companyName,Company Name\nC-1,A,B\n"))
    assert [str(error) for error in caught.value.errors] == [
        "row 1, field companyName: columns 'companyName' and 'Company Name' both fill it"
    ]


def test_repeated_header_column_is_a_header_error(write_file: WriteFile) -> None:
    with pytest.raises(InvalidFileError) as caught:
        load_records("customers", write_file("c.csv", "internalId,companyName,internalId\nC-1,A,C-2\n"))
    assert [str(error) for error in caught.value.errors] == [
        "row 1, field internalId: column 'internalId' appears more than once in the header"
    ]
