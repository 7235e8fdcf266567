"""The normalizer repairs every quirk of the published document and leaves our curated one as it is."""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "openapi"))

import normalize  # noqa: E402

PUBLISHED = ROOT / "tests" / "fixtures" / "altoviz-published.json"
CURATED = ROOT / "openapi" / "altoviz.yaml"


@pytest.fixture(scope="module")
def published() -> dict[str, Any]:
    return normalize.load(PUBLISHED)


@pytest.fixture(scope="module")
def curated_doc() -> dict[str, Any]:
    return normalize.load(CURATED)


@pytest.fixture(scope="module")
def repaired(published: dict[str, Any]) -> dict[str, Any]:
    return normalize.prepare_for_generator(published)


def ops(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(m, p): op for p, m, op in normalize.operations(doc)}


# --- the fixture really has the quirks the README lists ----------------------------------------


def test_fixture_reproduces_every_published_quirk(published: dict[str, Any]) -> None:
    operations = ops(published)
    assert len(operations) == 93
    ids = [op["operationId"] for op in operations.values()]
    assert all(re.fullmatch(r"(GET|POST|PUT|DELETE)_\w+_\w+", i) for i in ids)
    assert ids.count("GET_Users_GetMe") == 2
    bodies = [op["requestBody"]["content"] for op in operations.values() if "requestBody" in op]
    json_bodies = [c for c in bodies if "multipart/form-data" not in c]
    assert all(
        set(c) == {"application/json-patch+json", "application/json", "text/json", "application/*+json"}
        for c in json_bodies
    )
    text_plain = [op for op in operations.values() if "text/plain" in op["responses"].get("200", {}).get("content", {})]
    assert text_plain
    upload = operations[("post", "/v1/PurchaseInvoices/file")]["requestBody"]["content"]["multipart/form-data"]
    assert set(upload["schema"]["properties"]) == normalize.FORM_FILE_FIELDS
    assert "content" not in operations[("get", "/v1/SaleInvoices/Download/{id}")]["responses"]["200"]
    closed = [s for s in published["components"]["schemas"].values() if s.get("additionalProperties") is False]
    assert len(closed) >= 56
    quote_params = {p["name"] for p in operations[("get", "/v1/SaleQuotes")]["parameters"]}
    assert {"Status.From", "Status.Status.CustomerId", "Status.Status.Status"} <= quote_params
    declared = {s for op in operations.values() for s in op["responses"]}
    assert "429" not in declared
    assert [k for k, op in operations.items() if "401" in op["responses"]] == [("get", "/Hello")]


# --- the naming rule ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("resource", "action", "expected"),
    [
        ("Customers", "List", "list_customers"),
        ("Customers", "Get", "get_customer"),
        ("Customers", "Post", "create_customer"),
        ("Customers", "Update", "update_customer"),
        ("SaleCredits", "Put", "update_sale_credit"),
        ("Customers", "Delete", "delete_customer"),
        ("Customers", "Find", "find_customers"),
        ("Customers", "GetByInternalId", "get_customer_by_internal_id"),
        ("CustomerFamilies", "Get", "get_customer_family"),
        ("SaleInvoices", "Finalize", "finalize_sale_invoice"),
        ("SaleInvoices", "MarkAsPaid", "mark_sale_invoice_as_paid"),
        ("SaleCredits", "MarkAsRefunded", "mark_sale_credit_as_refunded"),
        ("SaleInvoices", "Download", "download_sale_invoice"),
        ("SaleInvoices", "Send", "send_sale_invoice"),
        ("PurchaseInvoices", "CreateFromFile", "create_purchase_invoice_from_file"),
        ("Customers", "GetContacts", "get_customer_contacts"),
        ("Settings", "Get", "get_settings"),
        ("BankAccounts", "Providers", "get_bank_account_providers"),
    ],
)
def test_naming_rule(resource: str, action: str, expected: str) -> None:
    assert normalize.operation_name(resource, action) == expected


def test_names_from_paths_alone_match_names_from_upstream_ids(published: dict[str, Any]) -> None:
    anonymous = copy.deepcopy(published)
    for _, _, op in normalize.operations(anonymous):
        del op["operationId"]
    by_id = {k: op["operationId"] for k, op in ops(normalize.curate(published)).items()}
    by_path = {k: op["operationId"] for k, op in ops(normalize.curate(anonymous)).items()}
    assert by_path == by_id


def test_duplicate_upstream_ids_become_unique_names(repaired: dict[str, Any]) -> None:
    operations = ops(repaired)
    assert operations[("get", "/v1/Users/me")]["operationId"] == "get_user_me"
    assert operations[("get", "/v1/Users/whoami")]["operationId"] == "get_user_whoami"
    ids = [op["operationId"] for op in operations.values()]
    assert len(ids) == len(set(ids)) == 93


def test_a_name_clash_is_refused_not_silently_overwritten(published: dict[str, Any]) -> None:
    clash = copy.deepcopy(published)
    # Two distinct ids that the rule maps to one name: the generator would keep only one of them.
    clash["paths"]["/v1/Customers/All"] = {
        "get": {**clash["paths"]["/v1/Customers"]["get"], "operationId": "list_customers"}
    }
    with pytest.raises(ValueError, match="list_customers"):
        normalize.curate(clash)


# --- the repairs -------------------------------------------------------------------------------


def test_one_json_body_per_operation(repaired: dict[str, Any]) -> None:
    for key, op in ops(repaired).items():
        if "requestBody" in op:
            assert list(op["requestBody"]["content"]) in (["application/json"], ["multipart/form-data"]), key


