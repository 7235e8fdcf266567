"""Sale documents' life cycle: drafts, numbers, payments, refunds, and only drafts change."""

from __future__ import annotations

import httpx

LINES = [
    {"description": "Consulting day", "quantity": 2, "taxExcludedPrice": 450.0, "vat": {"rate": 20.0}},
    {"description": "Travel", "quantity": 1, "taxExcludedPrice": 100.0, "vat": {"rate": 10.0}},
]


async def test_invoice_is_a_draft_until_finalized_then_numbered(http: httpx.AsyncClient) -> None:
    draft = (await http.post("/v1/SaleInvoices", json={"lines": LINES})).json()
    assert draft["isDraft"] is True
    assert draft["number"] is None
    assert (draft["taxExcludedAmount"], draft["taxAmount"], draft["taxIncludedAmount"]) == (1000.0, 190.0, 1190.0)
    other = (await http.post("/v1/SaleInvoices", json={"lines": LINES})).json()
    second = (await http.post(f"/v1/SaleInvoices/Finalize/{other['id']}")).json()
    first = (await http.post(f"/v1/SaleInvoices/Finalize/{draft['id']}")).json()
    assert (second["number"], first["number"]) == ("INV-000001", "INV-000002")
    # Finalizing again changes nothing, so a retried finalize is harmless.
    again = (await http.post(f"/v1/SaleInvoices/Finalize/{draft['id']}")).json()
    assert again["number"] == "INV-000002"


async def test_only_drafts_can_be_updated_or_deleted(http: httpx.AsyncClient) -> None:
    for path in ("/v1/SaleInvoices", "/v1/SaleCredits"):
        doc = (await http.post(path, json={"lines": LINES})).json()
        assert (await http.put(f"{path}/{doc['id']}", json={"subject": "edited"})).json()["subject"] == "edited"
        await http.post(f"{path}/Finalize/{doc['id']}")
        update = await http.put(f"{path}/{doc['id']}", json={"subject": "too late"})
        delete = await http.delete(f"{path}/{doc['id']}")
        assert (update.status_code, delete.status_code) == (400, 400)
        assert "draft" in update.json()["detail"]
        draft = (await http.post(path, json={})).json()
        assert (await http.delete(f"{path}/{draft['id']}")).status_code == 200
        assert (await http.get(f"{path}/{draft['id']}")).status_code == 404


async def test_mark_as_paid_records_payments_until_the_balance_is_zero(http: httpx.AsyncClient) -> None:
    invoice = (await http.post("/v1/SaleInvoices", json={"lines": LINES})).json()
    await http.post(f"/v1/SaleInvoices/Finalize/{invoice['id']}")
    part = await http.post(
        "/v1/SaleInvoices/MarkAsPaid",
        json={"invoiceId": invoice["id"], "amount": 190.0, "date": "2026-01-31", "paymentMethod": "Card"},
    )
    assert (part.json()["balance"], part.json()["isPaid"]) == (1000.0, False)
    failed = await http.post("/v1/SaleInvoices/MarkAsPaid", json={"invoiceId": invoice["id"], "status": "Failed"})
    assert failed.json()["balance"] == 1000.0
    rest = await http.post("/v1/SaleInvoices/MarkAsPaid", json={"invoiceId": invoice["id"], "amount": None})
    assert (rest.json()["balance"], rest.json()["isPaid"]) == (0.0, True)
    missing = await http.post("/v1/SaleInvoices/MarkAsPaid", json={"invoiceId": 999})
    assert missing.status_code == 404


async def test_mark_as_refunded_settles_a_credit(http: httpx.AsyncClient) -> None:
    credit = (await http.post("/v1/SaleCredits", json={"lines": LINES[:1]})).json()
    refunded = await http.post("/v1/SaleCredits/MarkAsRefunded", json={"creditId": credit["id"], "date": "2026-01-31"})
    body = refunded.json()
    # A payment on a draft finalizes it first.
    assert (body["isDraft"], body["number"], body["isPaid"], body["balance"]) == (False, "CRE-000001", True, 0.0)


async def test_quotes_are_numbered_at_once_and_sent(http: httpx.AsyncClient) -> None:
    quote = (await http.post("/v1/SaleQuotes", json={"lines": LINES})).json()
    assert (quote["number"], quote["status"]) == ("QUO-000001", "Pending")
    assert (await http.post(f"/v1/SaleQuotes/Send/{quote['id']}", json=["a@example.com"])).status_code == 200
    assert (await http.get(f"/v1/SaleQuotes/{quote['id']}")).json()["status"] == "Sent"
    assert [q["id"] for q in (await http.get("/v1/SaleQuotes", params={"Status": "Sent"})).json()] == [quote["id"]]
