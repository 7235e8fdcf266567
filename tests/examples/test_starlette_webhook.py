"""examples/starlette_webhook.py: the app (over httpx's ASGI transport) calls the sandbox over real HTTP."""

from __future__ import annotations

import asyncio
import copy
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import starlette_webhook
from altoviz import AltovizClient
from altoviz.sandbox import SandboxServer
from starlette.applications import Starlette


def event(deal_id: str, customer_id: str = "CRM-7") -> dict[str, Any]:
    body = copy.deepcopy(starlette_webhook.SAMPLE_EVENT)
    body["dealId"] = deal_id
    body["customer"]["id"] = customer_id
    return body


@pytest.fixture
async def app(altoviz_sandbox: SandboxServer) -> AsyncIterator[Starlette]:
    app = starlette_webhook.create_app(altoviz_sandbox.base_url, altoviz_sandbox.api_key)
    async with app.router.lifespan_context(app):
        yield app


@pytest.fixture
async def crm(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://crm") as client:
        yield client


async def test_main_invoices_and_sends_the_sample_deal(altoviz_sandbox: SandboxServer) -> None:
    answer = await starlette_webhook.main(altoviz_sandbox.base_url, altoviz_sandbox.api_key)

    assert answer.status_code == 201
    assert answer.json() == {"invoiceId": 1, "number": "INV-000001", "sent": True}
    invoice = altoviz_sandbox.state.store.collection("sale_invoices").get(1)
    assert invoice is not None
    assert invoice["isDraft"] is False
    assert invoice["sentAt"] is not None


async def test_concurrent_requests_share_one_client(
    app: Starlette, crm: httpx.AsyncClient, altoviz_sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    clients: set[int] = set()
    original = AltovizClient.call

    async def spy(self: AltovizClient, *args: Any, **kwargs: Any) -> Any:
        clients.add(id(self))
        return await original(self, *args, **kwargs)

    monkeypatch.setattr(AltovizClient, "call", spy)

    answers = await asyncio.gather(
        *(crm.post("/events/deal-closed", json=event(f"D{n}", f"C{n % 2}")) for n in range(6))
    )

    assert [a.status_code for a in answers] == [201] * 6
    assert clients == {id(app.state.altoviz)}
    assert sorted(a.json()["number"] for a in answers) == [f"INV-00000{n}" for n in range(1, 7)]
    assert len(altoviz_sandbox.state.store.collection("customers")) == 2


async def test_a_redelivered_event_invoices_and_sends_once(
    crm: httpx.AsyncClient, altoviz_sandbox: SandboxServer
) -> None:
    first = await crm.post("/events/deal-closed", json=event("D1"))
    sent_at = altoviz_sandbox.state.store.collection("sale_invoices").get(1)["sentAt"]  # type: ignore[index]

    again = await crm.post("/events/deal-closed", json=event("D1"))

    assert again.status_code == 201
    assert again.json() == first.json()
    invoices = altoviz_sandbox.state.store.collection("sale_invoices")
    assert len(invoices) == 1
    assert invoices.get(1)["sentAt"] == sent_at  # type: ignore[index]


@pytest.mark.parametrize(
    "body",
    [
        {"dealId": "D1"},
        {"dealId": "D1", "customer": {"id": "C"}, "lines": []},
        {"dealId": "D1", "customer": {"id": "C", "companyName": "X"}, "lines": [{"description": "x"}]},
        ["not", "an", "object"],
    ],
)
async def test_a_malformed_event_is_refused_before_calling_altoviz(
    crm: httpx.AsyncClient, altoviz_sandbox: SandboxServer, body: Any
) -> None:
    answer = await crm.post("/events/deal-closed", json=body)

    assert answer.status_code == 400
    assert "error" in answer.json()
    assert len(altoviz_sandbox.state.store.collection("customers")) == 0


async def test_a_wrong_key_is_a_server_error_that_does_not_leak(altoviz_sandbox: SandboxServer) -> None:
    wrong = "wrong-" + altoviz_sandbox.api_key[::-1]

    answer = await starlette_webhook.main(altoviz_sandbox.base_url, wrong)

    assert answer.status_code == 500
    assert wrong not in answer.text
    assert altoviz_sandbox.api_key not in answer.text


async def test_altoviz_down_answers_503_for_the_crm_to_retry(altoviz_sandbox: SandboxServer) -> None:
    altoviz_sandbox.configure(error_rate=1.0, error_codes=[500])

    answer = await starlette_webhook.main(altoviz_sandbox.base_url, altoviz_sandbox.api_key)

    assert answer.status_code == 503
