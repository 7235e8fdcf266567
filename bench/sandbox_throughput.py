"""Throughput of the sandbox on simple GETs: median requests/s over several runs.

The sandbox runs as its own process (the ``altoviz sandbox`` command, one worker, no rate limit), so
client and server do not share a core. The default client is a small keep-alive HTTP/1.1 loop on raw
asyncio streams, so that the figure measures the server rather than the client library; pass
``--client httpx`` to measure through httpx instead.

    .venv/bin/python bench/sandbox_throughput.py [--runs 5] [--seconds 3] [--connections 32]
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import statistics
import subprocess
import sys
import time

import httpx

PATH = "/v1/Units"


def start_sandbox(key: str) -> tuple[subprocess.Popen[str], str]:
    """Start ``altoviz sandbox`` as a child process; return it and its base URL once it answers."""
    command = [sys.executable, "-m", "altoviz", "sandbox", "--port", "0", f"--api-key={key}", "--rate", "0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    url = process.stdout.readline().split()[-1]
    process.stdout.readline()  # the key line
    deadline = time.monotonic() + 15
    while True:  # poll until it answers
        try:
            if httpx.get(f"{url}/_sandbox/health").status_code == 200:
                return process, url
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


async def raw_worker(host: str, port: int, key: str, stop: float, counts: list[int]) -> None:
    """Send GETs one after another on one keep-alive connection until ``stop``."""
    reader, writer = await asyncio.open_connection(host, port)
    request = f"GET {PATH} HTTP/1.1\r\nHost: {host}\r\nX-API-KEY: {key}\r\n\r\n".encode()
    done = 0
    try:
        while time.perf_counter() < stop:
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
            if not head.startswith(b"HTTP/1.1 200"):
                raise RuntimeError(head.decode(errors="replace"))
            await reader.readexactly(length)
            done += 1
    finally:
        counts.append(done)
        writer.close()


async def httpx_worker(client: httpx.AsyncClient, stop: float, counts: list[int]) -> None:
    """Send GETs through httpx one after another until ``stop``."""
    done = 0
    while time.perf_counter() < stop:
        response = await client.get(PATH)
        response.raise_for_status()
        done += 1
    counts.append(done)


async def one_run(url: str, key: str, seconds: float, connections: int, client_kind: str) -> float:
    """Run all connections for ``seconds``; return requests per second."""
    host, port = url.removeprefix("http://").split(":")
    counts: list[int] = []
    start = time.perf_counter()
    stop = start + seconds
    if client_kind == "raw":
        await asyncio.gather(*(raw_worker(host, int(port), key, stop, counts) for _ in range(connections)))
    else:
        limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
        async with httpx.AsyncClient(base_url=url, headers={"X-API-KEY": key}, limits=limits) as client:
            await asyncio.gather(*(httpx_worker(client, stop, counts) for _ in range(connections)))
    return sum(counts) / (time.perf_counter() - start)


def main() -> None:
    """Run the benchmark and print each run and the median."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--client", choices=("raw", "httpx"), default="raw")
    args = parser.parse_args()
    key = secrets.token_urlsafe(24)
    process, url = start_sandbox(key)
    try:
        asyncio.run(one_run(url, key, 1.0, args.connections, args.client))  # warm-up
        rates = [asyncio.run(one_run(url, key, args.seconds, args.connections, args.client)) for _ in range(args.runs)]
    finally:
        process.terminate()
        process.wait(timeout=10)
    print(f"sandbox GET {PATH}: one worker, {args.connections} keep-alive connections, {args.client} client")
    print("runs (req/s): " + ", ".join(f"{r:,.0f}" for r in rates))
    print(f"median: {statistics.median(rates):,.0f} req/s")


if __name__ == "__main__":
    main()
