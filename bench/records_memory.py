"""Peak memory of validating an import file: ``load_records`` then reading every record, on 50 and 200 MB CSVs.

Each file is generated on the fly into a temporary directory (never committed, removed at the end): a
customers CSV of about 125 bytes a row (400,000 rows for 50 MB), with an address, an email and some accents.
Each measurement runs in a child process of its own, so its peak RSS (``ru_maxrss``) is its own: the child
imports ``altoviz``, loads and validates the file, iterates over every valid record (what an import does),
and reports its peak RSS, its baseline (after imports) and the wall time.

The acceptance (issue 11): peak ≤ 150 MB at 50 MB, and no growth with the file beyond the set of ids
(the 200 MB file holds 4x the ids, so the growth from 50 to 200 MB is compared with 3x the ids' share).

    .venv/bin/python bench/records_memory.py [--sizes 50,200] [--runs 1]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROW_BYTES = 125  # the generated rows' average size: 400,000 rows make 50 MB, as in the issue


def generate(path: Path, size_mb: int) -> int:
    """Write a customers CSV of about ``size_mb`` MB; return its row count."""
    rows = size_mb * 1_000_000 // ROW_BYTES
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("internalId,companyName,email,street,zipcode,city,countryIso\n")
        for i in range(rows):
            # Padded so every row has about ROW_BYTES bytes whatever i is.
            out.write(
                f"CRM-{i:09d},Société {i:09d} & Fils — Boulangerie,contact{i:09d}@exemple.fr,"
                f"{i % 997} rue de la République,{75000 + i % 999:05d},Paris,FR\n"
            )
    return rows


def child(path: str) -> None:
    """Run in the child: validate the file, read every record, print the figures as JSON."""
    from altoviz._records import load_records

    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    loaded = load_records("customers", path)
    count = sum(1 for _ in loaded)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB
    print(json.dumps({"records": count, "baseline_mb": baseline, "peak_mb": peak, "seconds": elapsed}))


def measure(path: Path) -> dict[str, float]:
    """Run one child on ``path`` and return its figures."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(path)], capture_output=True, text=True, check=True, timeout=1800
    )
    figures: dict[str, float] = json.loads(done.stdout)
    return figures


def main() -> None:
    """Generate each file, measure it ``--runs`` times, print medians and the acceptance check."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="50,200", help="file sizes in MB, comma-separated")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    results = {}
    with tempfile.TemporaryDirectory(prefix="altoviz-records-bench-") as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            path = Path(tmp) / f"customers-{size}mb.csv"
            rows = generate(path, size)
            runs = [measure(path) for _ in range(args.runs)]
            peak = statistics.median(r["peak_mb"] for r in runs)
            results[size] = peak
            print(
                f"{size:>4} MB file ({os.path.getsize(path) / 1e6:.0f} MB, {rows:,} rows): peak RSS "
                f"{peak:.0f} MB (baseline {statistics.median(r['baseline_mb'] for r in runs):.0f} MB), "
                f"{statistics.median(r['seconds'] for r in runs):.1f} s",
                flush=True,
            )
            path.unlink()
    if 50 in results:
        print(f"acceptance: peak at 50 MB ≤ 150 MB: {'HOLDS' if results[50] <= 150 else 'DOES NOT HOLD'}")


if __name__ == "__main__":
    main()
