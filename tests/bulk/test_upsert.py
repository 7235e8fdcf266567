"""One request per new record; updated and unchanged detected from the fields a record sets; failures with reasons."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from altoviz import AltovizClient, Outcome, bulk_upsert
from altoviz._records import Record
from altoviz.sandbox import SandboxServer

from altoviz_client.api.customer_families import create_customer_family
from altoviz_client.api.customers import create_customer
from altoviz_client.api.sale_invoices import create_sale_invoice, finalize_sale_invoice
from altoviz_client.models.customer_family_input import CustomerFamilyInput
from altoviz_client.models.customer_input import CustomerInput
from altoviz_client.models.invoice_input import InvoiceInput

from .conftest import CountingTransport, bounded, stored

ENTITIES: dict[str, tuple[str, Any]] = {
    "customers": ("customers", lambda i: {"internalId": f"C{i}", "companyName": f"Acme {i}", "email": f"a{i}@x.io"}),
    "products": ("products", lambda i: {"internalId": f"P{i}", "name": f"Bolt {i}", "unitPrice": 1.5 + i}),
    "suppliers": ("suppliers", lambda i: {"internalId": f"S{i}", "name": f"Supply {i}"}),
}


@pytest.mark.parametrize("entity", list(ENTITIES))
async def test_new_records_cost_one_request_each(
    entity: str, client: AltovizClient, altoviz_sandbox: SandboxServer, wire: CountingTransport, tmp_path: Path
) -> None:
    kind, make = ENTITIES[entity]
    ledger = tmp_path / "ledger.jsonl"
    report = await bounded(bulk_upsert(client, entity, [make(i) for i in range(40)], ledger=ledger))
    assert report.counts[Outcome.CREATED] == 40
    assert report.ok
    assert wire.total == 40  # create first: no lookup before a create
    assert wire.by_method == {"POST": 40}
    server = stored(altoviz_sandbox, kind)
    assert sorted(r["internalId"] for r in server) == sorted(make(i)["internalId"] for i in range(40))
    lines = [json.loads(line) for line in ledger.read_text().splitlines()]
    assert len(lines) == 40
    ids = {r["internalId"]: r["id"] for r in server}
    assert all(line["outcome"] == "created" and line["id"] == ids[line["internalId"]] for line in lines)


async def test_existing_records_are_updated_or_left_unchanged(
    client: AltovizClient, altoviz_sandbox: SandboxServer, wire: CountingTransport
) -> None:
    same = await client.call(
        create_customer,
        body=CustomerInput.from_dict({"internalId": "same", "companyName": "Same", "billingAddress": {"city": "Lyon"}}),
    )
    other = await client.call(
        create_customer,
        body=CustomerInput.from_dict(
            {"internalId": "other", "companyName": "Old", "email": "keep@x.io", "billingAddress": {"city": "Paris"}}
        ),
    )
    wire.by_method.clear()
    records = [
        # Sets fewer fields than the server holds, with equal values: unchanged.
        {"internalId": "same", "billingAddress": {"city": "Lyon"}},
        # Differs in one nested field: updated, the fields it does not set stay as they were.
        {"internalId": "other", "companyName": "Old", "billingAddress": {"city": "Nantes"}},
        {"internalId": "new", "companyName": "New"},
    ]
    report = await bounded(bulk_upsert(client, "Customers", records))
    assert report.counts[Outcome.UNCHANGED] == 1
    assert report.counts[Outcome.UPDATED] == 1
    assert report.counts[Outcome.CREATED] == 1
    by_key = {r["internalId"]: r for r in stored(altoviz_sandbox, "customers")}
    assert by_key["other"]["id"] == other.id
    assert by_key["other"]["billingAddress"]["city"] == "Nantes"
    assert by_key["other"]["email"] == "keep@x.io"
    assert by_key["same"]["id"] == same.id
    assert len(by_key) == 3
    # unchanged: create (400) + lookup; updated: create (400) + lookup + update; new: create.
    assert wire.by_method == {"POST": 3, "GET": 2, "PUT": 1}


async def test_a_record_the_server_rejects_fails_with_its_reason(
    client: AltovizClient, altoviz_sandbox: SandboxServer
) -> None:
    customer = await client.call(create_customer, body=CustomerInput.from_dict({"internalId": "c", "companyName": "C"}))
    draft = {"internalId": "INV-1", "date": "2025-01-02", "customerId": customer.id}
    invoice = await client.call(create_sale_invoice, body=InvoiceInput.from_dict(draft))
    await client.call(finalize_sale_invoice, invoice.id)
    records = [{**draft, "subject": "changed after finalizing"}, {"internalId": "INV-2", **{"date": "2025-01-03"}}]
    report = await bounded(bulk_upsert(client, "sale-invoices", [*records, {"companyName": "no key"}]))
    assert report.counts[Outcome.FAILED] == 2
    assert report.counts[Outcome.CREATED] == 1
    failed = {result.internal_id: result for result in report.failed}
    final, nokey = failed["INV-1"], failed[""]
    assert final.internal_id == "INV-1"
    assert final.id == invoice.id
    assert final.reason is not None
    assert "update rejected" in final.reason
    assert "only a draft can be updated" in final.reason
    assert nokey.reason is not None
    assert "internalId" in nokey.reason


async def test_an_entity_without_update_reports_differences_as_failures(
    client: AltovizClient, altoviz_sandbox: SandboxServer
) -> None:
    await client.call(create_customer_family, body=CustomerFamilyInput.from_dict({"internalId": "f1", "label": "Old"}))
    await client.call(create_customer_family, body=CustomerFamilyInput.from_dict({"internalId": "f2", "label": "Same"}))
    records = [{"internalId": "f1", "label": "New"}, {"internalId": "f2", "label": "Same"}]
    report = await bounded(bulk_upsert(client, "customer_families", records))
    assert report.counts[Outcome.UNCHANGED] == 1
    (failed,) = report.failed
    assert failed.internal_id == "f1"
    assert failed.reason is not None
    assert "cannot be updated" in failed.reason
    assert "label" in failed.reason
    assert {r["label"] for r in stored(altoviz_sandbox, "customer_families")} == {"Old", "Same"}


async def test_records_models_and_async_iterables_are_accepted(
    client: AltovizClient, altoviz_sandbox: SandboxServer, tmp_path: Path
) -> None:
    async def source() -> Any:
        yield Record(7, {"internalId": "r", "companyName": "From a file"})
        yield CustomerInput.from_dict({"internalId": "m", "companyName": "A model"})
        yield {"internalId": "d", "companyName": "A dict"}

    ledger = tmp_path / "l.jsonl"
    report = await bounded(bulk_upsert(client, "customers", source(), ledger=ledger))
    assert report.counts[Outcome.CREATED] == 3
    rows = {json.loads(line)["internalId"]: json.loads(line)["row"] for line in ledger.read_text().splitlines()}
    assert rows == {"r": 7, "m": None, "d": None}


async def test_a_repeated_internal_id_in_the_input_is_not_sent_twice(
    client: AltovizClient, altoviz_sandbox: SandboxServer, wire: CountingTransport
) -> None:
    records = [Record(2, {"internalId": "x", "companyName": "A"}), Record(3, {"internalId": "x", "companyName": "B"})]
    report = await bounded(bulk_upsert(client, "customers", records))
    assert report.counts[Outcome.CREATED] == 1
    (failed,) = report.failed
    assert failed.row == 3
    assert failed.reason is not None
    assert "row 2" in failed.reason
    assert wire.total == 1


async def test_an_update_sends_no_read_only_field(client: AltovizClient) -> None:
    # The update is the server's copy with the record laid over it; the write model drops what the published
    # document marks readOnly (id, name, balance...) and what it does not know, so none of it is sent.
    await client.customers.create(CustomerInput(internal_id="ro", company_name="Old", email="a@b.fr"))
    bodies: list[dict[str, Any]] = []

    async def capture(request: Any) -> None:
        if request.method == "PUT":
            bodies.append(json.loads(request.content))

    client.http.event_hooks["request"].append(capture)
    report = await bounded(bulk_upsert(client, "customers", [{"internalId": "ro", "companyName": "New"}]))

    assert report.counts[Outcome.UPDATED] == 1
    (body,) = bodies
    assert body["companyName"] == "New"
    assert body["email"] == "a@b.fr"  # kept from the server's copy
    assert not {"id", "name", "countryName"} & set(body)
    assert not {"countryName"} & set(body.get("billingAddress") or {})
