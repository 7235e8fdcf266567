"""examples/fastapi_webhooks.py: the whole loop, SDK -> sandbox -> webhook delivery -> the app's mirror."""

from __future__ import annotations

import secrets
import sys
from pathlib import Path

import fastapi_webhooks
import httpx
from altoviz import AltovizClient
from altoviz.sandbox import SandboxServer
from altoviz.sandbox.server import bind_socket

from altoviz_client.api.customers import create_customer, update_customer
from altoviz_client.api.sale_invoices import create_sale_invoice
from altoviz_client.api.webhooks import list_webhooks
from altoviz_client.models import CustomerInput, InvoiceInput, SaleDocumentLineInput

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from webhooks.sandbox_support import configure_deliveries, settled_attempts
from webhooks.support import serving


async def test_the_app_registers_itself_and_mirrors_events(altoviz_sandbox: SandboxServer) -> None:
    sock = bind_socket()
    host, port = sock.getsockname()[:2]
    public_url = f"http://{host}:{port}"
    secret = secrets.token_urlsafe(24)
    await configure_deliveries(altoviz_sandbox, duplicate_rate=0.5, seed=5)
    app = fastapi_webhooks.create_app(public_url, secret, altoviz_sandbox.base_url, altoviz_sandbox.api_key)
    mirror: fastapi_webhooks.Mirror = app.state.mirror
    client = AltovizClient(base_url=altoviz_sandbox.base_url, api_key=altoviz_sandbox.api_key)
    with serving(app, lifespan="on", sock=sock) as served:
        async with client:
            hooks = await client.call(list_webhooks)
            assert [(h.url, sorted(t.value for t in h.types)) for h in hooks] == [
                (f"{public_url}/altoviz/webhooks", ["CustomerUpdated", "InvoiceCreated"])
            ]
            ids = []
            for name in ("Garage Petit", "Boulangerie Leroy"):
                customer = await client.call(create_customer, body=CustomerInput(company_name=name))
                ids.append(customer.id)
                await client.call(update_customer, id=customer.id, body=CustomerInput(company_name=f"{name} SARL"))
                line = SaleDocumentLineInput(description="Maintenance", quantity=1, tax_excluded_price=100)
                await client.call(create_sale_invoice, body=InvoiceInput(customer_id=customer.id, lines=[line]))
            attempts = await settled_attempts(altoviz_sandbox)
            await served.arun(app.state.hooks.join())
        async with httpx.AsyncClient(base_url=served.url) as http:
            shown = (await http.get("/mirror")).json()
            forged = await http.post("/altoviz/webhooks", content=b"{}", headers={"X-Signature": "guess"})

    assert {a["type"] for a in attempts} == {"CustomerUpdated", "InvoiceCreated"}  # creates are not subscribed
    assert any(a["fault"] == "duplicate" for a in attempts)
    assert mirror.events == 4  # duplicates dropped
    assert {v["name"] for v in mirror.customers.values()} == {"Garage Petit SARL", "Boulangerie Leroy SARL"}
    assert sorted(v["customerId"] for v in mirror.invoices.values()) == sorted(ids)
    assert shown["events"] == 4
    assert forged.status_code == 401


async def test_restarting_reuses_the_registration(altoviz_sandbox: SandboxServer) -> None:
    secret = secrets.token_urlsafe(24)
    base_url, api_key = altoviz_sandbox.base_url, altoviz_sandbox.api_key
    ids = []
    for _ in range(2):
        app = fastapi_webhooks.create_app("http://127.0.0.1:9", secret, base_url, api_key)
        client = AltovizClient(base_url=base_url, api_key=api_key)
        async with app.router.lifespan_context(app), client:
            ids.append([h.id for h in await client.call(list_webhooks)])
    assert ids[0] == ids[1]
    assert len(ids[0]) == 1


async def test_demo_runs_against_its_own_sandbox() -> None:
    mirror = await fastapi_webhooks.demo()
    assert mirror.events == 2
    assert [c["name"] for c in mirror.customers.values()] == ["Garage Petit SARL"]
