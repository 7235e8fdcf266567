"""``altoviz download``: the PDFs of a date range, named by number, never partial."""

from __future__ import annotations

from pathlib import Path

import httpx
from altoviz.sandbox import SandboxServer

from .support import RunCli, add_invoice, assert_one_line_error


def test_downloads_the_range_into_the_directory(run_cli: RunCli, api: httpx.Client, tmp_path: Path) -> None:
    add_invoice(api, "before", "2025-01-31", final=True)  # INV-000001, out of range
    add_invoice(api, "in-1", "2025-02-01", final=True)  # INV-000002
    draft = add_invoice(api, "in-2", "2025-02-15", final=False)
    add_invoice(api, "in-3", "2025-02-28", final=True)  # INV-000003
    target = tmp_path / "pdfs" / "february"

    run = run_cli("download", "invoices", "--from", "2025-02-01", "--to", "2025-02-28", "--dir", str(target), "-q")

    assert run.code == 0, run.err
    names = sorted(p.name for p in target.iterdir())
    assert names == ["INV-000002.pdf", "INV-000003.pdf", f"draft-{draft}.pdf"]
    assert all((target / name).read_bytes().startswith(b"%PDF-") for name in names)
    assert "downloaded 3 of 3 invoices" in run.err


def test_credits_and_quotes_are_downloadable(run_cli: RunCli, api: httpx.Client, tmp_path: Path) -> None:
    api.post("/v1/SaleQuotes", json={"internalId": "q1", "date": "2025-05-05"}).raise_for_status()

    run = run_cli("download", "quotes", "--dir", str(tmp_path), "-q")

    assert run.code == 0, run.err
    assert [p.suffix for p in tmp_path.iterdir()] == [".pdf"]


def test_broken_downloads_leave_no_partial_file_and_exit_1(
    run_cli: RunCli, api: httpx.Client, sandbox_env: SandboxServer, tmp_path: Path
) -> None:
    for n in range(3):
        add_invoice(api, f"i{n}", "2025-02-01", final=True)
    sandbox_env.configure(break_download_rate=1.0, pdf_size=256 * 1024)

    run = run_cli("download", "invoices", "--dir", str(tmp_path), "--max-retries", "0", "-q")

    assert run.code == 1
    assert list(tmp_path.iterdir()) == []  # no PDF, no .part file
    assert run.err.count("altoviz: warning: invoice ") == 3
    assert "downloaded 0 of 3 invoices" in run.err


def test_a_bad_date_is_a_usage_error(run_cli: RunCli, sent: list[str], tmp_path: Path) -> None:
    run = run_cli("download", "invoices", "--from", "yesterday", "--dir", str(tmp_path))

    assert run.code == 2
    assert_one_line_error(run)
    assert "--from 'yesterday': expected a date as YYYY-MM-DD" in run.err
    assert sent == []


def test_numbers_that_sanitise_alike_get_distinct_files(
    run_cli: RunCli, api: httpx.Client, sandbox_env: SandboxServer, tmp_path: Path
) -> None:
    numbers = ["INV/1", "INV_1", "INV 1", "INV:1", "inv_1", "x" * 300, "x" * 300 + "y"]
    for n, number in enumerate(numbers):
        ident = add_invoice(api, f"n{n}", "2025-02-01", final=True)
        sandbox_env.state.store.collection("sale_invoices").get(ident)["number"] = number  # type: ignore[index]

    run = run_cli("download", "invoices", "--dir", str(tmp_path), "-q")

    assert run.code == 0, run.err
    files = list(tmp_path.iterdir())
    assert len({p.name.casefold() for p in files}) == len(numbers)
    assert all(len(p.name.encode()) <= 255 for p in files)
    assert f"downloaded {len(numbers)} of {len(numbers)} invoices" in run.err


def test_the_summary_counts_files_written(
    run_cli: RunCli, api: httpx.Client, sandbox_env: SandboxServer, tmp_path: Path
) -> None:
    for n in range(3):
        ident = add_invoice(api, f"d{n}", "2025-02-01", final=True)
        sandbox_env.state.store.collection("sale_invoices").get(ident)["number"] = "SAME"  # type: ignore[index]

    run = run_cli("download", "invoices", "--dir", str(tmp_path), "-q")

    assert len(list(tmp_path.iterdir())) == 3
    assert "downloaded 3 of 3 invoices" in run.err
