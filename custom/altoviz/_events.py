"""Typed events of the retry transport and the rate controller, and the hooks that subscribe to them.

In the manner of stamina's ``RetryHook``/``RetryDetails``: frozen dataclasses handed to plain callables.
``client.events.subscribe(hook)`` calls ``hook(event)`` for every event of that client; ``ClientStats``,
logging and the bulk engine's window are such subscribers. A hook that raises is logged and skipped: an
observer never breaks a request. Events carry method and path, never the query, headers or key.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import TypeAlias

logger = logging.getLogger("altoviz")


@dataclasses.dataclass(frozen=True)
class Attempted:
    """One attempt got an answer (``status``) or none (``status=None``: a connection error)."""

    method: str
    path: str
    attempt: int
    """0 for the first try, then 1, 2... for the retries."""
    status: int | None


@dataclasses.dataclass(frozen=True)
class RetryScheduled:
    """An attempt failed and the request will be sent again after ``wait`` seconds."""

    method: str
    path: str
    retry_num: int
    """1 for the first retry."""
    wait: float
    reason: str
    """``"429"``, ``"503"``, ``"connection error"``..."""


@dataclasses.dataclass(frozen=True)
class GaveUp:
    """The request is not retried any more: its budget is spent or the server asked for too long a wait."""

    method: str
    path: str
    attempts: int
    reason: str
    retry_after: float | None
    """The server's ``Retry-After`` of the last answer, in seconds, if it gave one."""


@dataclasses.dataclass(frozen=True)
class Throttled:
    """A 429. ``new_episode`` is False for refusals of requests sent before the last cut (same episode)."""

    cooldown: float
    """The shared cooldown it started, in seconds: the server's ``Retry-After``, or 0 without one."""
    new_episode: bool


@dataclasses.dataclass(frozen=True)
class RateChanged:
    """The paced rate changed: cut at a 429 episode, or grown 10 % since the last report."""

    old_rate: float | None
    """Requests per second; None before the first 429 (not paced, only a concurrency window)."""
    new_rate: float | None


Event: TypeAlias = Attempted | RetryScheduled | GaveUp | Throttled | RateChanged
EventHook: TypeAlias = Callable[[Event], object]
"""A callable taking one event; its return value is ignored."""


class EventBus:
    """The subscribers of one client, called in subscription order."""

    def __init__(self) -> None:
        # A tuple, replaced on (un)subscribe: emit, on every attempt, iterates it without copying it, and a
        # hook that unsubscribes during emit does not change the round in progress.
        self._hooks: tuple[EventHook, ...] = ()

    def subscribe(self, hook: EventHook) -> Callable[[], None]:
        """Call ``hook`` with every later event; return a function that unsubscribes it."""
        self._hooks = (*self._hooks, hook)

        def unsubscribe() -> None:
            if hook in self._hooks:
                hooks = list(self._hooks)
                hooks.remove(hook)
                self._hooks = tuple(hooks)

        return unsubscribe

    def emit(self, event: Event) -> None:
        """Hand ``event`` to every hook; a hook that raises is logged, and the others still run."""
        for hook in self._hooks:
            try:
                hook(event)
            except Exception:
                logger.exception("event hook %r failed on %r", hook, event)
