"""Mirror Altoviz into your app: a FastAPI service that registers its webhook and keeps a local copy up to date.

On start-up the app registers itself with Altoviz (``ensure_webhook``: once, however often it restarts) for
``InvoiceCreated`` and ``CustomerUpdated``. Altoviz then POSTs each event to ``/altoviz/webhooks``; the receiver
checks the secret, drops repeated deliveries, parses the invoice or customer into its model, answers at once,
and runs the handlers below off the request. They mirror what they get into ``Mirror``, a small in-memory
store standing in for your database. ``GET /mirror`` shows it.

    PUBLIC_URL=https://app.example.com ALTOVIZ_WEBHOOK_SECRET=... uvicorn --factory fastapi_webhooks:create_app
    python examples/fastapi_webhooks.py      # against a local sandbox: registers, makes changes, prints the mirror

The real Altoviz delivers only to public URLs; the sandbox also delivers to loopback, which is what lets the
second line (and this example's test) run offline.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from altoviz import AltovizClient
from altoviz.webhooks import WebhookEvent, WebhookReceiver, ensure_webhook, fastapi_router
from fastapi import FastAPI

from altoviz_client.models import Customer, Invoice
from altoviz_client.types import Unset

log = logging.getLogger("examples.fastapi_webhooks")

WEBHOOK_PATH = "/altoviz/webhooks"
EVENT_TYPES = ["InvoiceCreated", "CustomerUpdated"]


def _value(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


@dataclass
class Mirror:
    """The local copy: customers by id and invoices by id, as last told by Altoviz."""

    customers: dict[int, dict[str, Any]] = field(default_factory=dict)
    invoices: dict[int, dict[str, Any]] = field(default_factory=dict)
    events: int = 0

    def customer_updated(self, customer: Customer) -> None:
        """Record a customer's current name and email."""
        if isinstance(customer.id, int):
            self.customers[customer.id] = {"name": _value(customer.name), "email": _value(customer.email)}
            self.events += 1

    def invoice_created(self, invoice: Invoice) -> None:
        """Record a new invoice with its customer and number."""
        if isinstance(invoice.id, int):
            self.invoices[invoice.id] = {
                "number": _value(invoice.number),
                "customerId": _value(invoice.customer_id),
                "draft": _value(invoice.is_draft),
            }
            self.events += 1


def build_receiver(secret: str, mirror: Mirror) -> WebhookReceiver:
    """Return the receiver with its two typed handlers."""
    hooks = WebhookReceiver(secret)

    @hooks.on("CustomerUpdated", Customer)
    async def customer_updated(event: WebhookEvent[Customer]) -> None:
        mirror.customer_updated(event.data)

    @hooks.on("InvoiceCreated", Invoice)
    async def invoice_created(event: WebhookEvent[Invoice]) -> None:
        mirror.invoice_created(event.data)

    return hooks


def create_app(
    public_url: str | None = None,
    secret: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
) -> FastAPI:
    """Build the app. ``None`` reads PUBLIC_URL, ALTOVIZ_WEBHOOK_SECRET, ALTOVIZ_BASE_URL and ALTOVIZ_API_KEY."""
    public_url = (public_url or os.environ["PUBLIC_URL"]).rstrip("/")
    secret = secret or os.environ["ALTOVIZ_WEBHOOK_SECRET"]
    mirror = Mirror()
    hooks = build_receiver(secret, mirror)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with AltovizClient(base_url=base_url, api_key=api_key) as client:
            hook = await ensure_webhook(client, public_url + WEBHOOK_PATH, EVENT_TYPES, secret, name="mirror")
            log.info("webhook %s delivers %s to %s", hook.id, ", ".join(EVENT_TYPES), hook.url)
            app.state.altoviz = client
            yield
            await hooks.aclose()  # handle what is queued before the process ends

    app = FastAPI(lifespan=lifespan)
    app.include_router(fastapi_router(hooks, WEBHOOK_PATH))
    app.state.mirror, app.state.hooks = mirror, hooks

    @app.get("/mirror")
    async def show_mirror() -> dict[str, Any]:
        return {"customers": mirror.customers, "invoices": mirror.invoices, "events": mirror.events}

    return app


async def demo() -> Mirror:
    """Run the app against a local sandbox, make a few changes through the SDK, and return the mirror."""
    import uvicorn
    from altoviz.sandbox import serve
    from altoviz.sandbox.server import bind_socket

    from altoviz_client.api.customers import create_customer, update_customer
    from altoviz_client.api.sale_invoices import create_sale_invoice
    from altoviz_client.models import CustomerInput, InvoiceInput, SaleDocumentLineInput

    async with serve() as sandbox:
        sock = bind_socket()
        host, port = sock.getsockname()[:2]
        app = create_app(f"http://{host}:{port}", secrets.token_urlsafe(24), sandbox.base_url, sandbox.api_key)
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
        task = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started:  # bounded by the server task: it ends if start-up fails
            if task.done():
                await task
            await asyncio.sleep(0.01)
        async with AltovizClient(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
            customer = await client.call(create_customer, body=CustomerInput(company_name="Garage Petit"))
            assert isinstance(customer.id, int)
            await client.call(update_customer, id=customer.id, body=CustomerInput(company_name="Garage Petit SARL"))
            line = SaleDocumentLineInput(description="Annual maintenance", quantity=1, tax_excluded_price=1500)
            await client.call(create_sale_invoice, body=InvoiceInput(customer_id=customer.id, lines=[line]))
        mirror: Mirror = app.state.mirror
        for _ in range(500):  # up to 5 s for the two deliveries
            if mirror.events >= 2:
                break
            await asyncio.sleep(0.01)
        server.should_exit = True
        await task
        sock.close()
        return mirror


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    result = asyncio.run(demo())
    print(f"customers: {result.customers}\ninvoices: {result.invoices}")
    sys.exit(0 if result.events >= 2 else 1)
