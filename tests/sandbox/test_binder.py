"""The binder on its own: schema in, bound value and messages out (no server)."""

from __future__ import annotations

import pytest
from altoviz.sandbox.binding import BodyError, parse_json, wire_schema
from altoviz.sandbox.validation import MAX_ERRORS, Binder

SCHEMAS = {
    "Thing": {
        "type": "object",
        "required": ["name"],
        "properties": {
            "id": {"type": "integer", "format": "int32", "readOnly": True},
            "name": {"type": "string", "minLength": 1},
            "when": {"type": "string", "format": "date-time", "nullable": True},
            "kind": {"allOf": [{"$ref": "Kind"}], "nullable": True},
            "tags": {"type": "object", "additionalProperties": {"type": "string"}},
            "sizes": {"type": "array", "items": {"type": "number"}},
        },
    },
    "Kind": {"type": "string", "enum": ["A", "B"]},
}


def test_read_only_and_unknown_properties_are_dropped_and_names_ignore_case() -> None:
    bound, errors = Binder(SCHEMAS).bind({"$ref": "Thing"}, {"ID": 5, "Name": "x", "moon": 1, "tags": {"k": "v"}})
    assert errors == []
    assert bound == {"name": "x", "tags": {"k": "v"}}


def test_messages_name_the_path_and_the_expected_type() -> None:
    body = {"name": "", "when": "yesterday", "kind": "C", "tags": {"k": 1}, "sizes": [1, "2"]}
    _, errors = Binder(SCHEMAS).bind({"$ref": "Thing"}, body)
    assert [e.split(":")[0] for e in errors] == ["$.name", "$.when", "$.kind", "$.tags.k", "$.sizes[1]"]


def test_nullable_reference_accepts_null_and_required_is_checked() -> None:
    binder = Binder(SCHEMAS)
    assert binder.bind({"$ref": "Thing"}, {"name": "x", "kind": None, "when": None}) == (
        {"name": "x", "kind": None, "when": None},
        [],
    )
    assert binder.bind({"$ref": "Thing"}, {})[1] == ["$.name: is required."]


def test_date_times_as_the_api_writes_them_are_accepted() -> None:
    binder = Binder(SCHEMAS)
    for text in ("2026-01-31T10:00:00Z", "2026-01-31T10:00:00.1234567+01:00", "2026-01-31T10:00:00"):
        assert binder.bind({"$ref": "Thing"}, {"name": "x", "when": text})[1] == [], text
    assert binder.bind({"$ref": "Thing"}, {"name": "x", "when": "2026-02-30T10:00:00Z"})[1]


def test_a_huge_wrong_array_gives_a_bounded_number_of_messages() -> None:
    _, errors = Binder(SCHEMAS).bind({"$ref": "Thing"}, {"name": "x", "sizes": ["a"] * 100_000})
    assert len(errors) == MAX_ERRORS


def test_query_values_bind_like_asp_net() -> None:
    binder = Binder(SCHEMAS)
    declared = {"PageIndex": {"type": "integer", "format": "int32"}, "kind": {"$ref": "Kind"}}
    assert binder.query_errors(declared, {"pageindex": ["2"], "KIND": ["a"]}) == []
    errors = binder.query_errors(declared, {"PageIndex": ["2147483648"], "kind": [""]})
    assert [e.split(":")[0] for e in errors] == ["PageIndex", "kind"]


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"", "required"),
        (b"{", "not valid JSON"),
        (b"[NaN]", "not valid JSON"),
        (b"1" * 5000, "not valid JSON"),
        (b"[" * 65 + b"]" * 65, "depth of 64"),
        (b"[" * 200_000 + b"]" * 200_000, "depth of 64"),
    ],
)
def test_bodies_that_cannot_be_bound_raise_body_error(raw: bytes, words: str) -> None:
    with pytest.raises(BodyError, match=words):
        parse_json(raw, 64)


def test_the_generated_wire_schema_covers_every_json_body_of_the_spec() -> None:
    binder, operations = wire_schema()
    assert operations["POST /v1/Customers"].body == {"$ref": "Customer"}
    assert operations["GET /v1/SaleInvoices"].query["Status"] == {"$ref": "InvoiceStatusFilter"}
    assert binder.resolve({"$ref": "InvoiceStatusFilter"})[0]["enum"][0] == "Draft"
    assert sum(op.body is not None for op in operations.values()) == 25
