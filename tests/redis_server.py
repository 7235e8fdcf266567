"""Start a real ``redis-server`` on a free loopback port for a test: ``with running_redis() as url: ...``.

No mocks: the store is tested against the server our users run. Debian's ``redis-server`` package provides
the binary (``.ci/run`` installs it when missing). Shared by every test that needs Redis.
"""

from __future__ import annotations

import contextlib
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator

import pytest

STARTUP_TIMEOUT = 10.0
"""Seconds to wait for the first PING answer: a cold start on a loaded CI machine."""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _pings(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    """A ``redis-server`` (no persistence) on a loopback port, which a test can stop, pause and start again."""

    def __init__(self, workdir: str, port: int | None = None) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.fail("redis-server is not installed: apt-get install -y redis-server (.ci/run does it)")
        self.binary, self.workdir, self.port = binary, workdir, port or _free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the server and return once it answers PING."""
        command = [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(
            [*command, "--dir", self.workdir], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not _pings(self.port):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not answer on port {self.port}")
            time.sleep(0.02)  # polling for readiness, not waiting for a result

    def stop(self) -> None:
        """Kill the server: connections are refused until ``start``."""
        if self.process is not None:
            self.process.send_signal(signal.SIGCONT)  # a paused server cannot die before it runs again
            self.process.kill()
            self.process.wait()
            self.process = None

    def pause(self) -> None:
        """Stop the server's process (SIGSTOP): connections open, and nothing answers, as on a hung host."""
        assert self.process is not None
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        """Let a paused server run again."""
        assert self.process is not None
        self.process.send_signal(signal.SIGCONT)


@contextlib.contextmanager
def redis_server() -> Iterator[RedisServer]:
    """Run a ``RedisServer``; stop it on exit."""
    with tempfile.TemporaryDirectory() as workdir:
        server = RedisServer(workdir)
        try:
            server.start()
            yield server
        finally:
            server.stop()


@contextlib.contextmanager
def running_redis() -> Iterator[str]:
    """Run ``redis-server`` (no persistence) on a free loopback port; yield its URL; kill it on exit."""
    with redis_server() as server:
        yield server.url
