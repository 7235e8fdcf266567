"""Helpers shared by the command's tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import httpx
from altoviz.sandbox import SandboxServer


@dataclass(frozen=True)
class CliRun:
    """One run of the command: exit code, standard output, standard error."""

    code: int
    out: str
    err: str


RunCli = Callable[..., CliRun]


def stored(sandbox: SandboxServer, kind: str) -> int:
    """How many records of ``kind`` (``customers``, ``sale_invoices``...) the sandbox holds."""
    return len(sandbox.state.store.collection(kind))


def assert_one_line_error(run: CliRun, *secrets: str) -> None:
    """The command failed with ``altoviz: error: ...`` on stderr: no traceback, no secret."""
    assert run.err.startswith("altoviz: error: "), run.err
    assert "Traceback" not in run.err + run.out
    for secret in secrets:
        assert secret not in run.err + run.out


def add_invoice(api: httpx.Client, internal_id: str, day: str, *, final: bool) -> int:
    """Create an invoice of one line dated ``day``; finalize it when ``final``; return its id."""
    body = {
        "internalId": internal_id,
        "date": day,
        "lines": [{"description": "x", "quantity": 1, "taxExcludedPrice": 5}],
    }
    invoice = api.post("/v1/SaleInvoices", json=body).json()
    if final:
        api.post(f"/v1/SaleInvoices/Finalize/{invoice['id']}").raise_for_status()
    return int(invoice["id"])
