"""Bulk import, ours against what a user would write instead, in the same run.

The naive approach: ``asyncio.gather`` over every record under a semaphore of 32, each create retried by
tenacity (a well-kept retry library) on 429 and 5xx, honouring ``Retry-After`` when the server sends it and
backing off exponentially otherwise, and on connection errors: what a user who has met dropped connections
adds. It has no shared cooldown, no pacing and no reconciliation by ``internalId``.

Both import 2,000 new customers into a fresh sandbox at 100 requests/s with a burst of 20 (``Retry-After``
in whole seconds). Scenario ``drops`` adds 5% post-commit connection drops (and 5% 503s). A blind retry of a
create whose answer was lost would create the customer twice on an API without a unique key; Altoviz (and the
sandbox) refuse a second ``internalId`` with a 400, so the naive import instead reports records as failed that
were in fact created (``false_failures``), and its user re-imports them by hand.

    .venv/bin/python bench/bulk_compare.py [--runs 3] [--records 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt, wait_exponential_jitter
from tenacity.wait import wait_base

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bulk_import
from _common import median
from altoviz.sandbox import serve
from bulk_import import BURST, RATE, SCENARIOS, CountingTransport, customers

SEMAPHORE = 32
ATTEMPTS = 10


class Retryable(Exception):
    """A 429 or 5xx answer, carrying its ``Retry-After``."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response.status_code)
        header = response.headers.get("Retry-After")
        self.retry_after = float(header) if header and header.isdigit() else None


class WaitRetryAfter(wait_base):
    """Wait what ``Retry-After`` says, else exponential backoff with jitter."""

    def __init__(self) -> None:
        self.fallback = wait_exponential_jitter(initial=0.2, max=10)

    def __call__(self, retry_state: Any) -> float:
        """Return the seconds before the next attempt."""
        exc = retry_state.outcome.exception() if retry_state.outcome else None
        if isinstance(exc, Retryable) and exc.retry_after is not None:
            return exc.retry_after
        return float(self.fallback(retry_state))


def retryable(exc: BaseException) -> bool:
    """Retry answers that say so, and connection errors (which is how a naive import duplicates records)."""
    return isinstance(exc, Retryable | httpx.TransportError)


def naive_retrying() -> AsyncRetrying:
    """Return the naive code's retry policy: ``Retry-After`` when sent, else exponential backoff with jitter."""
    return AsyncRetrying(
        retry=retry_if_exception(retryable), wait=WaitRetryAfter(), stop=stop_after_attempt(ATTEMPTS), reraise=True
    )


async def naive_import(base_url: str, api_key: str, records: list[dict[str, Any]], wire: CountingTransport) -> set[str]:
    """Import the way the docs of most HTTP libraries suggest; return the internalIds it reports failed."""
    semaphore = asyncio.Semaphore(SEMAPHORE)
    failed: set[str] = set()
    async with httpx.AsyncClient(base_url=base_url, headers={"X-API-KEY": api_key}, transport=wire) as http:

        async def create(record: dict[str, Any]) -> None:
            response = await http.post("/v1/Customers", json=record)
            if response.status_code == 429 or response.status_code >= 500:
                raise Retryable(response)
            response.raise_for_status()

        async def one(record: dict[str, Any]) -> None:
            async with semaphore:
                try:
                    await naive_retrying()(create, record)
                except (Retryable, httpx.HTTPError):
                    failed.add(record["internalId"])

        await asyncio.gather(*(one(r) for r in records))
    return failed


async def naive_run(scenario: str, records: int, seed: int) -> dict[str, Any]:
    """One naive import into a fresh sandbox; the same figures as ``bulk_import.run``."""
    async with serve(rate=RATE, burst=BURST, retry_after="seconds", seed=seed, faults=SCENARIOS[scenario]) as sb:
        wire = CountingTransport()
        started = time.perf_counter()
        failed = await naive_import(sb.base_url, sb.api_key, customers(records), wire)
        wall = time.perf_counter() - started
        keys = collections.Counter(str(r.get("internalId")) for r in sb.state.store.collection("customers"))
    return {
        "wall_s": round(wall, 2),
        "requests": wire.requests,
        "429s": wire.statuses[429],
        "customers_on_server": sum(keys.values()),
        "duplicates": sum(n - 1 for n in keys.values() if n > 1),
        "failed": len(failed),
        # Reported failed, yet created: the blind retry of a create whose answer was lost met "internalId taken".
        "false_failures": len(failed & set(keys)),
    }


def summarize(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Medians over runs of each figure."""
    keys = ("wall_s", "requests", "429s", "duplicates", "failed", "false_failures")
    return {key: median([r[key] for r in runs]) for key in keys}


def run(runs: int = 3, records: int = 2000) -> dict[str, Any]:
    """Both approaches, both scenarios; return the figures for results.json (medians, same-run ratios)."""
    result: dict[str, Any] = {"records": records, "bound_s": round(records / RATE, 2), "runs": runs}
    for scenario in SCENARIOS:
        ours, naive = [], []
        for seed in range(1, runs + 1):
            ours.append(bulk_import.run(scenario, records, seed))
            naive.append(asyncio.run(naive_run(scenario, records, seed)))
        ours_figures = {k: median([r[k] for r in ours]) for k in ("wall_s", "requests", "429s", "duplicates")}
        ours_figures["failed"] = median([r["failed"] for r in ours])
        result[scenario] = {"ours": ours_figures, "naive": summarize(naive)}
    clean = result["clean"]
    result.update(
        {
            "ours_s": clean["ours"]["wall_s"],
            "naive_s": clean["naive"]["wall_s"],
            "ours_requests": clean["ours"]["requests"],
            "naive_requests": clean["naive"]["requests"],
            "ours_429": clean["ours"]["429s"],
            "naive_429": clean["naive"]["429s"],
            "ours_duplicates_with_drops": result["drops"]["ours"]["duplicates"],
            "naive_duplicates_with_drops": result["drops"]["naive"]["duplicates"],
            "naive_false_failures_with_drops": result["drops"]["naive"]["false_failures"],
        }
    )
    return result


def main() -> None:
    """Print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--records", type=int, default=2000)
    args = parser.parse_args()
    print(json.dumps(run(args.runs, args.records), indent=2))


if __name__ == "__main__":
    main()
