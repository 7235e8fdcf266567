"""A real ``redis-server`` for tests, on a free loopback port: ``with running_redis() as url: ...``.

No persistence (``--save ''``, ``--appendonly no``): each run starts empty and leaves nothing on disk.
Readiness is polled with PING, never waited for with a fixed sleep.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator

_START_TIMEOUT_S = 10.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@contextlib.contextmanager
def running_redis() -> Iterator[str]:
    """Start ``redis-server`` on a free port of 127.0.0.1; yield ``redis://127.0.0.1:PORT/0``; kill it on exit."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not installed (apt-get install -y redis-server)")
    port = _free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + _START_TIMEOUT_S
        while not _ping(port):
            if process.poll() is not None:
                raise RuntimeError(f"redis-server exited with {process.returncode} during startup")
            if time.monotonic() > deadline:
                raise TimeoutError(f"redis-server did not answer PING within {_START_TIMEOUT_S} s")
            time.sleep(0.01)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.kill()
        process.wait(timeout=10)
