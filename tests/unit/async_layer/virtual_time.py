"""An asyncio event loop on a virtual clock: sleeps and timeouts take no real time.

When nothing is ready to run, the loop jumps its clock to the next timer instead of waiting for it. Every
``asyncio.sleep``, ``loop.time()`` and call_later in the code under test follows the virtual clock, so retry,
cooldown and pacing tests are deterministic and instant. Real I/O still works (the selector is polled
without blocking), but tests here use in-memory transports only.
"""

from __future__ import annotations

import asyncio
import selectors
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class _JumpingSelector(selectors.DefaultSelector):
    def __init__(self) -> None:
        super().__init__()
        self.now = 0.0

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        events = super().select(0)
        if not events and timeout is not None and timeout > 0:
            self.now += timeout
        elif not events and timeout is None:
            # Nothing scheduled: only another thread (asyncio.to_thread) can wake us. Wait for it for real.
            events = super().select(None)
        return events


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    """A selector event loop whose ``time()`` is virtual."""

    def __init__(self) -> None:
        self._jumping = _JumpingSelector()
        super().__init__(self._jumping)

    def time(self) -> float:
        return self._jumping.now


def run_virtual(coro: Coroutine[Any, Any, T]) -> T:
    """Run ``coro`` to completion on a fresh virtual-time loop."""
    loop = VirtualTimeLoop()
    try:
        return loop.run_until_complete(coro)
    finally:
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
