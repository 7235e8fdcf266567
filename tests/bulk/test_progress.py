"""Progress reports: done and failed counts, rate, ETA when the total is known."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from altoviz import AltovizClient, BulkProgress, bulk_upsert
from altoviz._bulk.progress import ProgressTracker
from altoviz._bulk.results import Outcome
from altoviz.sandbox import SandboxServer

from .conftest import bounded


async def test_progress_after_every_record(client: AltovizClient, altoviz_sandbox: SandboxServer) -> None:
    seen: list[BulkProgress] = []
    records = [{"internalId": f"C{i}", "companyName": "C"} for i in range(20)] + [{"companyName": "no key"}]
    await bounded(bulk_upsert(client, "customers", records, on_progress=seen.append))
    assert [p.done for p in seen] == list(range(1, 22))
    assert all(p.total == 21 for p in seen)
    assert seen[-1].failed == 1
    assert seen[-1].eta == 0.0
    assert seen[-1].rate > 0


async def test_no_total_and_no_eta_for_an_input_without_length(
    client: AltovizClient, altoviz_sandbox: SandboxServer
) -> None:
    def source() -> Iterator[dict[str, str]]:
        for i in range(5):
            yield {"internalId": f"C{i}", "companyName": "C"}

    seen: list[BulkProgress] = []
    report = await bounded(bulk_upsert(client, "customers", source(), on_progress=seen.append))
    assert report.counts[Outcome.CREATED] == 5
    assert {(p.total, p.eta) for p in seen} == {(None, None)}


def test_rate_and_eta_follow_the_last_seconds() -> None:
    now = [0.0]
    tracker = ProgressTracker(100, None, clock=lambda: now[0])
    for _ in range(10):
        now[0] += 0.5
        tracker.add(Outcome.CREATED)  # 2 per second
    snapshot = tracker.snapshot()
    assert snapshot.rate == pytest.approx(2.0, rel=0.15)
    assert snapshot.eta == pytest.approx(45.0, rel=0.15)
    for _ in range(50):
        tracker.add(Outcome.SKIPPED)  # instant: no effect on the rate
    assert tracker.snapshot().rate == pytest.approx(2.0, rel=0.15)
    assert tracker.snapshot().done == 60
