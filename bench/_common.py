"""What every benchmark shares: a sandbox in its own process, and medians.

The sandbox runs as a child process (``altoviz sandbox``), never in a thread of the benchmark: a server
thread would share the client's interpreter lock and its event loop's core, and the figures would measure
both at once.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import httpx

START_TIMEOUT_S = 20.0


@dataclass(frozen=True)
class Sandbox:
    """A running sandbox process: where it listens and the key it accepts."""

    base_url: str
    api_key: str

    def __repr__(self) -> str:
        return f"Sandbox(base_url={self.base_url!r})"

    def admin(self) -> httpx.Client:
        """Return a plain client with the key, for seeding records and reading counts."""
        return httpx.Client(base_url=self.base_url, headers={"X-API-KEY": self.api_key}, timeout=60)


@contextlib.contextmanager
def sandbox_process(*flags: str) -> Iterator[Sandbox]:
    """Run ``altoviz sandbox --port 0 [flags]`` until the block ends; poll until it answers.

    ``flags`` are the command's own (``--rate 20 --burst 5 --latency 20 ...``); without ``--rate`` there
    is no rate limit.
    """
    key = secrets.token_urlsafe(24)
    if "--rate" not in flags:
        flags = (*flags, "--rate", "0")
    command = [sys.executable, "-m", "altoviz", "sandbox", "--port", "0", "--api-key", key, *flags]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().split()[-1]
        wait_until_healthy(base_url, process)
        yield Sandbox(base_url=base_url, api_key=key)
    finally:
        process.terminate()
        process.wait(timeout=10)


def wait_until_healthy(base_url: str, process: subprocess.Popen[str]) -> None:
    """Poll the health endpoint (no fixed sleep) until the server answers or gives up."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"the sandbox exited with {process.returncode} during startup")
        try:
            if httpx.get(f"{base_url}/_sandbox/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"the sandbox did not answer within {START_TIMEOUT_S} s")
        time.sleep(0.02)


def free_port() -> int:
    """Return a loopback port that is free right now (for servers that cannot be handed a bound socket)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def redis_command(port: int, *words: str) -> bytes:
    """Send one command to a local Redis in its inline protocol; return the first line of the answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
        sock.sendall(" ".join(words).encode() + b"\r\n")
        return sock.recv(4096).split(b"\r\n", 1)[0]


@contextlib.contextmanager
def redis_process() -> Iterator[str]:
    """Run a throwaway ``redis-server`` on a free loopback port (no persistence); yield its URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise FileNotFoundError("redis-server is not installed (apt-get install redis-server)")
    port = free_port()
    command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                if redis_command(port, "PING") == b"+PONG":
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.02)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


def median(values: Sequence[float]) -> float:
    """Return the median, rounded for reports."""
    return round(statistics.median(values), 3)


def spread(values: Sequence[float]) -> dict[str, float]:
    """Median, minimum and maximum of a series of runs."""
    return {"median": median(values), "min": round(min(values), 3), "max": round(max(values), 3)}
