"""The sandbox delivers: what it sends, retries with backoff, faults, and the record of attempts."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from altoviz.sandbox import SandboxServer
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .sandbox_support import admin, configure_deliveries, settled_attempts
from .support import serving


class Inbox:
    """A receiver that records raw requests and answers from a script of statuses (then 200)."""

    def __init__(self, statuses: list[int] | None = None) -> None:
        self.requests: list[tuple[dict[str, str], dict[str, Any]]] = []
        self.statuses = list(statuses or [])

    async def endpoint(self, request: Request) -> Response:
        self.requests.append((dict(request.headers), json.loads(await request.body())))
        if request.headers.get("x-signature") != "s3cret":
            return Response(status_code=401)
        return Response(status_code=self.statuses.pop(0) if self.statuses else 200)


@pytest.fixture
async def inbox_url() -> AsyncIterator[tuple[Inbox, str]]:
    inbox = Inbox()
    app = Starlette(routes=[Route("/in", inbox.endpoint, methods=["POST"])])
    with serving(app) as served:
        yield inbox, f"{served.url}/in"


async def register(sandbox: SandboxServer, url: str, types: list[str], secret: str | None = "s3cret") -> None:
    async with admin(sandbox) as http:
        body = {"name": "t", "url": url, "types": types, "secretKey": secret}
        assert (await http.post("/v1/Webhooks", json=body)).status_code == 201


async def test_each_change_is_posted_as_text_plain_with_the_secret(
    altoviz_sandbox: SandboxServer, inbox_url: tuple[Inbox, str]
) -> None:
    inbox, url = inbox_url
    await configure_deliveries(altoviz_sandbox)
    await register(altoviz_sandbox, url, ["CustomerCreated", "CustomerUpdated", "CustomerDeleted", "InvoiceCreated"])
    async with admin(altoviz_sandbox) as http:
        customer = (await http.post("/v1/Customers", json={"companyName": "Acme"})).json()
        await http.put(f"/v1/Customers/{customer['id']}", json={"companyName": "Acme SA"})
        await http.post("/v1/Products", json={"name": "not subscribed"})
        await http.post("/v1/SaleInvoices", json={"customerId": customer["id"], "lines": []})
        await http.delete(f"/v1/Customers/{customer['id']}")
    attempts = await settled_attempts(altoviz_sandbox)
    types = [body["type"] for _, body in inbox.requests]
    assert types == ["CustomerCreated", "CustomerUpdated", "InvoiceCreated", "CustomerDeleted"]
    headers, created = inbox.requests[0]
    assert headers["content-type"].startswith("text/plain")
    assert headers["x-signature"] == "s3cret"
    assert created["data"]["companyName"] == "Acme"
    assert created["data"]["id"] == customer["id"]
    assert inbox.requests[1][1]["data"]["name"] == "Acme SA"
    assert "pdfUrl" in inbox.requests[2][1]["data"]  # the record as the API answered it, set after storing
    assert len({body["id"] for _, body in inbox.requests}) == 4
    assert [a["status"] for a in attempts] == [200] * 4


async def test_failures_are_retried_with_backoff_and_recorded(
    altoviz_sandbox: SandboxServer, inbox_url: tuple[Inbox, str]
) -> None:
    inbox, url = inbox_url
    inbox.statuses = [500, 503]
    await configure_deliveries(altoviz_sandbox, base_delay_s=0.01, seed=3)
    await register(altoviz_sandbox, url, ["ProductCreated"])
    async with admin(altoviz_sandbox) as http:
        await http.post("/v1/Products", json={"name": "Widget"})
    attempts = await settled_attempts(altoviz_sandbox)
    assert [(a["attempt"], a["status"]) for a in attempts] == [(1, 500), (2, 503), (3, 200)]
    assert len({a["eventId"] for a in attempts}) == 1
    assert len(inbox.requests) == 3


async def test_gives_up_after_max_attempts(altoviz_sandbox: SandboxServer) -> None:
    await configure_deliveries(altoviz_sandbox, base_delay_s=0.001, max_attempts=3)
    await register(altoviz_sandbox, "http://127.0.0.1:9/nothing-listens", ["ProductCreated"])
    async with admin(altoviz_sandbox) as http:
        await http.post("/v1/Products", json={"name": "Widget"})
    attempts = await settled_attempts(altoviz_sandbox)
    assert [a["attempt"] for a in attempts] == [1, 2, 3]
    assert all(a["status"] is None and a["error"] for a in attempts)


async def test_faults_duplicate_reorder_wrong_secret_fail_first(
    altoviz_sandbox: SandboxServer, inbox_url: tuple[Inbox, str]
) -> None:
    inbox, url = inbox_url
    inbox.statuses = []
    await register(altoviz_sandbox, url, ["ProductCreated"])
    await configure_deliveries(altoviz_sandbox, base_delay_s=0.001, wrong_secret_rate=1.0)
    async with admin(altoviz_sandbox) as http:
        await http.post("/v1/Products", json={"name": "wrong secret"})
    attempts = await settled_attempts(altoviz_sandbox)
    secrets_sent = [headers["x-signature"] for headers, _ in inbox.requests]
    assert secrets_sent[0] != "s3cret"
    assert secrets_sent[1] == "s3cret"
    assert attempts[0]["fault"] == "wrong_secret"

    inbox.requests.clear()
    await configure_deliveries(altoviz_sandbox, duplicate_rate=1.0)
    async with admin(altoviz_sandbox) as http:
        await http.post("/v1/Products", json={"name": "twice"})
    await settled_attempts(altoviz_sandbox)
    assert len(inbox.requests) == 2
    assert inbox.requests[0][1]["id"] == inbox.requests[1][1]["id"]

    inbox.requests.clear()
    await configure_deliveries(altoviz_sandbox, base_delay_s=0.001, fail_first_rate=1.0)
    async with admin(altoviz_sandbox) as http:
        await http.post("/v1/Products", json={"name": "late"})
    attempts = await settled_attempts(altoviz_sandbox)
    late = [a for a in attempts if a["fault"] == "fail_first"]
    assert len(late) == 1
    assert late[0]["status"] is None
    assert len(inbox.requests) == 1


async def test_reorder_swaps_two_waiting_deliveries(
    altoviz_sandbox: SandboxServer, inbox_url: tuple[Inbox, str]
) -> None:
    inbox, url = inbox_url
    await register(altoviz_sandbox, url, ["ProductCreated"])
    await configure_deliveries(altoviz_sandbox, reorder_rate=1.0)
    # Both changes are queued before the lane runs: one request creates both (a customer and its contact
    # would do the same); here two creates in one sandbox tick, through the loop's own thread.
    state = altoviz_sandbox.state

    async def two_changes() -> None:
        products = state.store.collection("products")
        products.add({"name": "first"})
        products.add({"name": "second"})

    import asyncio

    assert altoviz_sandbox._loop is not None
    asyncio.run_coroutine_threadsafe(two_changes(), altoviz_sandbox._loop).result(timeout=10)
    attempts = await settled_attempts(altoviz_sandbox)
    assert [body["data"]["name"] for _, body in inbox.requests] == ["second", "first"]
    assert attempts[0]["fault"] == "reordered"


async def test_delivery_settings_are_validated(altoviz_sandbox: SandboxServer) -> None:
    async with admin(altoviz_sandbox) as http:
        assert (await http.patch("/_sandbox/deliveries/config", json={"duplicate_rate": 2})).status_code == 400
        assert (await http.patch("/_sandbox/deliveries/config", json={"nope": 1})).status_code == 400
        assert (await http.get("/_sandbox/deliveries")).status_code == 200
    async with admin(altoviz_sandbox) as http:
        http.headers.pop("X-API-KEY")
        assert (await http.get("/_sandbox/deliveries")).status_code == 401


async def test_a_bad_url_fails_its_attempts_not_the_others(
    altoviz_sandbox: SandboxServer, inbox_url: tuple[Inbox, str]
) -> None:
    inbox, url = inbox_url
    await configure_deliveries(altoviz_sandbox, base_delay_s=0.001, max_attempts=2)
    await register(altoviz_sandbox, "not a url at all", ["ProductCreated"])
    await register(altoviz_sandbox, url, ["ProductCreated"])
    async with admin(altoviz_sandbox) as http:
        await http.post("/v1/Products", json={"name": "Widget"})
    attempts = await settled_attempts(altoviz_sandbox)
    assert sorted((a["url"], a["status"] is None) for a in attempts) == sorted(
        [("not a url at all", True), ("not a url at all", True), (url, False)]
    )
    assert len(inbox.requests) == 1


async def test_finalize_payment_and_sending_are_updates(
    altoviz_sandbox: SandboxServer, inbox_url: tuple[Inbox, str]
) -> None:
    inbox, url = inbox_url
    await configure_deliveries(altoviz_sandbox)
    await register(altoviz_sandbox, url, ["InvoiceUpdated", "QuoteUpdated"])
    line = {"description": "Widget", "quantity": 1, "unitPrice": 100}
    async with admin(altoviz_sandbox) as http:
        customer = (await http.post("/v1/Customers", json={"companyName": "Acme"})).json()
        invoice = (await http.post("/v1/SaleInvoices", json={"customerId": customer["id"], "lines": [line]})).json()
        quote = (await http.post("/v1/SaleQuotes", json={"customerId": customer["id"], "lines": [line]})).json()
        assert (await http.post(f"/v1/SaleInvoices/Finalize/{invoice['id']}")).status_code == 200
        assert (await http.post(f"/v1/SaleInvoices/Finalize/{invoice['id']}")).status_code == 200  # no change
        paid = await http.post("/v1/SaleInvoices/MarkAsPaid", json={"invoiceId": invoice["id"]})
        assert paid.status_code == 200
        assert (await http.post(f"/v1/SaleInvoices/Send/{invoice['id']}", json=["a@acme.test"])).status_code == 200
        assert (await http.post(f"/v1/SaleQuotes/Send/{quote['id']}", json=["a@acme.test"])).status_code == 200
    await settled_attempts(altoviz_sandbox)
    events = [(body["type"], body["data"]["id"]) for _, body in inbox.requests]
    assert events == [("InvoiceUpdated", invoice["id"])] * 3 + [("QuoteUpdated", quote["id"])]
    finalized, paid_event, sent, quote_sent = (body["data"] for _, body in inbox.requests)
    assert (finalized["isDraft"], finalized["isPaid"]) == (False, False)
    assert finalized["number"]
    assert paid_event["isPaid"] is True
    assert sent["sentAt"]
    assert quote_sent["status"] == "Sent"


async def test_the_delivery_client_is_closed_when_the_sandbox_stops(inbox_url: tuple[Inbox, str]) -> None:
    inbox, url = inbox_url
    sandbox = SandboxServer().start()
    try:
        await register(sandbox, url, ["ProductCreated"])
        async with admin(sandbox) as http:
            await http.post("/v1/Products", json={"name": "Widget"})
        await settled_attempts(sandbox)
        client = sandbox.state.deliveries._http
        assert client is not None
        assert not client.is_closed
    finally:
        state = sandbox.state
        await asyncio.to_thread(sandbox.stop)  # the app's lifespan shutdown runs on the sandbox's own loop
    assert client.is_closed
    assert state.deliveries._http is None
    assert len(inbox.requests) == 1
