"""``make bench``: every benchmark, a table of the goals, and ``bench/results.json``.

Each figure is the median of several runs and each comparison a ratio taken in the same run (see each
script). Runs in well under 10 minutes on the project's 2-core machine, against sandboxes on loopback.

    .venv/bin/python bench/run_all.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bulk_compare  # noqa: E402
import download_memory  # noqa: E402
import overhead  # noqa: E402
import pagination  # noqa: E402
import startup  # noqa: E402

RESULTS = HERE / "results.json"


def pagination_figures(runs: int) -> dict[str, Any]:
    """Return sequential against prefetch K=4: 10,000 items, page size 100, 20 ms latency."""
    raw = pagination.run(runs=runs)
    median = raw["median"]
    return {
        "items": raw["items"],
        "latency_ms": raw["latency_ms"],
        "prefetch": raw["prefetch"],
        "sequential_s": round(median["warm_sequential_s"], 3),
        "prefetch_s": round(median["warm_prefetch_s"], 3),
        "speedup": round(median["warm_speedup"], 2),
        "fresh_client_sequential_s": round(median["fresh_sequential_s"], 3),
        "fresh_client_prefetch_s": round(median["fresh_prefetch_s"], 3),
        "fresh_client_speedup": round(median["fresh_speedup"], 2),
        "identical": raw["identical_and_in_order"],
        "runs": runs,
    }


def download_figures(runs: int) -> dict[str, Any]:
    """Return a 200 MB PDF's figures: our streaming download, the generated operation, raw httpx streaming."""
    raw = download_memory.run(runs=runs)
    median = raw["median"]
    names = {"to_path": "ours", "generated": "generated", "httpx": "httpx"}
    figures: dict[str, Any] = {"size_mb": raw["size_mb"], "runs": runs}
    for variant, name in names.items():
        figures[f"{name}_mb_s"] = round(median[variant]["mb_s"], 1)
        figures[f"{name}_peak_rss_mb"] = round(median[variant]["growth_mb"], 1)
    figures["ours_vs_httpx_mb_s"] = round(figures["ours_mb_s"] / figures["httpx_mb_s"], 3)
    return figures


def goals(results: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """Return each goal of the README, its measured figure, and whether it holds."""
    o, p, b, d = results["overhead"], results["pagination"], results["bulk"], results["download"]
    requests = max(1, b["ours_requests"])
    bulk_bound = 1.15 * b["bound_s"]
    speedups = f"{p['speedup']:.2f} (fresh client {p['fresh_client_speedup']:.2f})"
    ours_429, naive_429, dupes = b["ours_429"], b["naive_429"], b["ours_duplicates_with_drops"]
    return [
        ("overhead.sdk_vs_httpx <= 1.25", f"{o['sdk_vs_httpx']:.3f}", o["sdk_vs_httpx"] <= 1.25),
        ("overhead.sdk_vs_generated <= 1.05", f"{o['sdk_vs_generated']:.3f}", o["sdk_vs_generated"] <= 1.05),
        ("pagination.speedup >= 3", speedups, p["speedup"] >= 3),
        ("bulk.ours_s <= 1.15 x bound_s", f"{b['ours_s']} s of {bulk_bound:.1f} s", b["ours_s"] <= bulk_bound),
        ("bulk.ours_429 <= 5% of requests", f"{b['ours_429']} of {requests}", b["ours_429"] <= 0.05 * requests),
        ("bulk.ours_429 <= naive_429 / 10", f"{ours_429} vs {naive_429}", ours_429 * 10 <= naive_429),
        ("0 duplicates for ours with drops", str(dupes), dupes == 0),
        ("download.ours_peak_rss_mb <= 32", str(d["ours_peak_rss_mb"]), d["ours_peak_rss_mb"] <= 32),
        ("download ours >= 0.8 x httpx MB/s", f"{d['ours_vs_httpx_mb_s']:.2f}", d["ours_vs_httpx_mb_s"] >= 0.8),
        ("import_ms <= 300", str(results["import_ms"]), results["import_ms"] <= 300),
    ]


def timed(name: str, work: Callable[[], Any]) -> Any:
    """Run one benchmark, saying how long it took."""
    start = time.perf_counter()
    print(f"running {name}...", file=sys.stderr, flush=True)
    result = work()
    print(f"  {name}: {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    return result


def main() -> int:
    """Run everything, write results.json, print the goals; exit 1 when a goal is missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs and records: a smoke test, not figures")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    runs, records = (1, 400) if args.quick else (3, 2000)
    started = time.perf_counter()
    start_up = timed("startup", lambda: startup.run(runs=3 if args.quick else 9))
    results: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "overhead": timed("overhead", lambda: overhead.run(*((3, 100) if args.quick else (overhead.ROUNDS, 50)))),
        "pagination": timed("pagination", lambda: pagination_figures(runs)),
        "bulk": timed("bulk", lambda: bulk_compare.run(runs=runs, records=records)),
        "download": timed("download", lambda: download_figures(runs)),
        "import_ms": start_up["import_ms"],
        "startup": start_up,
    }
    results["total_s"] = round(time.perf_counter() - started, 1)
    results["goals"] = [{"goal": g, "measured": m, "met": ok} for g, m, ok in goals(results)]
    # Keep what other scripts wrote into the same file (e.g. rate_shapes.py's sweep, which runs on its own).
    previous = json.loads(args.output.read_text(encoding="utf-8")) if args.output.exists() else {}
    args.output.write_text(json.dumps({**previous, **results}, indent=2) + "\n", encoding="utf-8")
    width = max(len(g) for g, _, _ in goals(results))
    print(f"{'goal':<{width}}  measured  ")
    for goal, measured, ok in goals(results):
        print(f"{goal:<{width}}  {measured}  {'met' if ok else 'MISSED'}")
    print(f"\nwrote {args.output} in {results['total_s']} s")
    return 0 if all(ok for _, _, ok in goals(results)) else 1


if __name__ == "__main__":
    sys.exit(main())
