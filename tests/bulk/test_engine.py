"""The engine's bounds and stops: concurrency cap, a refused key, a broken input, entity names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from altoviz import AltovizClient, AuthenticationError, Outcome, bulk_upsert
from altoviz._bulk import UnsupportedEntityError, entity_ops
from altoviz.sandbox import SandboxServer

from .conftest import CountingTransport, bounded, fast_pacer, stored


def customers(n: int) -> list[dict[str, object]]:
    return [{"internalId": f"C{i:04d}", "companyName": f"Company {i}"} for i in range(n)]


async def test_in_flight_requests_never_exceed_max_concurrency(
    client: AltovizClient, altoviz_sandbox: SandboxServer, wire: CountingTransport
) -> None:
    altoviz_sandbox.configure(latency_ms=20)  # slow answers, so that records pile up if nothing holds them
    report = await bounded(bulk_upsert(client, "customers", customers(60), max_concurrency=5))
    assert report.counts[Outcome.CREATED] == 60
    assert 1 < wire.peak <= 5


async def test_a_refused_key_stops_the_import(altoviz_sandbox: SandboxServer, tmp_path: Path) -> None:
    async with AltovizClient("wrong", base_url=altoviz_sandbox.base_url, pacer=fast_pacer()) as client:
        with pytest.raises(AuthenticationError):
            await bounded(bulk_upsert(client, "customers", customers(50), ledger=tmp_path / "l.jsonl"))
    assert stored(altoviz_sandbox, "customers") == []


async def test_a_broken_input_stops_after_the_records_in_flight(
    client: AltovizClient, altoviz_sandbox: SandboxServer, tmp_path: Path
) -> None:
    def source() -> Iterator[dict[str, object]]:
        yield from customers(10)
        raise OSError("the file went away")

    ledger = tmp_path / "l.jsonl"
    with pytest.raises(OSError, match="went away"):
        await bounded(bulk_upsert(client, "customers", source(), ledger=ledger))
    assert len(ledger.read_text().splitlines()) == 10  # every record already sent got its result
    assert len(stored(altoviz_sandbox, "customers")) == 10


@pytest.mark.parametrize("name", ["customers", "Customers", "sale-invoices", "sale_invoices", "Customer-Families"])
def test_entity_names_are_spelt_like_the_records_package(name: str) -> None:
    assert entity_ops(name).name == name.lower().replace("-", "_")


def test_operations_follow_the_naming_rule() -> None:
    customers_ops = entity_ops("customers")
    assert customers_ops.create.__name__.endswith("create_customer")
    assert customers_ops.get_by_internal_id is not None
    products = entity_ops("products")
    assert products.get_by_internal_id is None
    assert products.find is not None
    assert entity_ops("customer_families").update is None


@pytest.mark.parametrize("name", ["units", "nothing-like-it"])
def test_entities_that_cannot_be_upserted_are_refused(name: str) -> None:
    with pytest.raises(UnsupportedEntityError):
        entity_ops(name)
