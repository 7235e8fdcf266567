"""Bulk import of new customers against the sandbox: wall time against the bound, requests, 429s, duplicates.

Two scenarios, each run several times, medians reported:

* ``clean``: 2,000 new customers, sandbox at 100 requests/s with a burst of 20, ``Retry-After`` in whole
  seconds. The bound is 1.15 x the time the server's rate alone needs (2,000 / 100 = 20 s, so 23 s): about one
  request per new record, and few 429s (at most 5% of requests).
* ``drops``: the same with 5% of creates committed and then their connection dropped, and 5% of requests
  answered 503. Exactly 2,000 customers must exist afterwards, no internalId twice.

The sandbox runs in this process (a thread), so its store can be counted directly; at 100 requests/s it costs
little CPU. Requests are counted on the wire, below the client's retries, by a counting transport.

    .venv/bin/python bench/bulk_import.py [--runs 3] [--records 2000] [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from altoviz import AltovizClient, Outcome, bulk_upsert
from altoviz.sandbox import serve

RATE = 100.0
BURST = 20
SLACK = 1.15
SCENARIOS: dict[str, dict[str, Any]] = {
    "clean": {},
    "drops": {"drop_create_rate": 0.05, "error_rate": 0.05, "error_codes": [503]},
}


class CountingTransport(httpx.AsyncBaseTransport):
    """httpx's transport, counting every attempt that goes on the wire and every status that comes back."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.requests = 0
        self.statuses: collections.Counter[int] = collections.Counter()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send through httpx, counting."""
        self.requests += 1
        response = await self.inner.handle_async_request(request)
        self.statuses[response.status_code] += 1
        return response

    async def aclose(self) -> None:
        """Close httpx's transport."""
        await self.inner.aclose()


def customers(n: int) -> list[dict[str, Any]]:
    """N new customers, as a CRM export would give them."""
    return [
        {"internalId": f"CRM-{i:06d}", "companyName": f"Company {i}", "email": f"billing{i}@example.com"}
        for i in range(n)
    ]


def run(scenario: str = "clean", records: int = 2000, seed: int = 1) -> dict[str, Any]:
    """Import ``records`` new customers into a fresh sandbox under ``scenario``; return the figures."""
    return asyncio.run(_run(scenario, records, seed))


async def _run(scenario: str, records: int, seed: int) -> dict[str, Any]:
    bound = SLACK * records / RATE
    async with serve(rate=RATE, burst=BURST, retry_after="seconds", seed=seed, faults=SCENARIOS[scenario]) as sb:
        wire = CountingTransport()
        with tempfile.TemporaryDirectory() as tmp:
            ledger = Path(tmp) / "ledger.jsonl"
            async with AltovizClient(sb.api_key, base_url=sb.base_url, transport=wire) as client:
                started = time.perf_counter()
                report = await bulk_upsert(client, "customers", customers(records), ledger=ledger)
                wall = time.perf_counter() - started
            lines = [json.loads(line) for line in ledger.read_text().splitlines()]
        keys = collections.Counter(str(r.get("internalId")) for r in sb.state.store.collection("customers"))
    return {
        "scenario": scenario,
        "records": records,
        "wall_s": round(wall, 2),
        "bound_s": round(bound, 2),
        "within_bound": wall <= bound,
        "requests": wire.requests,
        "requests_per_record": round(wire.requests / records, 3),
        "429s": wire.statuses[429],
        "429_share": round(wire.statuses[429] / max(1, wire.requests), 4),
        "503s": wire.statuses[503],
        "customers_on_server": sum(keys.values()),
        "duplicates": sum(n - 1 for n in keys.values() if n > 1),
        "ledger_lines": len(lines),
        "created": report.counts[Outcome.CREATED],
        "failed": report.counts[Outcome.FAILED],
        "final_rate": round(client.retry.pacer.rate or 0.0, 1),
    }


def check(result: dict[str, Any], *, timed: bool = True) -> list[str]:
    """Return the acceptance criteria this run misses (empty: all met); ``timed=False`` leaves out the time bound."""
    n = result["records"]
    missed = []
    if result["customers_on_server"] != n or result["duplicates"]:
        missed.append(f"{result['customers_on_server']} customers, {result['duplicates']} duplicates (want {n}, 0)")
    if result["ledger_lines"] != n:
        missed.append(f"{result['ledger_lines']} ledger lines (want {n})")
    if result["scenario"] == "clean":
        if timed and not result["within_bound"]:
            missed.append(f"wall {result['wall_s']} s > bound {result['bound_s']} s")
        if result["429_share"] > 0.05:
            missed.append(f"429 share {result['429_share']:.1%} > 5%")
    return missed


def main() -> None:
    """Run each scenario ``--runs`` times; print every run and the medians; exit 1 when a criterion is missed."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--scenario", choices=[*SCENARIOS, "all"], default="all")
    parser.add_argument(
        "--quick", action="store_true", help="one run of 300 records per scenario: a smoke test, no time bound"
    )
    parser.add_argument("--verbose", action="store_true", help="show the client's retry warnings")
    args = parser.parse_args()
    # Each 429 and lost create logs a warning: useful in an application, noise in a benchmark's output.
    logging.getLogger("altoviz").setLevel(logging.INFO if args.verbose else logging.ERROR)
    runs, records = (1, 300) if args.quick else (args.runs, args.records)
    names = list(SCENARIOS) if args.scenario == "all" else [args.scenario]
    failures = 0
    for name in names:
        results = []
        for index in range(runs):
            result = run(name, records, seed=index + 1)
            missed = check(result, timed=not args.quick)
            failures += bool(missed)
            results.append(result)
            print(json.dumps(result), "OK" if not missed else "MISSED: " + "; ".join(missed), flush=True)
        wall = statistics.median(r["wall_s"] for r in results)
        requests = statistics.median(r["requests"] for r in results)
        print(
            f"{name}: {records} records, {runs} run(s): median wall {wall:.2f} s"
            f" (bound {results[0]['bound_s']:.2f} s), median requests {requests:.0f},"
            f" median 429s {statistics.median(r['429s'] for r in results):.0f},"
            f" duplicates {sum(r['duplicates'] for r in results)}",
            flush=True,
        )
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
