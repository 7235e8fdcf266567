"""Exactly once under lost answers, 5xx and rate limits: every record created once, none twice."""

from __future__ import annotations

import collections
import json
import random
from pathlib import Path

import pytest
from altoviz import AltovizClient, Outcome, Pacer, bulk_upsert
from altoviz.sandbox import SandboxServer

from .conftest import CountingTransport, bounded, stored


def customers(n: int) -> list[dict[str, object]]:
    return [{"internalId": f"C{i:04d}", "companyName": f"Company {i}"} for i in range(n)]


@pytest.mark.parametrize("entity", ["customers", "products"])  # by GetByInternalId, and by Find
async def test_lost_answers_and_5xx_never_duplicate(
    entity: str, client: AltovizClient, altoviz_sandbox: SandboxServer, wire: CountingTransport, tmp_path: Path
) -> None:
    altoviz_sandbox.configure(seed=3, drop_create_rate=0.2, error_rate=0.1, error_codes=[503])
    records = [{**r, "name": "x", "unitPrice": 1} if entity == "products" else r for r in customers(150)]
    ledger = tmp_path / "ledger.jsonl"
    report = await bounded(bulk_upsert(client, entity, records, ledger=ledger))
    # A create settled by lookup counts as unchanged: only an answered create proves this import created it.
    assert report.counts[Outcome.CREATED] + report.counts[Outcome.UNCHANGED] == 150
    assert report.ok
    keys = collections.Counter(r["internalId"] for r in stored(altoviz_sandbox, entity))
    assert len(keys) == 150
    assert max(keys.values()) == 1
    lines = [json.loads(line) for line in ledger.read_text().splitlines()]
    assert len(lines) == 150
    reconciled = [line for line in lines if line["reason"]]
    assert reconciled  # the faults did hit creates, and they were settled by lookup
    assert all("found by internalId" in line["reason"] for line in reconciled)
    assert wire.by_status[503] > 0


async def test_every_create_answer_lost_still_makes_one_record(
    client: AltovizClient, altoviz_sandbox: SandboxServer, wire: CountingTransport
) -> None:
    # Every answer to a create is lost: the record is committed, then found by its lookup, never re-sent.
    altoviz_sandbox.configure(drop_create_rate=1.0)
    report = await bounded(bulk_upsert(client, "suppliers", [{"internalId": "s1", "name": "S"}]))
    assert report.counts[Outcome.UNCHANGED] == 1  # found after a lost answer: not provably created by this run
    assert len(stored(altoviz_sandbox, "suppliers")) == 1
    assert wire.by_method == {"POST": 1, "GET": 1}


async def test_a_rate_limited_import_stays_exact(altoviz_sandbox: SandboxServer) -> None:
    # A pacer that starts above the server's rate: 429s come at once, and must cost retries only.
    altoviz_sandbox.configure(rate=100, burst=5)
    wire = CountingTransport()
    pacer = Pacer(initial_rate=150)
    async with AltovizClient(
        altoviz_sandbox.api_key, base_url=altoviz_sandbox.base_url, transport=wire, pacer=pacer, rng=random.Random(0)
    ) as client:
        report = await bounded(bulk_upsert(client, "customers", customers(200)))
    assert report.counts[Outcome.CREATED] == 200
    assert len(stored(altoviz_sandbox, "customers")) == 200
    assert 0 < wire.by_status[429] <= 0.1 * wire.total
    assert wire.by_method == {"POST": 200 + wire.by_status[429]}