def test_json_responses_have_one_content_type(repaired: dict[str, Any]) -> None:
    for key, op in ops(repaired).items():
        for status, response in op["responses"].items():
            content = response.get("content", {})
            assert len(content) <= 1, (key, status)
            assert not {"text/plain", "text/json"} & set(content), (key, status)


@pytest.mark.parametrize("resource", ["SaleInvoices", "SaleCredits", "SaleQuotes", "PurchaseInvoices"])
def test_downloads_answer_pdf(repaired: dict[str, Any], resource: str) -> None:
    ok = ops(repaired)[("get", f"/v1/{resource}/Download/{{id}}")]["responses"]["200"]
    assert ok["content"] == {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}


@pytest.mark.parametrize("path", ["/v1/PurchaseInvoices/file", "/v1/ProductImages/{productId}"])
def test_uploads_have_one_binary_part(repaired: dict[str, Any], path: str) -> None:
    schema = ops(repaired)[("post", path)]["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert schema["required"] == ["file"]
    assert schema["properties"] == {
        "file": {"type": "string", "format": "binary", "description": "The file to upload."}
    }


def test_read_schemas_are_open_and_write_schemas_closed(repaired: dict[str, Any]) -> None:
    # Unknown fields of an answer survive a round trip; a write model sends only the document's fields.
    for name, schema in repaired["components"]["schemas"].items():
        assert (schema.get("additionalProperties") is False) == name.endswith("Input"), name


def test_read_and_write_schemas_are_split(repaired: dict[str, Any]) -> None:
    schemas = repaired["components"]["schemas"]
    read, write = schemas["Customer"], schemas["CustomerInput"]
    assert set(read["required"]) == set(read["properties"])  # no Unset on what the API answers
    assert "required" not in write  # only what was set is sent
    assert {"id", "name"} <= set(read["properties"]) - set(write["properties"])  # readOnly: never sent
    assert not read["properties"]["id"].get("nullable")  # id: int
    assert read["properties"]["email"]["nullable"]  # email: str | None
    body = ops(repaired)[("put", "/v1/Customers/{id}")]["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/CustomerInput"}


def test_quote_status_filter_is_one_parameter(repaired: dict[str, Any]) -> None:
    params = ops(repaired)[("get", "/v1/SaleQuotes")]["parameters"]
    assert not [p for p in params if "." in p["name"]]
    (status,) = [p for p in params if p["name"] == "Status"]
    assert status["schema"] == {"$ref": "#/components/schemas/QuoteStatus"}


def test_error_responses_documented_everywhere(repaired: dict[str, Any]) -> None:
    for (_, path), op in ops(repaired).items():
        responses = op["responses"]
        assert responses["401"] == {"$ref": "#/components/responses/Unauthorized"}
        assert responses["429"] == {"$ref": "#/components/responses/TooManyRequests"}
        if "{" in path:
            assert responses["404"] == {"$ref": "#/components/responses/NotFound"}
    too_many = repaired["components"]["responses"]["TooManyRequests"]
    assert "Retry-After" in too_many["headers"]
    for name in ("Unauthorized", "NotFound", "TooManyRequests"):
        schema = repaired["components"]["responses"][name]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ProblemDetails"}


def test_operations_with_a_body_document_400(repaired: dict[str, Any]) -> None:
    for key, op in ops(repaired).items():
        if "requestBody" in op:
            assert "400" in op["responses"], key
    # Declared ones are kept as the document gives them; missing ones get the shared Error answer.
    assert ops(repaired)[("post", "/v1/SaleInvoices")]["responses"]["400"] == {
        "$ref": "#/components/responses/BadRequest"
    }
    assert "$ref" not in ops(repaired)[("put", "/v1/Customers/{id}")]["responses"]["400"]


def test_servers_and_api_key_scheme(repaired: dict[str, Any]) -> None:
    assert repaired["servers"][0]["url"] == "https://api.altoviz.com"
    (scheme,) = repaired["components"]["securitySchemes"].values()
    assert scheme == {"type": "apiKey", "name": "X-API-KEY", "in": "header"}


def test_optional_references_become_nullable(repaired: dict[str, Any]) -> None:
    family = repaired["components"]["schemas"]["Customer"]["properties"]["family"]
    assert family == {"allOf": [{"$ref": "#/components/schemas/CustomerFamily"}], "nullable": True}


def test_repaired_published_document_is_valid_openapi(repaired: dict[str, Any]) -> None:
    validate(repaired)


# --- the curated document ----------------------------------------------------------------------


def test_curated_document_is_valid(curated_doc: dict[str, Any]) -> None:
    validate(curated_doc)


def test_curated_document_has_every_published_operation(curated_doc: dict[str, Any], published: dict[str, Any]) -> None:
    assert set(ops(curated_doc)) == set(ops(published))
    ids = [op["operationId"] for op in ops(curated_doc).values()]
    assert len(ids) == len(set(ids)) == 93
    assert set(curated_doc["components"]["schemas"]) == set(published["components"]["schemas"])


def test_curating_the_curated_document_changes_nothing(curated_doc: dict[str, Any]) -> None:
    assert normalize.curate(curated_doc) == curated_doc


def test_curated_and_published_give_the_same_names(curated_doc: dict[str, Any], repaired: dict[str, Any]) -> None:
    names = {k: op["operationId"] for k, op in ops(repaired).items()}
    assert {k: op["operationId"] for k, op in ops(curated_doc).items()} == names
