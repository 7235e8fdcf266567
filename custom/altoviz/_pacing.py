"""The asyncio shell around ``RateController``: it does the waiting, the controller does the deciding.

Every request of a client passes through one ``Pacer``: ``acquire`` waits, in arrival order, for the shared
cooldown, for room in the window (before the first 429) and for the paced send time (after it); ``answered``
feeds the outcome back and emits ``Throttled`` and ``RateChanged``; ``release`` gives the slot back and is
called in a ``finally``, so a cancelled request never keeps one.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from ._control import INITIAL_WINDOW, Change, Outcome, RateController, Ticket
from ._events import EventBus, RateChanged, Throttled

if TYPE_CHECKING:
    from ._store import RedisStore

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


def loop_time() -> float:
    """Return the running event loop's clock (virtual in tests)."""
    return asyncio.get_running_loop().time()


class Pacer:
    """Shared cooldown, concurrency window and learned rate of one client (see ``altoviz._control``).

    ``initial_window`` bounds the requests in flight until the first 429; ``min_rate`` and ``max_rate``
    bound the paced rate after it. Pass ``Pacer(initial_window=10_000, min_rate=10_000)`` for no pacing.
    With a ``store`` (``RedisStore``) the cooldown and the rate are those of every process using the store's
    key, and times are wall-clock seconds. ``exclusive`` says this pacer is the key's only user (the default
    with a store): a refused probe then costs no cut. Leave it off where another process may use the key.
    """

    def __init__(
        self,
        *,
        initial_window: int = INITIAL_WINDOW,
        min_rate: float = 0.5,
        max_rate: float = 10_000.0,
        clock: Clock | None = None,
        sleep: Sleep = asyncio.sleep,
        store: RedisStore | None = None,
        exclusive: bool | None = None,
    ) -> None:
        self.control = RateController(initial_window=initial_window, min_rate=min_rate, max_rate=max_rate)
        self.control.exclusive = store is not None if exclusive is None else exclusive  # see altoviz._control
        self.events = EventBus()
        """Subscribe here to ``Throttled`` and ``RateChanged`` (the client's ``events`` is this bus)."""
        self.store = store
        self._clock = clock or (time.time if store is not None else loop_time)
        self._sleep = sleep
        self._lock: asyncio.Lock | None = None
        self._room: asyncio.Event | None = None

    @property
    def rate(self) -> float | None:
        """The paced rate in requests per second; None until the first 429."""
        return self.control.rate

    def cooldown_remaining(self) -> float:
        """Seconds until the shared cooldown ends (0 when there is none)."""
        return max(0.0, self.control.cooldown_until - self._clock())

    def try_acquire(self) -> Ticket | None:
        """Take the permission to send if nothing is to be waited for (no store, nobody waiting); else None.

        The common case of ``acquire``, without a coroutine: the retry transport calls it on every attempt.
        """
        if self.store is None and (self._lock is None or not self._lock.locked()):
            now = self._clock()
            at = self.control.ready_at(now)
            if at is not None and at <= now:
                return self.control.send(now, held=False)
        return None

    async def acquire(self) -> Ticket:
        """Wait for the permission to send, in arrival order (asyncio.Lock is FIFO)."""
        ticket = self.try_acquire()
        if ticket is not None:
            return ticket
        if self._lock is None:  # created lazily: a Pacer may be built outside any event loop
            self._lock, self._room = asyncio.Lock(), asyncio.Event()
        assert self._room is not None
        held = False
        async with self._lock:
            while True:
                if self.store is not None:
                    await self.store.load(self.control)
                now = self._clock()
                at = self.control.ready_at(now)
                if at is None:
                    self._room.clear()
                    await self._room.wait()
                elif at > now:
                    held = True
                    await self._sleep(at - now)
                elif self.store is None:
                    return self.control.send(now, held=held)
                else:  # another process may have taken this send time since the load: check and take at once
                    ticket = await self.store.update(self.control, functools.partial(self._take, held=held))
                    if ticket is not None:
                        return ticket

    def _take(self, control: RateController, held: bool) -> Ticket | None:
        now = self._clock()
        at = control.ready_at(now)
        return control.send(now, held=held) if at is not None and at <= now else None

    def record(self, ticket: Ticket, outcome: Outcome) -> bool:
        """``answered`` without a store, without a coroutine; return False (and do nothing) with a store."""
        if self.store is not None:
            return False
        if (change := self.control.answered(ticket, self._clock(), outcome)) is not None:  # most answers: None
            self._publish(change, outcome)
        return True

    async def answered(self, ticket: Ticket, outcome: Outcome) -> None:
        """Feed an attempt's outcome to the controller and emit what it changed."""
        if self.record(ticket, outcome):
            return
        assert self.store is not None
        change = await self.store.update(self.control, lambda c: c.answered(ticket, self._clock(), outcome))
        self._publish(change, outcome)

    def _publish(self, change: Change | None, outcome: Outcome) -> None:
        if change is not None and outcome.status == 429:
            self.events.emit(Throttled(change.cooldown, change.new_episode))
        if change is not None and change.new_rate != change.old_rate:
            self.events.emit(RateChanged(change.old_rate, change.new_rate))

    def release(self) -> None:
        """Give back the slot of an answered, failed or cancelled request."""
        self.control.release()
        if self._room is not None:
            self._room.set()
