"""Pagination: a sequential walk against one with K pages prefetched, over real HTTP with added latency.

10,000 customers in the sandbox, page size 100, 20 ms added to every answer. Each run walks the whole list
twice, sequentially and with prefetch K=4, and checks both walks give the same ids, in order, once each.
Two clients are compared:

* ``warm``: one long-lived client, as an application holds it (its pacer has already opened up);
* ``fresh``: a new client per walk, so the pacer's slow start is part of the time.

    .venv/bin/python bench/pagination.py [--runs 5] [--items 10000] [--latency-ms 20] [--prefetch 4] [--quick]

The sandbox runs in a thread of this process (no rate limit).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from typing import Any

from altoviz import AltovizClient
from altoviz.sandbox import SandboxServer, serve

from altoviz_client.api.customers import list_customers


def _seed(sb: SandboxServer, items: int) -> None:
    # Straight into the sandbox's state (nothing is in flight): 10,000 creates would measure creates.
    customers = sb.state.store.collection("customers")
    for n in range(1, items + 1):
        customers.add({"name": f"Customer {n:05d}", "internalId": f"C{n:05d}", "type": "Company"})


async def _walk(client: AltovizClient, page_size: int, prefetch: int) -> tuple[float, list[int]]:
    start = time.perf_counter()
    ids = [c.id async for c in client.paginate(list_customers, page_size=page_size).prefetch(prefetch)]
    return time.perf_counter() - start, [i for i in ids if isinstance(i, int)]


async def _warm_up(client: AltovizClient) -> None:
    # Enough concurrent requests for the pacer to leave slow start far behind, as in a running application.
    for _ in range(3):
        await asyncio.gather(*(client.call(list_customers, page_size=1) for _ in range(100)))


async def _run(runs: int, items: int, page_size: int, latency_ms: float, prefetch: int) -> dict[str, Any]:
    samples: list[dict[str, float]] = []
    identical = True
    async with serve(rate=0, seed=1) as sb:
        _seed(sb, items)
        sb.configure(latency_ms=latency_ms)
        async with AltovizClient(sb.api_key, base_url=sb.base_url) as warm:
            await _warm_up(warm)
            warm_rate = warm.retry.pacer.rate or 0.0  # None: never rate limited, only the window
            for _ in range(runs):
                sample: dict[str, float] = {}
                for label in ("warm", "fresh"):
                    for k in (0, prefetch):
                        if label == "warm":
                            elapsed, ids = await _walk(warm, page_size, k)
                        else:
                            async with AltovizClient(sb.api_key, base_url=sb.base_url) as fresh:
                                elapsed, ids = await _walk(fresh, page_size, k)
                        identical = identical and ids == list(range(1, items + 1))
                        sample[f"{label}_{'sequential' if k == 0 else 'prefetch'}_s"] = elapsed
                    sample[f"{label}_speedup"] = sample[f"{label}_sequential_s"] / sample[f"{label}_prefetch_s"]
                samples.append(sample)
    keys = samples[0].keys()
    return {
        "items": items,
        "page_size": page_size,
        "latency_ms": latency_ms,
        "prefetch": prefetch,
        "warm_pacer_rate": warm_rate,
        "identical_and_in_order": identical,
        "runs": samples,
        "median": {k: statistics.median(s[k] for s in samples) for k in keys},
    }


def run(
    runs: int = 5, items: int = 10_000, page_size: int = 100, latency_ms: float = 20.0, prefetch: int = 4
) -> dict[str, Any]:
    """Walk the list ``runs`` times each way; return per-run times, medians and speedups (same-run ratios)."""
    return asyncio.run(_run(runs, items, page_size, latency_ms, prefetch))


def _print(result: dict[str, Any]) -> None:
    print(
        f"{result['items']} items, page size {result['page_size']}, +{result['latency_ms']:.0f} ms per answer,"
        f" prefetch K={result['prefetch']} (warm client's pacer at {result['warm_pacer_rate']:.0f}/s)"
    )
    head = ("run", "warm seq s", "warm K s", "speedup", "fresh seq s", "fresh K s", "speedup")
    print(" ".join(f"{h:>{w}}" for h, w in zip(head, (4, 11, 9, 8, 12, 10, 8), strict=True)))
    rows = [(str(i), s) for i, s in enumerate(result["runs"], 1)] + [("med", result["median"])]
    for label, s in rows:
        print(
            f"{label:>4} {s['warm_sequential_s']:>11.3f} {s['warm_prefetch_s']:>9.3f} {s['warm_speedup']:>7.2f}x"
            f" {s['fresh_sequential_s']:>12.3f} {s['fresh_prefetch_s']:>10.3f} {s['fresh_speedup']:>7.2f}x"
        )
    print(f"sequences identical, in order, each id once: {result['identical_and_in_order']}")


def main() -> None:
    """Command line: print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--page-size", type=int, default=100)
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--prefetch", type=int, default=4)
    parser.add_argument("--quick", action="store_true", help="one run over 2,000 items")
    args = parser.parse_args()
    if args.quick:
        args.runs, args.items = 1, 2_000
    _print(run(args.runs, args.items, args.page_size, args.latency_ms, args.prefetch))


if __name__ == "__main__":
    main()
