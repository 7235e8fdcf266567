"""Per-call overhead: ``get_customer`` through the SDK, the bare generated function and raw httpx.

Three ways to fetch one customer from the same sandbox process (no rate limit, no faults):

- ``httpx``: ``httpx.AsyncClient.get`` + ``json.loads``, what a user without an SDK writes;
- ``generated``: the generated ``get_customer.asyncio`` on its own ``AuthenticatedClient``;
- ``sdk``: ``AltovizClient.call(get_customer, id=...)``: retry transport, shared pacer, typed errors;
- ``resource``: ``client.customers.get(id)``, the generated resource method over the same call.

The variants run interleaved, round by round, so that drift on a shared machine hits all three alike;
each ratio is taken within a round and the median over rounds is reported. Rounds are short (50 calls per
variant, 160 rounds) and each round starts with the next variant in turn: with 400-call rounds in a fixed order,
drift within a round (the sandbox's own garbage collection, another process) decided which variant paid, and
three runs on a quiet machine gave 0.95 to 1.05 for the same code; short rotated rounds give 1.06 to 1.08.
With 40 rounds, runs of one code scattered by ±0.02 (SDK / generated 1.023 to 1.055 on 2026-12-01), as much
as the goal's margin; 160 rounds (about 75 s) gave 1.030 to 1.040 in four runs of the same code.
Also: throughput of the SDK sequentially and with 16 concurrent tasks.

    .venv/bin/python bench/overhead.py [--rounds 160] [--calls 50] [--quick]
    .venv/bin/python bench/overhead.py --profile [sdk|generated|httpx|resource] [--profile-calls 3000]

``--profile`` measures nothing: it runs one variant's calls under cProfile and prints where the time goes
(the profiler's own cost inflates every figure; compare variants, not absolute times).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import json
import pstats
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import Sandbox, median, sandbox_process
from altoviz import AltovizClient

from altoviz_client import AuthenticatedClient
from altoviz_client.api.customers import get_customer

CONCURRENCY = 16
ROUNDS = 160
"""Rounds of a full run: the median of a ratio over 160 rounds is steady to a few thousandths (see above)."""


async def per_call_us(fetch: Callable[[], Awaitable[Any]], calls: int) -> float:
    """Mean microseconds per call over ``calls`` sequential calls."""
    start = time.perf_counter()
    for _ in range(calls):
        await fetch()
    return (time.perf_counter() - start) / calls * 1e6


async def concurrent_rate(fetch: Callable[[], Awaitable[Any]], calls: int) -> float:
    """Return calls per second with ``CONCURRENCY`` tasks sharing ``calls`` calls."""

    async def worker(n: int) -> None:
        for _ in range(n):
            await fetch()

    start = time.perf_counter()
    await asyncio.gather(*(worker(calls // CONCURRENCY) for _ in range(CONCURRENCY)))
    return calls // CONCURRENCY * CONCURRENCY / (time.perf_counter() - start)


@contextlib.asynccontextmanager
async def variants(sandbox: Sandbox, customer_id: int) -> AsyncIterator[dict[str, Callable[[], Awaitable[Any]]]]:
    """Yield the four ways to fetch one customer (httpx, generated, sdk, resource), each on its own client."""
    headers = {"X-API-KEY": sandbox.api_key}
    async with (
        httpx.AsyncClient(base_url=sandbox.base_url, headers=headers) as raw,
        AuthenticatedClient(
            base_url=sandbox.base_url, token=sandbox.api_key, auth_header_name="X-API-KEY", prefix=""
        ) as generated,
        AltovizClient(sandbox.api_key, base_url=sandbox.base_url) as sdk,
    ):

        async def via_httpx() -> Any:
            response = await raw.get(f"/v1/Customers/{customer_id}")
            response.raise_for_status()
            return json.loads(response.content)

        async def via_generated() -> Any:
            return await get_customer.asyncio(client=generated, id=customer_id)

        async def via_sdk() -> Any:
            return await sdk.call(get_customer, id=customer_id)

        async def via_resource() -> Any:
            return await sdk.customers.get(customer_id)

        yield {"httpx": via_httpx, "generated": via_generated, "sdk": via_sdk, "resource": via_resource}


async def measure(sandbox: Sandbox, customer_id: int, rounds: int, calls: int) -> dict[str, Any]:
    """Run the rounds; return µs per call, ratios and throughput."""
    async with variants(sandbox, customer_id) as fetchers:
        via_sdk = fetchers["sdk"]
        for fetch in fetchers.values():  # warm-up: connections, imports, the pacer's first rate
            await per_call_us(fetch, calls // 4)
        samples: dict[str, list[float]] = {name: [] for name in fetchers}
        names = list(fetchers)
        for round_ in range(rounds):
            for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
                samples[name].append(await per_call_us(fetchers[name], calls))
        sequential = [await concurrent_rate(via_sdk, calls) for _ in range(3)]
        del sequential  # the first concurrent pass warms the pool to 16 connections
        concurrent = [await concurrent_rate(via_sdk, calls * 2) for _ in range(rounds)]
    sdk_vs_httpx = [s / h for s, h in zip(samples["sdk"], samples["httpx"], strict=True)]
    sdk_vs_generated = [s / g for s, g in zip(samples["sdk"], samples["generated"], strict=True)]
    resource_vs_httpx = [r / h for r, h in zip(samples["resource"], samples["httpx"], strict=True)]
    resource_vs_generated = [r / g for r, g in zip(samples["resource"], samples["generated"], strict=True)]
    return {
        "httpx_us": median(samples["httpx"]),
        "generated_us": median(samples["generated"]),
        "sdk_us": median(samples["sdk"]),
        "sdk_vs_httpx": median(sdk_vs_httpx),
        "sdk_vs_generated": median(sdk_vs_generated),
        "resource_us": median(samples["resource"]),
        "resource_vs_httpx": median(resource_vs_httpx),
        "resource_vs_generated": median(resource_vs_generated),
        "sequential_per_s": round(1e6 / median(samples["sdk"]), 1),
        "concurrent16_per_s": round(median(concurrent), 1),
        "rounds": rounds,
        "calls_per_round": calls,
    }


async def profile(sandbox: Sandbox, customer_id: int, variant: str, calls: int) -> None:
    """Run ``calls`` calls of one variant under cProfile; print the functions by own time."""
    async with variants(sandbox, customer_id) as fetchers:
        fetch = fetchers[variant]
        await per_call_us(fetch, 100)  # warm-up: connection, imports
        profiler = cProfile.Profile()
        profiler.enable()
        await per_call_us(fetch, calls)
        profiler.disable()
    print(f"{variant}: {calls} calls of get_customer under cProfile")
    pstats.Stats(profiler).sort_stats("tottime").print_stats(30)


def run(rounds: int = ROUNDS, calls: int = 50) -> dict[str, Any]:
    """Start a sandbox process, seed one customer, measure; the figures for results.json."""
    with sandbox_process() as sandbox:
        with sandbox.admin() as admin:
            created = admin.post("/v1/Customers", json={"internalId": "BENCH-1", "companyName": "Bench SARL"})
            created.raise_for_status()
        return asyncio.run(measure(sandbox, created.json()["id"], rounds, calls))


def main() -> None:
    """Print the figures as a table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--calls", type=int, default=50)
    parser.add_argument("--quick", action="store_true", help="3 rounds of 100 calls")
    parser.add_argument("--profile", nargs="?", const="sdk", choices=["sdk", "generated", "httpx", "resource"])
    parser.add_argument("--profile-calls", type=int, default=3000)
    args = parser.parse_args()
    if args.profile:
        with sandbox_process() as sandbox:
            with sandbox.admin() as admin:
                created = admin.post("/v1/Customers", json={"internalId": "BENCH-1", "companyName": "Bench SARL"})
                created.raise_for_status()
            asyncio.run(profile(sandbox, created.json()["id"], args.profile, args.profile_calls))
        return
    rounds, calls = (3, 100) if args.quick else (args.rounds, args.calls)
    result = run(rounds, calls)
    print(f"get_customer, {rounds} interleaved rounds of {calls} sequential calls (medians)")
    for name in ("httpx", "generated", "sdk", "resource"):
        print(f"  {name:<10} {result[f'{name}_us']:>8.1f} µs/call")
    print(f"  sdk/httpx      {result['sdk_vs_httpx']:.3f}   (goal <= 1.25)")
    print(f"  sdk/generated  {result['sdk_vs_generated']:.3f}   (goal <= 1.05)")
    print(f"  resource/httpx {result['resource_vs_httpx']:.3f}   (goal <= 1.25)")
    print(f"  resource/gen.  {result['resource_vs_generated']:.3f}   (goal <= 1.05)")
    sequential, concurrent = result["sequential_per_s"], result["concurrent16_per_s"]
    print(f"  sdk sequential {sequential:,.0f} calls/s; 16 concurrent {concurrent:,.0f}/s")


if __name__ == "__main__":
    main()
