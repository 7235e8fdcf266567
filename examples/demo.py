"""The end-to-end demo behind ``make demo``: a bulk import, a CRM sync, a read-back and the PDFs, with checks.

Against a local sandbox that behaves like a busy API (100 requests/s with bursts of 20, 2% of requests
answered 503, 2% of creates committed and then cut off, all seeded so every run meets the same faults):

1. import the 1,000 customers of ``examples/data/customers-1000.csv`` (validated first, then upserted
   by ``internalId``, up to 64 in flight);
2. sync 20 closed deals from a CRM: 15 for imported customers, 5 for customers the CRM has and Altoviz
   does not yet; each deal is invoiced, the invoice finalized and marked paid;
3. list everything back and check the counts, and that no ``internalId`` exists twice;
4. download the invoices' PDFs into ``.demo/pdfs`` (streamed, atomic, four at a time).

It ends with a summary table and exits 1 when a check fails. It always starts its own sandbox: it writes a
thousand customers, which is not something to do to a real account by accident.

    python examples/demo.py
"""

from __future__ import annotations

import asyncio
import collections
import datetime
import logging
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from altoviz import AltovizClient, bulk_upsert, load_records
from altoviz.cli.progress import progress
from crm_sync import Deal, SyncResult, sync_deal

from altoviz_client.api.customers import list_customers
from altoviz_client.api.sale_invoices import download_sale_invoice, list_sale_invoices

log = logging.getLogger("examples.demo")

EXAMPLES = Path(__file__).resolve().parent
CUSTOMERS_CSV = EXAMPLES / "data" / "customers-1000.csv"
OUTPUT = EXAMPLES.parent / ".demo"
SANDBOX_SETTINGS: dict[str, Any] = {
    "rate": 100,
    "burst": 20,
    "seed": 2026,
    "faults": {"error_rate": 0.02, "error_codes": (503,), "drop_create_rate": 0.02},
}
NEW_CUSTOMERS = 5
EXISTING_CUSTOMERS = 15
SYNC_CONCURRENCY = 5


@dataclass
class Check:
    """One thing the demo verifies."""

    name: str
    ok: bool
    detail: str


@dataclass
class DemoResult:
    """What the demo did and found."""

    imported: dict[str, int] = field(default_factory=dict)
    synced: list[SyncResult] = field(default_factory=list)
    customers: int = 0
    duplicates: int = 0
    invoices: int = 0
    paid: int = 0
    pdfs: list[Path] = field(default_factory=list)
    pdf_dir: Path = OUTPUT
    ledger: Path | None = None
    stats: Any = None
    seconds: float = 0.0
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether every check passed."""
        return bool(self.checks) and all(check.ok for check in self.checks)


def sample_deals() -> list[Deal]:
    """Deals for customers already imported, then for customers the CRM has that Altoviz lacks."""
    deals = [
        Deal(f"DEAL-{n:04d}", f"CRM-{n:06d}", f"Customer {n}", None, [("Services", 1 + n % 3, 250.0 + 10 * n)])
        for n in range(1, EXISTING_CUSTOMERS + 1)
    ]
    deals += [
        Deal(
            f"DEAL-N{n:03d}", f"CRM-NEW-{n:03d}", f"New Customer {n}", f"billing{n}@example.com", [("Setup", 1, 900.0)]
        )
        for n in range(1, NEW_CUSTOMERS + 1)
    ]
    return deals


async def import_customers(client: AltovizClient, result: DemoResult, out_dir: Path) -> None:
    """Step 1: validate the file, then upsert every customer."""
    loaded = load_records("customers", CUSTOMERS_CSV)
    result.ledger = out_dir / "customers.ledger.jsonl"
    # The sandbox starts empty on every run: a ledger from the last run would skip everything.
    result.ledger.unlink(missing_ok=True)
    with progress("import customers") as bar:
        report = await bulk_upsert(
            client,
            "customers",
            loaded.records,
            ledger=result.ledger,
            on_progress=lambda p: bar.update(p.done, p.total, failed=p.failed, rate=p.rate, eta=p.eta),
        )
    result.imported = {str(getattr(outcome, "value", outcome)): count for outcome, count in report.counts.items()}


async def sync_crm(client: AltovizClient, result: DemoResult, deals: Sequence[Deal]) -> None:
    """Step 2: find or create each deal's customer, invoice it, finalize, mark paid."""
    gate = asyncio.Semaphore(SYNC_CONCURRENCY)
    day = datetime.date.today()

    async def one(deal: Deal) -> SyncResult:
        async with gate:
            return await sync_deal(client, deal, day=day)

    result.synced = list(await asyncio.gather(*(one(deal) for deal in deals)))


async def read_back(client: AltovizClient, result: DemoResult) -> list[tuple[int, str]]:
    """Step 3: list customers and invoices; count them and the duplicated internalIds."""
    internal_ids: collections.Counter[str] = collections.Counter()
    async for customer in client.paginate(list_customers).prefetch(2):
        internal_ids[str(customer.internal_id)] += 1
    result.customers = sum(internal_ids.values())
    result.duplicates = sum(count - 1 for count in internal_ids.values())
    invoices: list[tuple[int, str]] = []
    async for invoice in client.paginate(list_sale_invoices).prefetch(2):
        result.invoices += 1
        result.paid += invoice.is_paid is True
        invoices.append((int(invoice.id), str(invoice.number)))
    return invoices


