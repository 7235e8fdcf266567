"""Ctrl-C halfway through, then a rerun with the same ledger: complete, nothing duplicated, nothing redone."""

from __future__ import annotations

import asyncio
import collections
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from altoviz import AltovizClient, Outcome, bulk_upsert
from altoviz.sandbox import SandboxServer

from .conftest import CountingTransport, bounded, stored
from .interrupted_import import records

N = 400
SCRIPT = Path(__file__).with_name("interrupted_import.py")


def wait_for_lines(path: Path, count: int, process: subprocess.Popen[str], deadline: float) -> None:
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= count:
            return
        if process.poll() is not None:
            pytest.fail(f"the import ended before it could be interrupted: {process.communicate()}")
        time.sleep(0.01)
    pytest.fail("the import made no progress")


def import_and_interrupt(sandbox: SandboxServer, ledger: Path) -> tuple[int, str]:
    """Run the import in a child process, send it SIGINT once a third is done; return its exit code and stderr."""
    env = {**os.environ, "ALTOVIZ_BASE_URL": sandbox.base_url, "ALTOVIZ_API_KEY": sandbox.api_key}
    process = subprocess.Popen(
        [sys.executable, str(SCRIPT), str(ledger), str(N)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_lines(ledger, N // 3, process, time.monotonic() + 30)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=10)  # in-flight work is cancelled promptly
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return process.returncode, stderr


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is a POSIX thing")
async def test_ctrl_c_halfway_then_rerun(
    altoviz_sandbox: SandboxServer, client: AltovizClient, wire: CountingTransport, tmp_path: Path
) -> None:
    # A server rate limit makes the import last a few seconds, so that it can be stopped halfway.
    altoviz_sandbox.configure(rate=150, burst=10)
    ledger = tmp_path / "ledger.jsonl"
    returncode, stderr = await asyncio.to_thread(import_and_interrupt, altoviz_sandbox, ledger)
    assert returncode == 130, stderr
    assert "never retrieved" not in stderr
    assert "was destroyed" not in stderr

    content = ledger.read_text()
    assert content.endswith("\n")  # every line written whole
    first = [json.loads(line) for line in content.splitlines()]
    finished = len(first)
    assert N // 3 <= finished < N
    assert all(line["outcome"] == "created" for line in first)
    on_server = collections.Counter(r["internalId"] for r in stored(altoviz_sandbox, "customers"))
    assert max(on_server.values()) == 1
    assert len(on_server) >= finished

    altoviz_sandbox.configure(rate=0)
    report = await bounded(bulk_upsert(client, "customers", records(N), ledger=ledger))
    assert report.ok
    assert report.counts[Outcome.SKIPPED] == finished  # finished records are not redone
    # Records in flight at Ctrl-C may be on the server without a line (the server can still be finishing them
    # when the child has exited): the rerun finds them, unchanged, through the 400 of their create.
    in_flight = report.counts[Outcome.UNCHANGED]
    assert report.counts[Outcome.CREATED] + in_flight == N - finished
    assert in_flight <= 64  # at most max_concurrency records were in flight
    assert (wire.by_method["POST"], wire.by_method["GET"], wire.total) == (
        N - finished,
        in_flight,
        N - finished + in_flight,
    )
    on_server = collections.Counter(r["internalId"] for r in stored(altoviz_sandbox, "customers"))
    assert len(on_server) == N
    assert max(on_server.values()) == 1
    keys = [json.loads(line)["internalId"] for line in ledger.read_text().splitlines()]
    assert sorted(keys) == sorted(r["internalId"] for r in records(N))  # one line per record, none repeated
