"""Rate limiting through one client: wall time and 429 share against the sandbox's token bucket.

Scenarios (each a fresh ``AltovizClient`` with its default pacer, a sandbox with full buckets):

* ``acceptance``: issue 4's figure. 300 concurrent ``GET /v1/Units`` at a server rate of 20/s, burst 5,
  ``Retry-After`` in whole seconds. Bound: wall time <= 1.15 x (300 - 5) / 20 = 16.96 s, 429s <= 15 %.
* ``bulk``: 2,000 GETs from 64 concurrent tasks at a server rate of 100/s, burst 20 (ideal 19.8 s), the
  load of a bulk import, held to the bulk import's bound (23 s, 5 % 429s) though it has no concurrency
  limit of its own here.
* ``cold``: what a fresh client costs when the server has room to spare (no rate limit): the time until
  16 concurrent calls are all answered, and 50 sequential calls.

    .venv/bin/python bench/rate_limit.py [--runs 3] [--scenario acceptance bulk cold] [--quick]

The sandbox runs in a thread of this process (its rate limiter is what is measured, not its speed).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import time
from collections.abc import Callable
from typing import Any

from altoviz import AltovizClient, Pacer
from altoviz.sandbox import SandboxServer, serve

from altoviz_client.api.units import list_units

PacerFactory = Callable[[], Pacer]


async def _one_run(
    sb: SandboxServer, *, rate: float, burst: int, requests: int, tasks: int, pacer: PacerFactory | None
) -> dict[str, float]:
    sb.reset(rate=rate, burst=burst, retry_after="seconds")
    queue = iter(range(requests))
    async with AltovizClient(sb.api_key, base_url=sb.base_url, pacer=pacer() if pacer else None) as client:

        async def worker() -> None:
            for _ in queue:
                await client.call(list_units)

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(tasks)))
        elapsed = time.perf_counter() - start
        stats = client.stats
    return {
        "wall_s": elapsed,
        "requests": stats.requests,
        "rate_limited": stats.rate_limited,
        "share_429": stats.rate_limited / stats.requests,
    }


async def _cold_run(sb: SandboxServer, pacer: PacerFactory | None) -> dict[str, float]:
    sb.reset(rate=0)
    async with AltovizClient(sb.api_key, base_url=sb.base_url, pacer=pacer() if pacer else None) as client:
        start = time.perf_counter()
        await asyncio.gather(*(client.call(list_units) for _ in range(16)))
        concurrent = time.perf_counter() - start
    async with AltovizClient(sb.api_key, base_url=sb.base_url, pacer=pacer() if pacer else None) as client:
        start = time.perf_counter()
        for _ in range(50):
            await client.call(list_units)
        sequential = time.perf_counter() - start
    return {"concurrent_16_s": concurrent, "sequential_50_s": sequential}


SCENARIOS: dict[str, dict[str, Any]] = {
    "acceptance": {"rate": 20.0, "burst": 5, "requests": 300, "tasks": 300},
    "bulk": {"rate": 100.0, "burst": 20, "requests": 2000, "tasks": 64},
}
# The bound each scenario is held to: issue 4's 1.15 x ideal and 15 % for the acceptance; for the bulk load,
# the bulk import's 23 s and 5 % (its engine adds an adaptive concurrency limit on top of this pacer).
BOUNDS: dict[str, tuple[Callable[[float], float], float]] = {
    "acceptance": (lambda ideal: 1.15 * ideal, 0.15),
    "bulk": (lambda ideal: 23.0 * ideal / 19.8, 0.05),
}


def _setup(name: str, quick: bool) -> dict[str, Any]:
    setup = dict(SCENARIOS[name])
    if quick:
        setup["requests"] = setup["requests"] // 3
        setup["tasks"] = min(setup["tasks"], setup["requests"])
    return setup


def _summary(samples: list[dict[str, float]]) -> dict[str, Any]:
    keys = samples[0].keys()
    return {
        "runs": samples,
        "median": {k: statistics.median(s[k] for s in samples) for k in keys},
        "max": {k: max(s[k] for s in samples) for k in keys},
    }


async def _run(runs: int, scenarios: list[str], pacer: PacerFactory | None, quick: bool) -> dict[str, Any]:
    results: dict[str, Any] = {}
    async with serve(rate=0, burst=5, seed=1) as sb:
        for name in scenarios:
            samples = []
            for _ in range(runs):
                if name == "cold":
                    samples.append(await _cold_run(sb, pacer))
                    continue
                samples.append(await _one_run(sb, pacer=pacer, **_setup(name, quick)))
            summary = _summary(samples)
            if name in SCENARIOS:
                setup = _setup(name, quick)
                wall_bound, share_bound = BOUNDS[name]
                summary["ideal_s"] = (setup["requests"] - setup["burst"]) / setup["rate"]
                summary["bound_s"] = wall_bound(summary["ideal_s"])
                summary["max_429_share"] = share_bound
                # A quick run's third of the load pays the same one-off cooldown: the bound is for the full run.
                summary["ok"] = (
                    None
                    if quick
                    else (summary["max"]["wall_s"] <= summary["bound_s"] and summary["max"]["share_429"] <= share_bound)
                )
            results[name] = summary
    return results


def run(
    runs: int = 3,
    scenarios: tuple[str, ...] = ("acceptance", "bulk", "cold"),
    *,
    quick: bool = False,
    pacer: PacerFactory | None = None,
) -> dict[str, Any]:
    """Run the scenarios ``runs`` times each; return every run, the medians, maxima and bounds."""
    return asyncio.run(_run(runs, list(scenarios), pacer, quick))


def _print(results: dict[str, Any]) -> None:
    for name, summary in results.items():
        if name == "cold":
            print(f"\n{name}: fresh client, no server limit")
            print(f"{'run':>4} {'16 concurrent s':>16} {'50 sequential s':>16}")
            for i, s in enumerate(summary["runs"], 1):
                print(f"{i:>4} {s['concurrent_16_s']:>16.3f} {s['sequential_50_s']:>16.3f}")
            m = summary["median"]
            print(f"{'med':>4} {m['concurrent_16_s']:>16.3f} {m['sequential_50_s']:>16.3f}")
            continue
        setup = SCENARIOS[name]
        print(f"\n{name}: server {setup['rate']:.0f}/s burst {setup['burst']}, {setup['tasks']} tasks")
        print(f"{'run':>4} {'wall s':>8} {'requests':>9} {'429s':>6} {'429 %':>7}")
        for i, s in enumerate(summary["runs"], 1):
            print(
                f"{i:>4} {s['wall_s']:>8.2f} {s['requests']:>9.0f} {s['rate_limited']:>6.0f}"
                f" {100 * s['share_429']:>6.1f}%"
            )
        for label in ("median", "max"):
            s = summary[label]
            print(
                f"{label[:4]:>4} {s['wall_s']:>8.2f} {s['requests']:>9.0f} {s['rate_limited']:>6.0f}"
                f" {100 * s['share_429']:>6.1f}%"
            )
        print(
            f"ideal {summary['ideal_s']:.2f} s, bound {summary['bound_s']:.2f} s,"
            f" median/ideal {summary['median']['wall_s'] / summary['ideal_s']:.3f}:"
            f" {({True: 'OK', False: 'FAILS', None: 'not judged (quick)'})[summary['ok']]} (max wall <= bound,"
            f" max 429 share <= {100 * summary['max_429_share']:.0f} %)"
        )


def main() -> None:
    """Command line: print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scenario", nargs="+", choices=[*SCENARIOS, "cold"], default=[*SCENARIOS, "cold"])
    parser.add_argument("--quick", action="store_true", help="one run, a third of the requests")
    args = parser.parse_args()
    logging.getLogger("altoviz").setLevel(logging.ERROR)  # one warning per retry would drown the table
    runs = 1 if args.quick else args.runs
    _print(run(runs, tuple(args.scenario), quick=args.quick))


if __name__ == "__main__":
    main()
