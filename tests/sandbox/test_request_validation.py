"""The sandbox binds request bodies and query values like the real API (ASP.NET model binding).

A wrong type answers 400 with the spec's ``Error`` body, one message per field; an unknown property
is ignored and never stored or returned.
"""

from __future__ import annotations

import httpx


def _errors(response: httpx.Response) -> list[str]:
    body = response.json()
    assert isinstance(body["message"], str)
    assert body["message"]
    assert isinstance(body["errors"], list)
    return body["errors"]


async def test_wrong_types_answer_400_with_one_message_per_field(http: httpx.AsyncClient) -> None:
    response = await http.post(
        "/v1/Customers", json={"companyName": ["Acme"], "email": {"at": "acme"}, "internalId": "ok"}
    )
    assert response.status_code == 400
    errors = _errors(response)
    assert any(e.startswith("$.companyName:") for e in errors)
    assert any(e.startswith("$.email:") for e in errors)
    assert not any("internalId" in e for e in errors)
    # Nothing was stored.
    assert (await http.get("/v1/Customers")).json() == []


async def test_objects_where_numbers_belong_are_refused(http: httpx.AsyncClient) -> None:
    response = await http.post("/v1/Colleagues", json={"initialPartnerBalance": {"amount": 1}})
    assert response.status_code == 400
    assert any(e.startswith("$.initialPartnerBalance:") for e in _errors(response))


async def test_nested_fields_are_checked_with_their_path(http: httpx.AsyncClient) -> None:
    body = {"lines": [{"description": "ok", "quantity": 1}, {"quantity": "many"}], "date": "2025-01-31"}
    response = await http.post("/v1/SaleInvoices", json=body)
    assert response.status_code == 400
    assert any(e.startswith("$.lines[1].quantity:") for e in _errors(response))


async def test_null_enum_and_int32_range_follow_the_spec(http: httpx.AsyncClient) -> None:
    # id is a non-nullable int32; type is an enum; both are checked like the API's binder does.
    for body, field in [
        ({"type": "Alien"}, "$.type"),
        ({"initialPartnerBalance": None}, "$.initialPartnerBalance"),
        ({"isPartner": "yes"}, "$.isPartner"),
    ]:
        path = "/v1/Customers" if field == "$.type" else "/v1/Colleagues"
        response = await http.post(path, json=body)
        assert response.status_code == 400, body
        assert any(e.startswith(f"{field}:") for e in _errors(response)), body
    too_big = await http.post("/v1/SaleInvoices", json={"customerId": 2**31})
    assert too_big.status_code == 400
    assert any(e.startswith("$.customerId:") for e in _errors(too_big))


async def test_unknown_properties_are_ignored_and_never_returned(http: httpx.AsyncClient) -> None:
    body = {"companyName": "Acme", "favouriteColour": "red", "billingAddress": {"city": "Lyon", "moon": 1}}
    created = await http.post("/v1/Customers", json=body)
    assert created.status_code == 200
    record = created.json()
    assert "favouriteColour" not in record
    assert record["billingAddress"] == {"city": "Lyon"}
    fetched = (await http.get(f"/v1/Customers/{record['id']}")).json()
    assert "favouriteColour" not in fetched
    assert "moon" not in fetched["billingAddress"]


async def test_a_body_that_is_not_the_documented_shape_is_refused(http: httpx.AsyncClient) -> None:
    for path, body in [("/v1/Customers", ["a list"]), ("/v1/Customers", "text"), ("/v1/Webhooks", {"name": "x"})]:
        response = await http.post(path, json=body)
        assert response.status_code == 400, (path, body)
        _errors(response)


async def test_query_values_of_the_wrong_type_answer_400(http: httpx.AsyncClient) -> None:
    for path, params, name in [
        ("/v1/Customers", {"PageIndex": "abc"}, "PageIndex"),
        ("/v1/Customers", {"PageSize": "2147483648"}, "PageSize"),
        ("/v1/SaleInvoices", {"Status": "Sleeping"}, "Status"),
        ("/v1/SaleInvoices", {"IncludeCancelled": "maybe"}, "IncludeCancelled"),
    ]:
        response = await http.get(path, params=params)
        assert response.status_code == 400, params
        assert any(e.startswith(f"{name}:") for e in _errors(response)), params
    # Valid spellings pass: ASP.NET binds booleans and enum names without regard to case.
    ok = await http.get("/v1/SaleInvoices", params={"IncludeCancelled": "True", "Status": "draft", "PageIndex": "1"})
    assert ok.status_code == 200


async def test_an_id_segment_is_a_number_so_fixed_paths_answer_405(http: httpx.AsyncClient) -> None:
    # Routed as the API routes: "Find" is not an {id}, so PUT on it is a method the path does not have.
    response = await http.put("/v1/Customers/Find", json={})
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD"
    refund = await http.put("/v1/SaleCredits/MarkAsRefunded", json={})
    assert refund.status_code == 405
    # A segment that is not a number names no record: 404 ProblemDetails, as before.
    missing = await http.get("/v1/Customers/abc")
    assert missing.status_code == 404
    assert missing.json()["status"] == 404
