"""examples/demo.py (``make demo``): the whole run against the sandbox, with faults; and its checks."""

from __future__ import annotations

from pathlib import Path

import crm_sync
import demo
import pytest
from altoviz.sandbox import SandboxServer


async def test_the_demo_passes_every_check_despite_faults(altoviz_sandbox: SandboxServer, tmp_path: Path) -> None:
    # No rate limit here, to stay fast; the faults are the demo's own, seeded.
    altoviz_sandbox.configure(seed=2026, **demo.SANDBOX_SETTINGS["faults"])

    result = await demo.run_demo(altoviz_sandbox.base_url, altoviz_sandbox.api_key, tmp_path)

    assert [c.name for c in result.checks if not c.ok] == []
    assert result.ok
    # A create whose answer a fault lost is settled by lookup and counted unchanged (not provably ours).
    assert sum(result.imported.get(name, 0) for name in ("created", "unchanged")) == 1000
    assert result.customers == 1005
    assert result.duplicates == 0
    assert len(result.pdfs) == 20
    assert all(path.parent == tmp_path / "pdfs" for path in result.pdfs)
    assert result.stats is not None
    assert result.stats.requests > 1000
    text = demo.render(result)
    for label in (
        "records imported",
        "requests",
        "429s",
        "retries",
        "faults met",
        "wall time",
        "duplicates",
        "PDFs in",
    ):
        assert label in text
    assert "all checks passed" in text


@pytest.mark.parametrize(("duplicates", "code"), [(0, 0), (1, 1)])
async def test_main_prints_the_summary_and_exits_non_zero_on_a_failed_check(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, duplicates: int, code: int
) -> None:
    deals = demo.sample_deals()
    result = demo.DemoResult(imported={"created": 1000}, customers=1005, duplicates=duplicates, invoices=20, paid=20)
    result.pdfs = [tmp_path / f"{n}.pdf" for n in range(20)]
    for path in result.pdfs:
        path.write_bytes(b"%PDF-1.4")
    result.synced = [
        crm_sync.SyncResult(d.deal_id, 1, d.customer_id.startswith("CRM-NEW"), 1, "N", True) for d in deals
    ]
    result.checks = demo.check(result, deals)

    async def fake_run_demo(base_url: str, api_key: str, out_dir: Path) -> demo.DemoResult:
        return result

    monkeypatch.setattr(demo, "run_demo", fake_run_demo)

    assert await demo.main("http://127.0.0.1:1", "key", tmp_path) == code
    out = capsys.readouterr().out
    for label in ("records imported", "wall time", "duplicates", "PDFs in"):
        assert label in out
    assert ("all checks passed" in out) is (code == 0)
