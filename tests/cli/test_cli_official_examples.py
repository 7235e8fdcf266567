"""Every command line of the official CLI's README that our spec serves (official_examples.txt), run in order
against one sandbox: each parses, does what it says, and exits with the official code."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest
from altoviz.sandbox import SandboxServer

from .support import RunCli, stored

EXAMPLES = Path(__file__).parent / "official_examples.txt"

INVOICE = {
    "internalId": "inv-1",
    "date": "2026-03-01",
    "customerId": 1,
    "lines": [{"description": "Audit", "quantity": 2, "taxExcludedPrice": 450}],
}
RECORD_FILES = {
    "customer.yaml": (
        "companyName: Acme\nemail: billing@acme.example\ninternalId: crm-1\nbillingAddress:\n  city: Paris\n"
    ),
    "invoice.json": json.dumps(INVOICE),
    "invoice-draft.json": json.dumps({**INVOICE, "internalId": "inv-2"}),
    "quote.json": json.dumps({**INVOICE, "internalId": "quote-1"}),
    "credit.json": json.dumps({**INVOICE, "internalId": "credit-1"}),
    "credit-draft.json": json.dumps({**INVOICE, "internalId": "credit-2"}),
    "family.json": json.dumps({"name": "Hardware", "internalId": "fam-1"}),
    "receipt.json": json.dumps({"internalId": "receipt-1", "amount": 900, "date": "2026-03-05", "customerId": 1}),
    "webhook.json": json.dumps(
        {"name": "second", "url": "https://hooks.example.com/second", "types": ["CustomerCreated"]}
    ),
}


def examples() -> list[tuple[int, str]]:
    """(expected exit code, command line) of each example, in file order."""
    rows = []
    for line in EXAMPLES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, _, command = line.partition(" | ")
            rows.append((int(code), command.strip()))
    return rows


def test_the_file_covers_the_official_readme() -> None:
    commands = {command.split(" --")[0] for _, command in examples()}
    for resource in (
        "customer",
        "supplier",
        "contact",
        "colleague",
        "product",
        "invoice",
        "quote",
        "credit",
        "receipt",
        "webhook",
    ):
        for verb in ("list", "get", "create", "delete"):
            if (resource, verb) != ("webhook", "get"):
                assert any(c.startswith(f"altoviz {resource} {verb}") for c in commands), (resource, verb)
    assert len(examples()) > 100


def test_every_official_example_runs_with_the_official_exit_code(
    run_cli: RunCli, sandbox_env: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The README's quick start: the key in ALTOVIZ_CLI_API_KEY (ours, ALTOVIZ_API_KEY, is set by the fixture too).
    monkeypatch.setenv("ALTOVIZ_CLI_API_KEY", sandbox_env.api_key)
    for name, text in RECORD_FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    values = {"API_KEY": sandbox_env.api_key, "ENDPOINT": sandbox_env.base_url, "TMP": str(tmp_path)}
    failures = []
    for expected, command in examples():
        argv = [arg.format(**values) for arg in shlex.split(command)][1:]
        run = run_cli(*argv)
        if run.code != expected:
            failures.append(f"{command}: exit {run.code}, expected {expected}: {run.err.strip()[-300:]}")
        elif expected == 0 and argv[-1] in ("list", "get") and "-q" not in argv and not run.out:
            failures.append(f"{command}: printed nothing")
        assert sandbox_env.api_key not in run.err
    assert failures == []

    # What the lines said to do was done.
    assert stored(sandbox_env, "customers") == 1  # crm-1 stays, crm-2 was created then deleted
    for kind in ("suppliers", "contacts", "colleagues", "products", "product_families", "receipts", "webhooks"):
        assert stored(sandbox_env, kind) == 0, kind
    assert stored(sandbox_env, "sale_invoices") == 1
    assert stored(sandbox_env, "sale_credits") == 1
    assert stored(sandbox_env, "sale_quotes") == 0
    for pdf in ("invoice-1.pdf", "quote-1.pdf", "credit-1.pdf"):
        assert (tmp_path / pdf).read_bytes().startswith(b"%PDF")
