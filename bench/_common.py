"""What every benchmark shares: a sandbox in its own process, and medians.

The sandbox runs as a child process (``altoviz sandbox``), never in a thread of the benchmark: a server
thread would share the client's interpreter lock and its event loop's core, and the figures would measure
both at once.
"""

from __future__ import annotations

import contextlib
import secrets
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
    command = [sys.executable, "-m", "altoviz", "sandbox", "--port", "0", f"--api-key={key}", *flags]
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


def median(values: Sequence[float]) -> float:
    """Return the median, rounded for reports."""
    return round(statistics.median(values), 3)


def spread(values: Sequence[float]) -> dict[str, float]:
    """Median, minimum and maximum of a series of runs."""
    return {"median": median(values), "min": round(min(values), 3), "max": round(max(values), 3)}
