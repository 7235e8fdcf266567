"""Peak memory of the sandbox under huge and hostile request bodies, with its default limits.

Each scenario runs against a fresh ``altoviz sandbox`` process (its own peak, read from
``/proc/<pid>/status`` ``VmHWM``, Linux only), and prints the answers it got:

* ``idle``: one small create, the baseline;
* ``under-limit``: one valid 28 MiB body (a long ``internalNotes``), the largest a client may send;
* ``100mb-declared``: one 100 MB body with ``Content-Length`` (refused before it is read);
* ``100mb-streamed-x3``: three concurrent 100 MB chunked bodies (refused once each passes 30 MB);
* ``deep-100k``: a body nested 100,000 levels deep (400, no traceback).

Before issue 11 the sandbox had no limit: one 100 MB body peaked at 642 MB, three at 940 MB.

    .venv/bin/python bench/sandbox_body_limits.py
"""

from __future__ import annotations

import asyncio
import secrets
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import wait_until_healthy

MB = 1024 * 1024


def _peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM (Linux only)")


async def _chunks(total: int, size: int = MB) -> AsyncIterator[bytes]:
    block = b" " * size
    for _ in range(total // size):
        yield block


async def idle(client: httpx.AsyncClient) -> list[int]:
    """Send one small create."""
    return [(await client.post("/v1/Customers", json={"companyName": "Acme"})).status_code]


async def under_limit(client: httpx.AsyncClient) -> list[int]:
    """Send one valid body just under the limit."""
    body = {"companyName": "Acme", "internalNotes": "x" * (28 * MB)}
    return [(await client.post("/v1/Customers", json=body)).status_code]


async def declared_100mb(client: httpx.AsyncClient) -> list[int]:
    """Send one 100 MB body with its Content-Length."""
    return [(await client.post("/v1/Customers", content=b" " * (100 * MB))).status_code]


async def streamed_100mb_x3(client: httpx.AsyncClient) -> list[int]:
    """Send three concurrent 100 MB chunked bodies."""

    async def one() -> int:
        return (await client.post("/v1/Customers", content=_chunks(100 * MB))).status_code

    return list(await asyncio.gather(one(), one(), one()))


async def deep_100k(client: httpx.AsyncClient) -> list[int]:
    """Send a body nested 100,000 levels deep."""
    depth = 100_000
    body = '{"companyName": "Acme", "metadata": ' + "[" * depth + "]" * depth + "}"
    return [(await client.post("/v1/Customers", content=body)).status_code]


Scenario = Callable[[httpx.AsyncClient], Coroutine[Any, Any, list[int]]]
SCENARIOS: dict[str, Scenario] = {
    "idle": idle,
    "under-limit": under_limit,
    "100mb-declared": declared_100mb,
    "100mb-streamed-x3": streamed_100mb_x3,
    "deep-100k": deep_100k,
}


def run(name: str, scenario: Scenario) -> tuple[float, list[int]]:
    """Start a sandbox process, run one scenario against it, return its peak RSS and the statuses."""
    key = secrets.token_urlsafe(24)
    command = [sys.executable, "-m", "altoviz", "sandbox", "--port", "0", f"--api-key={key}", "--rate", "0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().split()[-1]
        wait_until_healthy(base_url, process)

        async def go() -> list[int]:
            headers = {"X-API-KEY": key, "Content-Type": "application/json"}
            async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=120) as client:
                return await scenario(client)

        statuses = asyncio.run(go())
        return _peak_mb(process.pid), statuses
    finally:
        process.terminate()
        process.wait(timeout=10)


def main() -> int:
    """Run every scenario and print its peak RSS."""
    print(f"{'scenario':<20} {'sandbox peak RSS':>17}  answers")
    for name, scenario in SCENARIOS.items():
        peak, statuses = run(name, scenario)
        print(f"{name:<20} {peak:>14.0f} MB  {statuses}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
