"""``altoviz export``: JSONL and CSV, filters checked against the list operation, output written atomically."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import httpx
import pytest
from altoviz.sandbox import SandboxServer

from .support import RunCli, add_invoice, assert_one_line_error


def add_customers(api: httpx.Client, count: int) -> None:
    for n in range(1, count + 1):
        body = {"internalId": f"C{n}", "companyName": f"Company {n}", "billingAddress": {"city": f"City {n}"}}
        api.post("/v1/Customers", json=body).raise_for_status()


def test_jsonl_to_stdout_walks_every_page(run_cli: RunCli, api: httpx.Client, sent: list[str]) -> None:
    add_customers(api, 7)

    run = run_cli("export", "customers", "--page-size", "3", "--prefetch", "0", "--quiet")

    assert run.code == 0, run.err
    records = [json.loads(line) for line in run.out.splitlines()]
    assert [r["internalId"] for r in records] == [f"C{n}" for n in range(1, 8)]
    assert records[0]["billingAddress"]["city"] == "City 1"
    # Pages of 3, 3 and 1, and index 0 first (the sandbox counts from 1 and clamps 0: one request more).
    assert sent.count("GET /v1/Customers") == 4
    assert "exported 7 customers" in run.err


def test_csv_to_a_file_has_dotted_columns(run_cli: RunCli, api: httpx.Client, tmp_path: Path) -> None:
    add_customers(api, 3)
    out = tmp_path / "customers.csv"

    run = run_cli("export", "customers", "--output", str(out), "--quiet")

    assert run.code == 0, run.err
    assert run.out == ""
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [row["internalId"] for row in rows] == ["C1", "C2", "C3"]
    assert rows[2]["billingAddress.city"] == "City 3"
    assert rows[0]["companyName"] == "Company 1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["customers.csv"]


def test_csv_header_covers_fields_that_only_later_records_have(run_cli: RunCli, api: httpx.Client) -> None:
    api.post("/v1/Customers", json={"internalId": "A", "companyName": "A"}).raise_for_status()
    api.post("/v1/Customers", json={"internalId": "B", "companyName": "B", "email": "b@b.fr"}).raise_for_status()

    run = run_cli("export", "customers", "--format", "csv", "--quiet")

    rows = list(csv.DictReader(io.StringIO(run.out)))
    assert [row["email"] for row in rows] == ["", "b@b.fr"]


def test_an_exported_csv_imports_back(
    run_cli: RunCli, api: httpx.Client, sandbox_env: SandboxServer, tmp_path: Path
) -> None:
    add_customers(api, 3)
    out = tmp_path / "customers.csv"
    assert run_cli("export", "customers", "-o", str(out), "--quiet").code == 0

    again = run_cli("import", "customers", str(out), "--quiet", "--no-ledger")

    assert again.code == 0, again.err
    assert "0 created" in again.out


def test_invoice_filters_reach_the_server(run_cli: RunCli, api: httpx.Client) -> None:
    add_invoice(api, "old", "2025-01-10", final=True)
    add_invoice(api, "draft", "2025-03-10", final=False)
    add_invoice(api, "final", "2025-03-11", final=True)

    run = run_cli("export", "invoices", "--from", "2025-03-01", "--to", "2025-03-31", "--status", "draft", "--quiet")

    assert run.code == 0, run.err
    assert [json.loads(line)["internalId"] for line in run.out.splitlines()] == ["draft"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["customers", "--from", "2025-01-01"], "export customers does not take --from (it takes: --query)"),
        (["invoices", "--status", "Lost"], "--status 'Lost': expected one of"),
        (["invoices", "--from", "01/03/2025"], "--from '01/03/2025': expected a date as YYYY-MM-DD"),
        (["invoices", "--customer-id", "abc"], "--customer-id 'abc': expected a whole number"),
    ],
)
def test_a_bad_filter_is_a_usage_error_before_any_request(
    run_cli: RunCli, sent: list[str], argv: list[str], message: str
) -> None:
    run = run_cli("export", *argv)

    assert run.code == 2
    assert_one_line_error(run)
    assert message in run.err
    assert sent == []


def test_a_failed_export_leaves_no_file(
    run_cli: RunCli, api: httpx.Client, sandbox_env: SandboxServer, tmp_path: Path
) -> None:
    add_customers(api, 5)
    out = tmp_path / "customers.jsonl"
    out.write_text("the previous export\n")
    sandbox_env.configure(error_rate=1.0, error_codes=[503])

    run = run_cli("export", "customers", "-o", str(out), "--page-size", "2", "--max-retries", "0", "--quiet")

    assert run.code == 1
    assert_one_line_error(run, sandbox_env.api_key)
    assert "503" in run.err
    assert out.read_text() == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["customers.jsonl"]


@pytest.mark.parametrize("name", ["sale-invoices", "invoices", "invoice", "Sale_Invoices"])
def test_export_takes_every_name_of_an_entity(run_cli: RunCli, api: httpx.Client, name: str) -> None:
    add_invoice(api, "one", "2025-03-11", final=True)

    run = run_cli("export", name.lower().replace("_", "-"), "--quiet")

    assert run.code == 0, run.err
    assert [json.loads(line)["internalId"] for line in run.out.splitlines()] == ["one"]


@pytest.mark.parametrize("name", ["customers", "customer", "sale-invoices", "invoice", "invoices", "customer-family"])
def test_export_and_import_accept_the_same_names(name: str) -> None:
    from altoviz.cli import build_parser

    parser = build_parser()
    assert parser.parse_args(["export", name]).entity == name
    assert parser.parse_args(["import", name, "records.csv"]).entity == name


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(
    run_cli: RunCli, api: httpx.Client, tmp_path: Path
) -> None:
    hostile = ['=HYPERLINK("http://evil","x")', "=1+2", "@SUM(A1:A2)", "+33 1 23", "-2+3", "\tTAB", "\rCR"]
    for n, name in enumerate(hostile):
        api.post("/v1/Customers", json={"internalId": f"H{n}", "companyName": name}).raise_for_status()
    out = tmp_path / "customers.csv"

    run = run_cli("export", "customers", "--output", str(out), "--quiet")

    assert run.code == 0, run.err
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [row["companyName"] for row in rows] == ["'" + name for name in hostile]
    assert all(row["companyName"][0] not in "=+-@\t\r" for row in rows)


def test_a_neutralised_export_imports_back_to_the_same_text(
    run_cli: RunCli, api: httpx.Client, altoviz_sandbox: SandboxServer, tmp_path: Path
) -> None:
    names = ["=1+2", "@SUM(A1)", "'quoted", "plain"]
    for n, name in enumerate(names):
        api.post("/v1/Customers", json={"internalId": f"R{n}", "companyName": name}).raise_for_status()
    out = tmp_path / "customers.csv"
    assert run_cli("export", "customers", "--output", str(out), "--quiet").code == 0
    api.post("/_sandbox/reset").raise_for_status()

    run = run_cli("import", "customers", str(out), "--no-ledger", "--quiet")

    assert run.code == 0, run.err
    stored = api.get("/v1/Customers").json()
    assert sorted(c["companyName"] for c in stored) == sorted(names)
