"""Start-up cost: ``import altoviz`` and the time to the first answered request, each in a fresh process.

``import_ms`` is the time the import itself takes, measured inside a new interpreter (interpreter start-up
excluded, so the figure is ours alone); ``process_ms`` is the whole ``python -c "import altoviz"``;
``first_request_ms`` is import + building a client + one ``get_customer`` against a sandbox process.

    .venv/bin/python bench/startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import median, sandbox_process

IMPORT = """
import time
start = time.perf_counter()
import altoviz
print((time.perf_counter() - start) * 1000)
"""

FIRST_REQUEST = """
import time
start = time.perf_counter()
import asyncio, sys
from altoviz import AltovizClient
from altoviz_client.api.customers import get_customer

async def main():
    async with AltovizClient(sys.argv[2], base_url=sys.argv[1]) as client:
        await client.call(get_customer, id=int(sys.argv[3]))

asyncio.run(main())
print((time.perf_counter() - start) * 1000)
"""


def child_ms(code: str, *args: str) -> float:
    """Run ``code`` in a fresh interpreter; return the milliseconds it printed."""
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def process_ms() -> float:
    """Wall milliseconds of a whole ``python -c "import altoviz"``."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import altoviz"], check=True)
    return (time.perf_counter() - start) * 1000


def run(runs: int = 9) -> dict[str, Any]:
    """Return the figures for results.json."""
    child_ms(IMPORT)  # warm the file system cache and the .pyc files first
    imports = [child_ms(IMPORT) for _ in range(runs)]
    processes = [process_ms() for _ in range(runs)]
    with sandbox_process() as sandbox, sandbox.admin() as admin:
        created = admin.post("/v1/Customers", json={"internalId": "BENCH-START", "companyName": "Start SAS"})
        created.raise_for_status()
        ident = str(created.json()["id"])
        firsts = [child_ms(FIRST_REQUEST, sandbox.base_url, sandbox.api_key, ident) for _ in range(runs)]
    return {
        "import_ms": median(imports),
        "process_ms": median(processes),
        "first_request_ms": median(firsts),
        "runs": runs,
    }


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--quick", action="store_true", help="3 runs")
    args = parser.parse_args()
    result = run(3 if args.quick else args.runs)
    print(json.dumps(result, indent=2))
    print(f"import altoviz: {result['import_ms']:.0f} ms (goal <= 300)")


if __name__ == "__main__":
    main()
