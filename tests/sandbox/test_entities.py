"""Stateful behaviour: ids, internalId uniqueness, lookups, 404s, lists and their pages."""

from __future__ import annotations

import httpx
from altoviz.sandbox import SandboxServer


async def test_server_assigns_ids_and_refuses_a_taken_internal_id(http: httpx.AsyncClient) -> None:
    first = await http.post("/v1/Customers", json={"companyName": "Acme", "internalId": "crm-1", "id": 999})
    second = await http.post("/v1/Customers", json={"companyName": "Beta", "internalId": "crm-2"})
    assert (first.json()["id"], second.json()["id"]) == (1, 2)
    duplicate = await http.post("/v1/Customers", json={"companyName": "Acme again", "internalId": "crm-1"})
    assert duplicate.status_code == 400
    assert "crm-1" in duplicate.json()["message"]
    # Unique per entity type only: a product may reuse a customer's internalId.
    assert (await http.post("/v1/Products", json={"name": "W", "internalId": "crm-1"})).status_code == 200


async def test_find_and_get_by_internal_id(http: httpx.AsyncClient) -> None:
    await http.post("/v1/Customers", json={"companyName": "Acme", "internalId": "crm-1", "email": "a@acme.test"})
    assert [c["internalId"] for c in (await http.get("/v1/Customers/Find", params={"internalId": "crm-1"})).json()] == [
        "crm-1"
    ]
    assert len((await http.get("/v1/Customers/Find", params={"email": "A@ACME.test"})).json()) == 1
    assert (await http.get("/v1/Customers/Find", params={"internalId": "nope"})).json() == []
    assert (await http.get("/v1/Customers/GetByInternalId/crm-1")).json()["companyName"] == "Acme"
    missing = await http.get("/v1/Customers/GetByInternalId/nope")
    assert missing.status_code == 404


async def test_missing_id_answers_404_problem_details(http: httpx.AsyncClient) -> None:
    for method, path in [("GET", "/v1/Customers/42"), ("PUT", "/v1/Products/42"), ("DELETE", "/v1/Suppliers/42")]:
        response = await http.request(method, path, json={} if method == "PUT" else None)
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("application/json")
        assert response.json()["status"] == 404
        assert response.json()["title"] == "Not Found"


async def test_pages_start_at_one_with_default_and_maximum_sizes(http: httpx.AsyncClient) -> None:
    for n in range(130):
        await http.post("/v1/Products", json={"name": f"p{n:03d}"})
    default = (await http.get("/v1/Products")).json()
    assert [p["id"] for p in default] == list(range(1, 21))
    second = (await http.get("/v1/Products", params={"PageIndex": 2, "PageSize": 50})).json()
    assert [p["id"] for p in second] == list(range(51, 101))
    capped = (await http.get("/v1/Products", params={"PageSize": 1000})).json()
    assert len(capped) == 100
    # Index 0 is below the first page: it answers page 1 again (a client can detect the repeat).
    assert (await http.get("/v1/Products", params={"PageIndex": 0})).json() == default
    assert (await http.get("/v1/Products", params={"PageIndex": 99})).json() == []
    last = (await http.get("/v1/Products", params={"PageIndex": 3, "PageSize": 50})).json()
    assert len(last) == 30


async def test_first_page_index_is_configurable(altoviz_sandbox: SandboxServer, http: httpx.AsyncClient) -> None:
    altoviz_sandbox.configure(first_page_index=0)
    for n in range(3):
        await http.post("/v1/Colleagues", json={"name": f"c{n}"})
    assert [c["name"] for c in (await http.get("/v1/Colleagues", params={"PageIndex": 0, "PageSize": 2})).json()] == [
        "c0",
        "c1",
    ]


async def test_order_by_and_full_text_query(http: httpx.AsyncClient) -> None:
    for name in ["Charlie", "alpha", "Bravo"]:
        await http.post("/v1/Suppliers", json={"name": name, "email": f"{name.lower()}@example.com"})
    names = [s["name"] for s in (await http.get("/v1/Suppliers", params={"OrderBy": "name"})).json()]
    assert names == ["alpha", "Bravo", "Charlie"]
    names = [s["name"] for s in (await http.get("/v1/Suppliers", params={"OrderBy": "Name desc"})).json()]
    assert names == ["Charlie", "Bravo", "alpha"]
    names = [s["name"] for s in (await http.get("/v1/Suppliers", params={"OrderBy": "-name"})).json()]
    assert names == ["Charlie", "Bravo", "alpha"]
    assert [s["name"] for s in (await http.get("/v1/Suppliers", params={"query": "RAV"})).json()] == ["Bravo"]


async def test_invoice_filters_by_date_customer_and_status(http: httpx.AsyncClient) -> None:
    docs = [
        {"customerId": 1, "date": "2026-01-10"},
        {"customerId": 2, "date": "2026-02-10"},
        {"customerId": 1, "date": "2026-03-10"},
    ]
    for doc in docs:
        await http.post("/v1/SaleInvoices", json=doc)
    await http.post("/v1/SaleInvoices/Finalize/3")

    async def ids(**params: object) -> list[int]:
        return [d["id"] for d in (await http.get("/v1/SaleInvoices", params=params)).json()]

    assert await ids(From="2026-02-01") == [2, 3]
    assert await ids(To="2026-02-28") == [1, 2]
    assert await ids(From="2026-02-01", To="2026-02-28") == [2]
    assert await ids(CustomerId=1) == [1, 3]
    assert await ids(Status="Draft") == [1, 2]
    assert await ids(Status="ToSend") == [3]
    assert await ids(Status="Expired") == [3]  # dated long ago, unpaid, past its 30-day term
    await http.post("/v1/SaleInvoices/MarkAsPaid", json={"invoiceId": 3, "date": "2026-03-20"})
    assert await ids(Status="Paid") == [3]
    # A state the spec does not list is refused, as the API's binder refuses an unknown enum name.
    assert (await http.get("/v1/SaleInvoices", params={"Status": "SomethingNew"})).status_code == 400


async def test_upload_stores_the_file(http: httpx.AsyncClient) -> None:
    content = b"%PDF-1.4\n% a supplier's bill\n%%EOF\n"
    created = await http.post("/v1/PurchaseInvoices/file", files={"file": ("bill.pdf", content, "application/pdf")})
    assert created.status_code == 200
    download = await http.get(f"/v1/PurchaseInvoices/Download/{created.json()['id']}")
    assert download.content == content
    assert (await http.post("/v1/PurchaseInvoices/file", data={"other": "x"})).status_code == 400