async def download_pdfs(client: AltovizClient, result: DemoResult, invoices: list[tuple[int, str]]) -> None:
    """Step 4: stream every invoice's PDF into the output directory."""
    await asyncio.to_thread(result.pdf_dir.mkdir, parents=True, exist_ok=True)
    names = dict(invoices)
    outcomes = await client.download_many(
        download_sale_invoice, list(names), result.pdf_dir, filename=lambda ident: f"{names[ident]}.pdf"
    )
    result.pdfs = sorted(path for path in outcomes.values() if isinstance(path, Path))
    for ident, outcome in outcomes.items():
        if not isinstance(outcome, Path):
            log.warning("invoice %s: download failed: %s", ident, outcome)


def check(result: DemoResult, deals: Sequence[Deal]) -> list[Check]:
    """Compare what the demo found with what it expected."""
    records = sum(1 for _ in CUSTOMERS_CSV.open(encoding="utf-8")) - 1
    taken = sum(result.imported.get(name, 0) for name in ("created", "updated", "unchanged"))
    expected_customers = records + NEW_CUSTOMERS
    created = sum(r.customer_created for r in result.synced)
    pdf_ok = [path for path in result.pdfs if path.read_bytes()[:5] == b"%PDF-"]
    return [
        Check("every record imported", taken == records, f"{taken} of {records}"),
        Check("no record failed", result.imported.get("failed", 0) == 0, f"{result.imported.get('failed', 0)}"),
        Check("CRM customers created only when missing", created == NEW_CUSTOMERS, f"{created} created"),
        Check("customers listed", result.customers == expected_customers, f"{result.customers}/{expected_customers}"),
        Check("no duplicate internalId", result.duplicates == 0, f"{result.duplicates} duplicates"),
        Check("one invoice per deal", result.invoices == len(deals), f"{result.invoices}/{len(deals)}"),
        Check("every invoice paid", result.paid == len(deals), f"{result.paid}/{len(deals)}"),
        Check("every PDF downloaded", len(pdf_ok) == len(deals), f"{len(pdf_ok)}/{len(deals)}"),
    ]


async def run_demo(base_url: str, api_key: str, out_dir: Path = OUTPUT) -> DemoResult:
    """Run the four steps against a server; return what happened, checks included."""
    started = time.monotonic()
    await asyncio.to_thread(out_dir.mkdir, parents=True, exist_ok=True)
    result = DemoResult(pdf_dir=out_dir / "pdfs")
    deals = sample_deals()
    async with AltovizClient(api_key=api_key, base_url=base_url) as client:
        await import_customers(client, result, out_dir)
        await sync_crm(client, result, deals)
        invoices = await read_back(client, result)
        await download_pdfs(client, result, invoices)
        result.stats = getattr(client, "stats", None)  # the client's counters, where this version has them
    result.seconds = time.monotonic() - started
    result.checks = check(result, deals)
    return result


def summary_rows(result: DemoResult) -> list[tuple[str, str]]:
    """Return the summary table's rows."""
    stats = result.stats
    imported = ", ".join(f"{count} {name}" for name, count in result.imported.items() if count) or "none"
    rows = [
        ("records imported", imported),
        ("CRM deals synced", f"{len(result.synced)} (invoiced, finalized, paid)"),
        ("customers listed", str(result.customers)),
        ("duplicates", str(result.duplicates)),
        ("invoices listed", f"{result.invoices} ({result.paid} paid)"),
        ("PDFs downloaded", str(len(result.pdfs))),
    ]
    if stats is not None:
        rows += [
            ("requests", str(getattr(stats, "requests", "?"))),
            ("429s", str(getattr(stats, "rate_limited", "?"))),
            ("retries", str(getattr(stats, "retries", "?"))),
            ("faults met", _faults_met(stats)),
        ]
    rows += [("wall time", f"{result.seconds:.1f} s"), ("PDFs in", str(result.pdf_dir)), ("ledger", str(result.ledger))]
    return rows


def _faults_met(stats: Any) -> str:
    statuses = getattr(stats, "responses_by_status", {}) or {}
    server_errors = sum(count for status, count in statuses.items() if status >= 500)
    lost = getattr(stats, "connection_errors", 0)
    return f"{server_errors} 5xx answers, {lost} lost connections"


def render(result: DemoResult) -> str:
    """Return the summary table and the checks, as plain text."""
    rows = summary_rows(result)
    width = max(len(label) for label, _ in rows)
    lines = ["", "Altoviz demo summary", "-" * (width + 40)]
    lines += [f"{label:<{width}}  {value}" for label, value in rows]
    lines += ["", "checks:"]
    lines += [f"  {'ok  ' if c.ok else 'FAIL'}  {c.name}: {c.detail}" for c in result.checks]
    lines.append("all checks passed" if result.ok else "SOME CHECKS FAILED")
    return "\n".join(lines)


async def main(base_url: str, api_key: str, out_dir: Path = OUTPUT) -> int:
    """Run the demo, print the summary; 0 when every check passed."""
    result = await run_demo(base_url, api_key, out_dir)
    print(render(result))
    return 0 if result.ok else 1


async def _run() -> int:
    from altoviz.sandbox import serve

    settings = SANDBOX_SETTINGS
    faults = settings["faults"]
    log.info(
        "starting a local sandbox: %s requests/s, bursts of %s, %.0f%% 503s, %.0f%% creates dropped after commit",
        settings["rate"],
        settings["burst"],
        100 * faults["error_rate"],
        100 * faults["drop_create_rate"],
    )
    async with serve(**settings) as sandbox:
        return await main(sandbox.base_url, sandbox.api_key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    # Retries and reconciliations are the point of the demo but one line each would bury the summary.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("altoviz").setLevel(logging.ERROR)
    logging.getLogger("examples.crm_sync").setLevel(logging.WARNING)
    sys.exit(asyncio.run(_run()))
