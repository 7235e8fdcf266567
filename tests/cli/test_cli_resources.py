"""The resource commands generated from the registry, against the sandbox: what they send, print and exit with."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
from altoviz.sandbox import SandboxServer

from .support import RunCli, add_invoice, assert_one_line_error, stored


def test_not_found_exits_3_and_json_output_also_gets_the_error(run_cli: RunCli) -> None:
    table = run_cli("customer", "get", "404")
    as_json = run_cli("customer", "get", "404", "--output", "json")

    assert table.code == as_json.code == 3
    assert_one_line_error(table)
    assert table.out == ""
    error = json.loads(as_json.out)
    assert error["error"] is True
    assert error["statusCode"] == 404
    assert error["detail"]["status"] == 404


def test_a_wrong_key_exits_4_without_showing_it(run_cli: RunCli, sandbox_env: SandboxServer) -> None:
    wrong = "sk_wrong_" + sandbox_env.api_key[::-1]

    run = run_cli("customer", "list", f"--api-key={wrong}", "--json")

    assert run.code == 4
    assert json.loads(run.out)["statusCode"] == 401
    assert_one_line_error(run, wrong, sandbox_env.api_key)


def test_a_duplicate_internal_id_exits_5_and_creates_nothing(
    run_cli: RunCli, api: httpx.Client, sandbox_env: SandboxServer
) -> None:
    assert run_cli("customer", "create", "--company-name", "Acme", "--internal-id", "crm-1", "-q").code == 0

    again = run_cli("customer", "create", "--company-name", "Acme again", "--internal-id", "crm-1")

    assert again.code == 5
    assert "already exists (id 1)" in again.err
    assert stored(sandbox_env, "customers") == 1


def test_create_from_a_yaml_file_then_find_by_internal_id(run_cli: RunCli, tmp_path: Path) -> None:
    record = tmp_path / "customer.yaml"
    record.write_text("companyName: Acme\ninternalId: crm-7\nbillingAddress:\n  city: Nantes\n")

    created = run_cli("customer", "create", "--file", str(record), "--json")
    found = run_cli("customer", "find", "--internal-id", "crm-7", "--columns", "id|billingAddress.city", "--csv")

    assert created.code == 0, created.err
    assert json.loads(created.out)["billingAddress"]["city"] == "Nantes"
    assert found.out.splitlines() == ["id,billingAddress.city", "1,Nantes"]


def test_update_merges_the_flags_onto_the_stored_record(run_cli: RunCli, api: httpx.Client) -> None:
    api.post(
        "/v1/Customers", json={"internalId": "c1", "companyName": "Acme", "billingAddress": {"city": "Paris"}}
    ).raise_for_status()

    run = run_cli("customer", "update", "1", "--email", "billing@acme.example", "--json")

    assert run.code == 0, run.err
    after = api.get("/v1/Customers/1").json()
    assert after["email"] == "billing@acme.example"
    assert after["companyName"] == "Acme"
    assert after["billingAddress"]["city"] == "Paris"


def test_delete_asks_for_yes_when_not_at_a_terminal(
    run_cli: RunCli, api: httpx.Client, sandbox_env: SandboxServer
) -> None:
    api.post("/v1/Customers", json={"internalId": "c1", "companyName": "Acme"}).raise_for_status()

    refused = run_cli("customer", "delete", "1")
    assert refused.code == 2
    assert stored(sandbox_env, "customers") == 1

    assert run_cli("customer", "delete", "1", "--yes").code == 0
    assert stored(sandbox_env, "customers") == 0


def test_list_filters_from_the_spec_and_all_pages(run_cli: RunCli, api: httpx.Client, sent: list[str]) -> None:
    for n in range(5):
        add_invoice(api, f"inv-{n}", f"2026-0{n + 1}-15", final=n % 2 == 0)

    dated = run_cli("invoice", "list", "--from", "2026-02-01", "--to", "2026-04-30", "--columns", "internalId", "--csv")
    every = run_cli("invoice", "list", "--all-pages", "--page-size", "2", "--json")
    bad = run_cli("invoice", "list", "--status", "Lost")

    assert dated.out.splitlines() == ["internalId", "inv-1", "inv-2", "inv-3"]
    assert len(json.loads(every.out)) == 5
    assert sent.count("GET /v1/SaleInvoices") >= 3  # pages of 2, 2 and 1
    assert bad.code == 2
    assert "Draft" in bad.err or "draft" in bad.err


def test_document_verbs_finalize_mark_paid_and_download(run_cli: RunCli, api: httpx.Client, tmp_path: Path) -> None:
    ident = add_invoice(api, "inv-1", "2026-03-01", final=False)
    pdf = tmp_path / "out" / "invoice.pdf"
    pdf.parent.mkdir()

    assert run_cli("invoice", "finalize", str(ident), "-q").code == 0
    paid = run_cli("invoice", "mark-paid", str(ident), "--json")
    download = run_cli("invoice", "download", str(ident), "--file", str(pdf))

    assert paid.code == 0, paid.err
    assert json.loads(paid.out)["id"] == ident
    assert download.code == 0, download.err
    assert pdf.read_bytes().startswith(b"%PDF")


def test_reference_data_and_nested_product_family(run_cli: RunCli) -> None:
    vats = run_cli("vats", "--json")
    classifications = run_cli("classifications", "--type", "sale", "--json")
    families = run_cli("product", "family", "list", "--json")

    assert vats.code == classifications.code == families.code == 0
    assert json.loads(vats.out)
    assert isinstance(json.loads(classifications.out), list)
    assert json.loads(families.out) == []


def test_verbose_shows_the_exchange_with_the_key_masked(run_cli: RunCli, sandbox_env: SandboxServer) -> None:
    run = run_cli("vats", "--verbose", "-q")

    assert "> GET " in run.err
    assert "< 200" in run.err
    assert "x-api-key: ***" in run.err
    assert sandbox_env.api_key not in run.err + run.out


def test_an_unknown_command_is_a_usage_error(run_cli: RunCli) -> None:
    assert run_cli("spaceship", "list").code == 2
    assert run_cli("customer", "launch").code == 2
    assert run_cli("customer", "get").code == 2
