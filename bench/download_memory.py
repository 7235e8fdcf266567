"""Memory and speed of a 200 MB PDF download: our streaming ``to_path`` against the alternatives.

Variants, each run in a child process of its own so that its peak RSS is its own:

* ``to_path``: ``client.download(download_sale_invoice, id=1).to_path(dest)``: streamed to a temporary
  file in 1 MiB blocks, renamed at the end;
* ``generated``: the generated ``download_sale_invoice.asyncio``: the whole body in memory (a ``File``
  around ``BytesIO(response.content)``), then written out;
* ``httpx``: raw ``httpx`` ``stream`` + ``aiter_bytes`` written to a file, the floor a hand-rolled loop gets.

The child records ``ru_maxrss`` after its imports and one small request (the baseline), then downloads, then
reads ``ru_maxrss`` again: the growth is what the download cost. The sandbox runs in a thread of the parent
process and streams its PDFs (padding costs it no memory).

    .venv/bin/python bench/download_memory.py [--runs 3] [--size-mb 200] [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

VARIANTS = ("to_path", "generated", "httpx")
KEY_ENV = "ALTOVIZ_API_KEY"  # the child takes the key from its environment, never from its command line


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


async def _child(variant: str, base_url: str, dest: Path) -> dict[str, float]:
    import httpx
    from altoviz import AltovizClient

    from altoviz_client.api.sale_invoices import download_sale_invoice
    from altoviz_client.api.units import list_units

    key = os.environ[KEY_ENV]
    async with AltovizClient(key, base_url=base_url) as client:
        await client.call(list_units)  # connection, imports and first-call costs are in the baseline
        baseline = _peak_mb()
        start = time.perf_counter()
        if variant == "to_path":
            await client.download(download_sale_invoice, id=1).to_path(dest)
        elif variant == "generated":
            file = await download_sale_invoice.asyncio(id=1, client=client.generated)
            if file is None or not hasattr(file, "payload"):
                raise RuntimeError(f"the generated operation answered {file!r}")
            with dest.open("wb") as out:
                shutil.copyfileobj(file.payload, out)
        else:
            async with (
                httpx.AsyncClient(base_url=base_url, headers={"X-API-KEY": key}) as raw,
                raw.stream("GET", "/v1/SaleInvoices/Download/1") as response,
            ):
                response.raise_for_status()
                with dest.open("wb") as out:
                    async for chunk in response.aiter_bytes():
                        out.write(chunk)
        elapsed = time.perf_counter() - start
    size = dest.stat().st_size  # noqa: ASYNC240 - the download is over: a blocking stat changes no figure
    return {"growth_mb": _peak_mb() - baseline, "seconds": elapsed, "mb_s": size / 1024**2 / elapsed, "bytes": size}


def _measure(variant: str, base_url: str, key: str, folder: Path) -> dict[str, float]:
    dest = folder / f"{variant}.pdf"
    command = [sys.executable, __file__, "--child", variant, "--base-url", base_url, "--dest", str(dest)]
    done = subprocess.run(command, env={**os.environ, KEY_ENV: key}, capture_output=True, text=True, check=True)
    dest.unlink(missing_ok=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


async def _run(runs: int, size_mb: int) -> dict[str, Any]:
    from altoviz.sandbox import serve

    samples: dict[str, list[dict[str, float]]] = {v: [] for v in VARIANTS}
    async with serve(rate=0, pdf_size=size_mb * 1024 * 1024) as sb:
        sb.state.store.collection("sale_invoices").add({"subject": "Bench", "lines": [], "isDraft": True})
        with tempfile.TemporaryDirectory() as folder:
            for _ in range(runs):
                for variant in VARIANTS:  # interleaved, so a busy moment of the machine hits all of them
                    sample = await asyncio.to_thread(_measure, variant, sb.base_url, sb.api_key, Path(folder))
                    samples[variant].append(sample)
    medians = {v: {k: statistics.median(s[k] for s in runs_) for k in runs_[0]} for v, runs_ in samples.items()}
    return {
        "size_mb": size_mb,
        "runs": samples,
        "median": medians,
        "max_growth_mb": {v: max(s["growth_mb"] for s in runs_) for v, runs_ in samples.items()},
    }


def run(runs: int = 3, size_mb: int = 200) -> dict[str, Any]:
    """Download the PDF ``runs`` times with each variant; return peak RSS growth (MB), time and MB/s."""
    return asyncio.run(_run(runs, size_mb))


def _print(result: dict[str, Any]) -> None:
    print(f"{result['size_mb']} MB PDF, peak RSS growth measured in a child process per download")
    print(f"{'variant':>10} {'run':>4} {'growth MB':>10} {'seconds':>8} {'MB/s':>7}")
    for variant in VARIANTS:
        rows = [(str(i), s) for i, s in enumerate(result["runs"][variant], 1)] + [("med", result["median"][variant])]
        for label, s in rows:
            print(f"{variant:>10} {label:>4} {s['growth_mb']:>10.1f} {s['seconds']:>8.2f} {s['mb_s']:>7.0f}")
    ours, generated = result["max_growth_mb"]["to_path"], result["median"]["generated"]["growth_mb"]
    print(
        f"to_path max growth {ours:.1f} MB (bound < 32 MB: {'OK' if ours < 32 else 'FAILS'});"
        f" generated median growth {generated:.1f} MB (expected >= {result['size_mb']} MB:"
        f" {'OK' if generated >= result['size_mb'] else 'NO'})"
    )


def main() -> None:
    """Command line: print the table (or, with --child, run one download and print its figures as JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size-mb", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="one run of a 50 MB PDF")
    parser.add_argument("--child", choices=VARIANTS, help=argparse.SUPPRESS)
    parser.add_argument("--base-url", help=argparse.SUPPRESS)
    parser.add_argument("--dest", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(asyncio.run(_child(args.child, args.base_url, args.dest))))
        return
    if args.quick:
        args.runs, args.size_mb = 1, 50
    _print(run(args.runs, args.size_mb))


if __name__ == "__main__":
    main()
