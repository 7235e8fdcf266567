"""Invoice from an event: a Starlette app whose handler turns a closed deal into a sent invoice.

The CRM posts ``{"dealId", "customer": {"id", "companyName", "email"}, "lines": [...]}`` to
``/events/deal-closed``. The handler finds or creates the customer by the CRM's id, creates the draft invoice
(once: the deal id is its ``internalId``), finalizes it and sends it to the customer's email.

One ``AltovizClient`` serves every request: it is opened when the app starts (lifespan) and closed when it
stops, so requests share its connection pool, its rate-limit cooldown and its learned pace. A client per
request would open new connections every time and let concurrent handlers stampede the API after a 429.

    uvicorn --factory starlette_webhook:create_app      # from examples/, with ALTOVIZ_BASE_URL/ALTOVIZ_API_KEY
    python examples/starlette_webhook.py                # posts one sample event, against a local sandbox if unset
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import logging
import os
import sys
from collections.abc import AsyncIterator
from typing import Any

import httpx
from altoviz import AltovizClient, AltovizError, AuthenticationError, BadRequestError, NotFoundError
from crm_sync import Deal, create_invoice, exactly_once, find_or_create_customer
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from altoviz_client.api.sale_invoices import finalize_sale_invoice, get_sale_invoice, send_sale_invoice
from altoviz_client.models import Invoice
from altoviz_client.types import Unset

log = logging.getLogger("examples.starlette_webhook")


class EventError(ValueError):
    """A deal event that cannot be invoiced as it is."""


def deal_from_event(event: Any) -> Deal:
    """Read the event's JSON into a ``Deal``; raise ``EventError`` saying what is missing."""
    if not isinstance(event, dict):
        raise EventError("the body must be a JSON object")
    customer = event.get("customer")
    lines = event.get("lines")
    if not isinstance(event.get("dealId"), str) or not isinstance(customer, dict) or not isinstance(lines, list):
        raise EventError("expected dealId, customer and lines")
    if not isinstance(customer.get("id"), str) or not isinstance(customer.get("companyName"), str):
        raise EventError("customer needs id and companyName")
    try:
        parsed = [(str(line["description"]), float(line["quantity"]), float(line["unitPrice"])) for line in lines]
    except (KeyError, TypeError, ValueError):
        raise EventError("each line needs description, quantity and unitPrice") from None
    email = customer.get("email") if isinstance(customer.get("email"), str) else None
    return Deal(event["dealId"], customer["id"], customer["companyName"], email, parsed)


async def deal_closed(request: Request) -> JSONResponse:
    """Invoice the deal, finalize the invoice, send it; answer its id and number."""
    client: AltovizClient = request.app.state.altoviz
    try:
        deal = deal_from_event(await request.json())
    except (EventError, ValueError) as exc:
        return JSONResponse({"error": str(exc)}, status_code=400)
    try:
        customer, _ = await find_or_create_customer(client, deal)
        assert isinstance(customer.id, int)
        invoice = await create_invoice(client, deal, customer.id, datetime.date.today())
        assert isinstance(invoice.id, int)
        if invoice.is_draft is not False:
            invoice = await finalize(client, invoice.id)
        # A CRM delivers an event again when it missed our answer: the customer gets the invoice once.
        sent_before = invoice.sent_at is not None and not isinstance(invoice.sent_at, Unset)
        if deal.email and not sent_before:
            await client.call(send_sale_invoice, invoice.id, body=[deal.email])
    except (BadRequestError, NotFoundError) as exc:
        log.warning("deal %s refused by Altoviz: %s", deal.deal_id, exc)
        return JSONResponse({"error": str(exc)}, status_code=422)
    except AuthenticationError:
        log.error("Altoviz refused the API key")
        return JSONResponse({"error": "invoicing is misconfigured"}, status_code=500)
    except AltovizError as exc:
        # The CRM retries on 503; the invoice's internalId makes its retry create nothing twice.
        log.warning("deal %s: Altoviz unavailable: %s", deal.deal_id, exc)
        return JSONResponse({"error": "invoicing is unavailable, retry later"}, status_code=503)
    log.info("deal %s invoiced as %s", deal.deal_id, invoice.number)
    body = {"invoiceId": invoice.id, "number": invoice.number, "sent": bool(deal.email) or sent_before}
    return JSONResponse(body, status_code=201)


async def finalize(client: AltovizClient, invoice_id: int) -> Invoice:
    """Finalize the draft without recording a payment: the customer pays later."""

    async def final() -> Invoice | None:
        invoice = await client.call(get_sale_invoice, id=invoice_id)
        return invoice if invoice.is_draft is False else None

    return await exactly_once(
        lambda: client.call(finalize_sale_invoice, id=invoice_id), final, f"finalize invoice {invoice_id}"
    )


def create_app(base_url: str | None = None, api_key: str | None = None) -> Starlette:
    """Build the app; the client reads ``ALTOVIZ_BASE_URL``/``ALTOVIZ_API_KEY`` when these are None."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with AltovizClient(api_key=api_key, base_url=base_url) as client:
            app.state.altoviz = client
            yield

    return Starlette(routes=[Route("/events/deal-closed", deal_closed, methods=["POST"])], lifespan=lifespan)


SAMPLE_EVENT = {
    "dealId": "DEAL-2001",
    "customer": {"id": "CRM-7", "companyName": "Garage Petit", "email": "compta@garage-petit.fr"},
    "lines": [{"description": "Annual maintenance", "quantity": 1, "unitPrice": 1500}],
}


async def main(base_url: str, api_key: str, event: dict[str, Any] | None = None) -> httpx.Response:
    """Run the app in-process and post one event to it, as the CRM would; return the app's answer."""
    app = create_app(base_url, api_key)
    # httpx's ASGI transport does not run the lifespan, so the app's startup and shutdown run here.
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://crm-webhook") as crm:
            return await crm.post("/events/deal-closed", json=event or SAMPLE_EVENT)


async def _run() -> int:
    base_url, api_key = os.environ.get("ALTOVIZ_BASE_URL"), os.environ.get("ALTOVIZ_API_KEY")
    if base_url and api_key:
        answer = await main(base_url, api_key)
    else:
        from altoviz.sandbox import serve

        log.info("ALTOVIZ_BASE_URL and ALTOVIZ_API_KEY are not set: starting a local sandbox")
        async with serve() as sandbox:
            answer = await main(sandbox.base_url, sandbox.api_key)
    print(f"{answer.status_code} {answer.json()}")
    return 0 if answer.status_code == 201 else 1


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request would drown the story
    sys.exit(asyncio.run(_run()))
