"""examples/cash_flow_digest.py: one week's invoices and receipts, the unusual ones flagged."""

from __future__ import annotations

import datetime

import cash_flow_digest
import httpx
from altoviz.sandbox import SandboxServer

WEDNESDAY = datetime.date(2025, 3, 12)  # the week of 10 to 16 March 2025


def seed(sandbox: SandboxServer) -> None:
    with httpx.Client(base_url=sandbox.base_url, headers={"X-API-KEY": sandbox.api_key}) as api:
        customer = api.post("/v1/Customers", json={"internalId": "C1", "companyName": "Roux"}).json()

        def invoice(internal_id: str, day: str, price: float, *, final: bool = True) -> None:
            line = {"description": "x", "quantity": 1, "taxExcludedPrice": price}
            body = {"internalId": internal_id, "customerId": customer["id"], "date": day, "lines": [line]}
            created = api.post("/v1/SaleInvoices", json=body).json()
            if final:
                api.post(f"/v1/SaleInvoices/Finalize/{created['id']}").raise_for_status()

        def receipt(internal_id: str, day: str, amount: float, customer_id: int | None) -> None:
            body = {"internalId": internal_id, "date": day, "amount": amount, "customerId": customer_id}
            api.post("/v1/Receipts", json=body).raise_for_status()

        invoice("last-week", "2025-03-09", 5000)
        for n, price in enumerate((100, 120, 90)):
            invoice(f"i{n}", f"2025-03-1{n}", price)
        invoice("big", "2025-03-14", 1000)
        invoice("draft", "2025-03-12", 7000, final=False)
        receipt("r1", "2025-03-11", 100, customer["id"])
        receipt("r2", "2025-03-12", 60, None)
        receipt("next-week", "2025-03-17", 9000, customer["id"])


async def test_the_week_is_summed_and_the_unusual_flagged(altoviz_sandbox: SandboxServer) -> None:
    seed(altoviz_sandbox)

    digest = await cash_flow_digest.main(altoviz_sandbox.base_url, altoviz_sandbox.api_key, WEDNESDAY)

    assert (digest.start, digest.end) == (datetime.date(2025, 3, 10), datetime.date(2025, 3, 16))
    assert len(digest.invoices) == 4  # not last week's, not the draft
    assert digest.billed == 1310.0
    assert len(digest.receipts) == 2  # not next week's
    assert digest.received == 160.0
    flagged = {(entry.kind, entry.amount): entry.reasons for entry in digest.unusual}
    assert flagged == {("invoice", 1000.0): ["9.1x the week's median"], ("receipt", 60.0): ["no customer"]}


async def test_the_one_pager_lists_totals_and_what_to_look_at(altoviz_sandbox: SandboxServer) -> None:
    seed(altoviz_sandbox)

    text = cash_flow_digest.render(
        await cash_flow_digest.main(altoviz_sandbox.base_url, altoviz_sandbox.api_key, WEDNESDAY)
    )

    assert "10 Mar to 16 Mar 2025" in text
    assert "Billed:       1,310.00  (4 invoices)" in text
    assert "Received:       160.00  (2 receipts)" in text
    assert "! invoice  INV-000005 Roux" in text
    assert "no customer" in text


async def test_a_quiet_week_says_so(altoviz_sandbox: SandboxServer) -> None:
    digest = await cash_flow_digest.main(altoviz_sandbox.base_url, altoviz_sandbox.api_key, WEDNESDAY)

    assert digest.unusual == []
    assert "Nothing unusual this week." in cash_flow_digest.render(digest)
