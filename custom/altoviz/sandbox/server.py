"""Running a sandbox: uvicorn in a background thread, on a socket bound before it starts.

Binding the socket first (port 0 picks a free one) means the base URL is known before the server
runs and no other process can take the port in between. Heavy imports happen in ``start`` so that
importing this module (as the pytest plugin does) needs nothing beyond the standard library.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import socket
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any

from .config import FaultConfig, SandboxConfig

if TYPE_CHECKING:
    import uvicorn

    from .state import SandboxState

logger = logging.getLogger(__name__)

_START_TIMEOUT_S = 15.0


def bind_socket(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """Return a listening TCP socket; port 0 asks the system for a free one."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def make_server(state: SandboxState, *, access_log: bool = False, log_level: str = "warning") -> uvicorn.Server:
    """Return a uvicorn server for ``state`` whose protocol lets the fault code reset connections."""
    import uvicorn

    from .app import build_app
    from .connection import protocol_class

    config = uvicorn.Config(
        build_app(state),
        http=protocol_class(),
        loop="auto",
        lifespan="on",  # the app's shutdown closes the webhook deliverer's HTTP client
        access_log=access_log,
        log_level=log_level,
        # The sandbox must answer fast, also under a flood of connections from one test.
        backlog=2048,
        timeout_keep_alive=30,
    )
    return uvicorn.Server(config)


class SandboxServer:
    """A sandbox running in a background thread of this process.

    Use it as a context manager (``with SandboxServer(...) as sb:``) or through ``serve()``. The key
    is available as ``api_key`` but never shown in the repr.
    """

    def __init__(self, config: SandboxConfig | None = None, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.config = config or SandboxConfig(api_key=secrets.token_urlsafe(24))
        self._host, self._port = host, port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._state: SandboxState | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.base_url = ""

    def __repr__(self) -> str:
        return f"SandboxServer(base_url={self.base_url!r}, config={self.config!r})"

    @property
    def api_key(self) -> str:
        """The key the sandbox accepts in ``X-API-KEY``."""
        return self.config.api_key

    @property
    def state(self) -> SandboxState:
        """The live state (records, limiter, faults): for inspection in tests."""
        if self._state is None:
            raise RuntimeError("the sandbox is not running")
        return self._state

    def start(self) -> SandboxServer:
        """Start serving; returns once the server answers its health check."""
        from .state import SandboxState

        self._socket = bind_socket(self._host, self._port)
        host, port = self._socket.getsockname()[:2]
        self.base_url = f"http://{host}:{port}"
        self._state = SandboxState(self.config)
        self._server = make_server(self._state)
        self._thread = threading.Thread(target=self._run, name=f"altoviz-sandbox-{port}", daemon=True)
        self._thread.start()
        self._wait_until_ready()
        logger.info("Altoviz sandbox serving at %s", self.base_url)
        return self

    def _run(self) -> None:
        server, sock = self._server, self._socket
        assert server is not None
        assert sock is not None

        async def main() -> None:
            # Remember the loop so that configure() can run its changes on it.
            self._loop = asyncio.get_running_loop()
            await server.serve(sockets=[sock])

        _run_with_loop_factory(main(), server.config.get_loop_factory())

    def _wait_until_ready(self) -> None:
        # Poll the server's own readiness flag: no fixed sleep, no guess at how long startup takes.
        deadline = time.monotonic() + _START_TIMEOUT_S
        assert self._server is not None
        assert self._thread is not None
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the sandbox server stopped during startup")
            if time.monotonic() > deadline:
                raise TimeoutError(f"the sandbox did not start within {_START_TIMEOUT_S} s")
            time.sleep(0.005)

    def stop(self) -> None:
        """Stop serving and wait for the thread to end."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = self._socket = self._loop = None

    def _call(self, func: Any, *args: Any) -> Any:
        # State belongs to the server's loop: changes from the test's thread are run there.
        if self._loop is None:
            return func(*args)

        async def run() -> Any:
            return func(*args)

        return asyncio.run_coroutine_threadsafe(run(), self._loop).result(timeout=10)

    def configure(self, **changes: Any) -> SandboxConfig:
        """Change settings while running; returns the new settings.

        Accepts ``limiter``, ``rate``, ``burst``, ``window``, ``penalty``, ``retry_after``, ``seed``, page
        sizes, ``pdf_size``, and any ``FaultConfig`` field (flat, e.g. ``error_rate=0.2``, or as ``faults={...}``).
        """
        if isinstance(changes.get("faults"), FaultConfig):
            changes["faults"] = {k: getattr(changes["faults"], k) for k in FaultConfig.__dataclass_fields__}
        self.config = self._call(self.state.apply, changes)
        return self.config

    def reset(self, **changes: Any) -> None:
        """Forget all records and refill the rate limit; apply ``changes`` (as ``configure``) first."""
        if changes:
            self.configure(**changes)
        self._call(self.state.reset)

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def _run_with_loop_factory(
    coro: Coroutine[Any, Any, None], factory: Callable[[], asyncio.AbstractEventLoop] | None
) -> None:
    # uvicorn picks the loop (uvloop when installed); asyncio.Runner takes it from 3.11 on.
    if sys.version_info >= (3, 11):
        with asyncio.Runner(loop_factory=factory) as runner:
            runner.run(coro)
        return
    loop = factory() if factory is not None else asyncio.new_event_loop()  # pragma: no cover - Python 3.10
    try:
        loop.run_until_complete(coro)
    finally:
        loop.close()


def config_from(
    api_key: str | None = None, faults: FaultConfig | Mapping[str, Any] | None = None, **settings: Any
) -> SandboxConfig:
    """Return a ``SandboxConfig`` from keyword settings; a missing key is generated."""
    if isinstance(faults, Mapping):
        faults = FaultConfig(**faults)
    key = api_key or secrets.token_urlsafe(24)
    return SandboxConfig(api_key=key, faults=faults or FaultConfig(), **settings)


@contextlib.asynccontextmanager
async def serve(
    *, api_key: str | None = None, faults: FaultConfig | Mapping[str, Any] | None = None, **settings: Any
) -> AsyncIterator[SandboxServer]:
    """Run a sandbox on a free port for the duration of an ``async with`` block.

    ``settings`` are ``SandboxConfig`` fields (``limiter``, ``rate``, ``burst``, ``window``, ``penalty``,
    ``retry_after``, ``seed``, ...)::

        async with altoviz.sandbox.serve(rate=20, burst=5, seed=1) as sb:
        async with altoviz.sandbox.serve(limiter="sliding-window", rate=10, window=3, retry_after="none") as sb:
            client = httpx.AsyncClient(base_url=sb.base_url, headers={"X-API-KEY": sb.api_key})
    """
    server = SandboxServer(config_from(api_key, faults, **settings))
    await asyncio.to_thread(server.start)
    try:
        yield server
    finally:
        await asyncio.to_thread(server.stop)
