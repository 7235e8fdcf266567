"""Serving an ASGI app over real HTTP from its own thread and event loop, as the sandbox runs.

The app's loop is uvicorn's choice (uvloop when installed), as in production. Handlers run on that loop:
tests read what they recorded after ``AppServer.run(receiver.join())``, or poll with ``wait_for``.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Callable, Coroutine, Iterator
from typing import Any, TypeVar

import uvicorn
from altoviz.sandbox.server import _run_with_loop_factory, bind_socket

T = TypeVar("T")
_START_TIMEOUT_S = 10.0


class AppServer:
    """An app served on a free loopback port; ``url`` is its base URL."""

    def __init__(self, url: str, server: uvicorn.Server) -> None:
        self.url = url
        self.server = server
        self.loop: asyncio.AbstractEventLoop | None = None

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 30.0) -> T:
        """Run a coroutine on the app's loop (e.g. ``receiver.join()``) and return its result."""
        assert self.loop is not None
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    async def arun(self, coro: Coroutine[Any, Any, T], timeout: float = 30.0) -> T:
        """``run`` without blocking the calling loop."""
        return await asyncio.to_thread(self.run, coro, timeout)


@contextlib.contextmanager
def serving(app: Any, *, lifespan: str = "off", sock: socket.socket | None = None) -> Iterator[AppServer]:
    """Run ``app`` under uvicorn in a background thread on ``sock``, by default a free loopback port."""
    sock = sock or bind_socket()
    host, port = sock.getsockname()[:2]
    config = uvicorn.Config(app, lifespan=lifespan, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    served = AppServer(f"http://{host}:{port}", server)

    def main() -> None:
        async def serve() -> None:
            served.loop = asyncio.get_running_loop()
            await server.serve(sockets=[sock])

        _run_with_loop_factory(serve(), config.get_loop_factory())

    thread = threading.Thread(target=main, name=f"test-app-{port}", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + _START_TIMEOUT_S
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the app server did not start")
            time.sleep(0.005)
        yield served
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


async def wait_for(condition: Callable[[], bool], what: str, timeout: float = 20.0) -> None:
    """Poll ``condition`` until it holds; fail after ``timeout`` seconds (a bound, not a timing)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)
