"""The ledger: one flushed line per result, resumed by the next run, robust to a torn last line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from altoviz import AltovizClient, Outcome, bulk_upsert
from altoviz._bulk import Ledger, LedgerError, RecordResult
from altoviz.sandbox import SandboxServer

from .conftest import CountingTransport, bounded, stored


def customers(start: int, stop: int) -> list[dict[str, object]]:
    return [{"internalId": f"C{i:04d}", "companyName": f"Company {i}"} for i in range(start, stop)]


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


async def test_a_rerun_skips_finished_records_and_retries_failed_ones(
    client: AltovizClient, altoviz_sandbox: SandboxServer, wire: CountingTransport, tmp_path: Path
) -> None:
    ledger = tmp_path / "ledger.jsonl"
    await bounded(bulk_upsert(client, "customers", customers(0, 30), ledger=ledger))
    # A failure recorded by an earlier run is tried again; a record finished then failed stays finished.
    with ledger.open("a") as f:
        f.write(json.dumps({"internalId": "C0050", "outcome": "failed", "reason": "503", "entity": "customers"}) + "\n")
    wire.by_method.clear()
    report = await bounded(bulk_upsert(client, "customers", customers(0, 60), ledger=ledger))
    assert report.counts[Outcome.SKIPPED] == 30
    assert report.counts[Outcome.CREATED] == 30
    assert wire.by_method == {"POST": 30}  # nothing sent for the finished ones
    written = lines(ledger)
    assert len(written) == 61  # skipped records write nothing: one finished line per record, plus the failure
    finished = [line["internalId"] for line in written if line["outcome"] != "failed"]
    assert sorted(finished) == [f"C{i:04d}" for i in range(60)]
    assert len(stored(altoviz_sandbox, "customers")) == 60


async def test_a_torn_last_line_is_cut_off_before_appending(
    client: AltovizClient, altoviz_sandbox: SandboxServer, tmp_path: Path
) -> None:
    ledger = tmp_path / "ledger.jsonl"
    await bounded(bulk_upsert(client, "customers", customers(0, 5), ledger=ledger))
    with ledger.open("a") as f:
        f.write('{"entity": "customers", "internalId": "C0005", "outco')  # killed mid-write
    report = await bounded(bulk_upsert(client, "customers", customers(0, 8), ledger=ledger))
    assert report.counts[Outcome.SKIPPED] == 5
    assert report.counts[Outcome.CREATED] == 3
    # Every line parses (the torn one is gone), one per record; results come in completion order.
    keys = [line["internalId"] for line in lines(ledger)]
    assert sorted(keys[:5]) == [f"C{i:04d}" for i in range(5)]
    assert sorted(keys[5:]) == ["C0005", "C0006", "C0007"]


async def test_records_already_on_the_server_but_not_in_the_ledger_are_not_duplicated(
    client: AltovizClient, altoviz_sandbox: SandboxServer, tmp_path: Path
) -> None:
    # What a Ctrl-C leaves: records created whose results were never written. The rerun finds them.
    await bounded(bulk_upsert(client, "customers", customers(0, 10)))
    report = await bounded(bulk_upsert(client, "customers", customers(0, 20), ledger=tmp_path / "l.jsonl"))
    assert report.counts[Outcome.UNCHANGED] == 10
    assert report.counts[Outcome.CREATED] == 10
    assert len(stored(altoviz_sandbox, "customers")) == 20


def test_a_ledger_of_another_entity_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "l.jsonl"
    with Ledger(path, "products") as book:
        book.write(RecordResult("p1", Outcome.CREATED, 1))
    with pytest.raises(LedgerError, match="products"):
        Ledger(path, "customers").open()


def test_each_result_is_on_disk_as_soon_as_it_is_written(tmp_path: Path) -> None:
    path = tmp_path / "l.jsonl"
    book = Ledger(path, "customers").open()
    try:
        book.write(RecordResult("a", Outcome.CREATED, 1, None, 2))
        # Read through another file object while the ledger is still open: the line is there, whole.
        assert lines(path) == [
            {"entity": "customers", "internalId": "a", "outcome": "created", "id": 1, "reason": None, "row": 2}
        ]
    finally:
        book.close()
    reopened = Ledger(path, "customers").open()
    reopened.close()
    assert reopened.done == {"a": RecordResult("a", Outcome.CREATED, 1, None, 2)}


def test_a_ledger_that_is_not_utf8_or_of_another_entity_is_a_typed_error(tmp_path: Path) -> None:
    from altoviz import AltovizError
    from altoviz._bulk import Ledger, LedgerError

    path = tmp_path / "l.jsonl"
    path.write_bytes(b'{"internalId": "a\xe9", "outcome": "created"}\n')
    with pytest.raises(LedgerError, match="byte 0xE9 at offset 17 is not UTF-8") as caught:
        Ledger(path, "customers").open()
    assert isinstance(caught.value, AltovizError)
    path.write_text('{"entity": "products", "internalId": "P", "outcome": "created"}\n', encoding="utf-8")
    with pytest.raises(LedgerError, match="ledger of a products import"):
        Ledger(path, "customers").open()
