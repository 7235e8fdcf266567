"""examples/crm_sync.py: look up by internal id, create on 404, invoice, finalize, pay: each exactly once."""

from __future__ import annotations

import collections

import crm_sync
from altoviz.sandbox import SandboxServer

DEALS = (
    crm_sync.Deal("D1", "CRM-1", "Alpha", "a@alpha.fr", [("Work", 2, 100.0)]),
    crm_sync.Deal("D2", "CRM-2", "Beta", None, [("Work", 1, 50.0)]),
    crm_sync.Deal("D3", "CRM-1", "Alpha", "a@alpha.fr", [("More work", 1, 30.0)]),
)


def internal_ids(sandbox: SandboxServer, kind: str) -> collections.Counter[str]:
    return collections.Counter(str(r.get("internalId")) for r in sandbox.state.store.collection(kind))


async def test_creates_missing_customers_and_invoices_every_deal(altoviz_sandbox: SandboxServer) -> None:
    altoviz_sandbox.state.store.collection("customers").add({"internalId": "CRM-2", "companyName": "Beta"})

    results = await crm_sync.main(altoviz_sandbox.base_url, altoviz_sandbox.api_key, DEALS)

    assert [r.customer_created for r in results] == [True, False, False]
    assert [r.invoice_number for r in results] == ["INV-000001", "INV-000002", "INV-000003"]
    assert all(r.paid for r in results)
    assert results[0].customer_id == results[2].customer_id
    assert internal_ids(altoviz_sandbox, "customers") == {"CRM-1": 1, "CRM-2": 1}
    invoice = altoviz_sandbox.state.store.collection("sale_invoices").get_by_internal_id("D1")
    assert invoice is not None
    assert invoice["taxExcludedAmount"] == 200.0
    assert invoice["isPaid"] is True


async def test_syncing_again_changes_nothing(altoviz_sandbox: SandboxServer) -> None:
    first = await crm_sync.main(altoviz_sandbox.base_url, altoviz_sandbox.api_key, DEALS)

    again = await crm_sync.main(altoviz_sandbox.base_url, altoviz_sandbox.api_key, DEALS)

    assert [r.invoice_id for r in again] == [r.invoice_id for r in first]
    assert len(altoviz_sandbox.state.store.collection("sale_invoices")) == 3
    invoices = altoviz_sandbox.state.store.collection("sale_invoices")
    assert all(len(invoices.meta[r.invoice_id]["payments"]) == 1 for r in first)  # not paid twice


async def test_lost_answers_and_5xx_on_writes_create_no_duplicate(altoviz_sandbox: SandboxServer) -> None:
    # Every create commits and then loses its answer; some requests fail with 503 before being processed.
    altoviz_sandbox.configure(drop_create_rate=1.0, error_rate=0.2, error_codes=[503], seed=5)

    results = await crm_sync.main(altoviz_sandbox.base_url, altoviz_sandbox.api_key, DEALS)

    assert all(r.paid for r in results)
    assert internal_ids(altoviz_sandbox, "customers") == {"CRM-1": 1, "CRM-2": 1}
    assert internal_ids(altoviz_sandbox, "sale_invoices") == {"D1": 1, "D2": 1, "D3": 1}
