"""Typed events of the retry transport and the rate controller, and the hooks that subscribe to them.

In the manner of stamina's ``RetryHook``/``RetryDetails``: frozen dataclasses handed to plain callables.
``client.events.subscribe(hook)`` calls ``hook(event)`` for every event of that client; logging and the
bulk engine's window are such subscribers, and ``ClientStats`` subscribes through ``count_attempts``, which
builds no event (an ``Attempted`` is built only while a hook takes it). A hook that raises is logged and
skipped: an observer never breaks a request. Events carry method and path, never the query, headers or key.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import TypeAlias

logger = logging.getLogger("altoviz")


@dataclasses.dataclass(frozen=True, init=False)
class Attempted:
    """One attempt got an answer (``status``) or none (``status=None``: a connection error)."""

    method: str
    path: str
    attempt: int
    """0 for the first try, then 1, 2... for the retries."""
    status: int | None

    def __init__(self, method: str, path: str, attempt: int, status: int | None) -> None:
        # One per attempt: the fields go straight to __dict__, half the cost of the frozen dataclass's
        # object.__setattr__ per field. Frozen all the same: setting an attribute afterwards still raises.
        fields = self.__dict__
        fields["method"], fields["path"], fields["attempt"], fields["status"] = method, path, attempt, status


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


@dataclasses.dataclass(frozen=True)
class StoreStatus:
    """The shared rate store (``RedisStore``) failed, and this process paces alone, or it answers again."""

    available: bool
    error: str | None
    """Why it failed: the error's type and message (they name host and port, never the URL); None when back."""


Event: TypeAlias = Attempted | RetryScheduled | GaveUp | Throttled | RateChanged | StoreStatus
EventHook: TypeAlias = Callable[[Event], object]
"""A callable taking one event; its return value is ignored."""
AttemptCounter: TypeAlias = Callable[[int, "int | None"], object]
"""A callable taking an attempt's number (0: the first try) and its status (None: no answer)."""


class EventBus:
    """The subscribers of one client, called in subscription order."""

    def __init__(self) -> None:
        # Tuples, replaced on (un)subscribe: emit, on every attempt, iterates one without copying it, and a
        # hook that unsubscribes during emit does not change the round in progress.
        self._hooks: tuple[EventHook, ...] = ()
        self._attempt_hooks: tuple[EventHook, ...] = ()
        self._counters: tuple[AttemptCounter, ...] = ()

    @property
    def hears_attempts(self) -> bool:
        """Whether a hook takes ``Attempted``: the retry transport builds one per attempt only then."""
        return bool(self._attempt_hooks)

    def count_attempts(self, counter: AttemptCounter) -> None:
        """Call ``counter(attempt, status)`` for every attempt, with no event built: for tallies (``ClientStats``)."""
        self._counters = (*self._counters, counter)

    def count(self, attempt: int, status: int | None) -> None:
        """Hand one attempt's number and status (None: no answer) to every counter."""
        for counter in self._counters:
            counter(attempt, status)

    def subscribe(self, hook: EventHook, *, attempts: bool = True) -> Callable[[], None]:
        """Call ``hook`` with every later event; return a function that unsubscribes it.

        ``attempts=False``: every event but ``Attempted``, the one sent on every attempt, for a hook that
        would ignore it (the library's own log lines): no event is then built for a request answered at once.
        """
        self._hooks = (*self._hooks, hook)
        if attempts:
            self._attempt_hooks = (*self._attempt_hooks, hook)

        def unsubscribe() -> None:
            self._hooks = _without(self._hooks, hook)
            self._attempt_hooks = _without(self._attempt_hooks, hook)

        return unsubscribe

    def emit(self, event: Event) -> None:
        """Hand ``event`` to every hook; a hook that raises is logged, and the others still run."""
        for hook in self._attempt_hooks if isinstance(event, Attempted) else self._hooks:
            try:
                hook(event)
            except Exception:
                logger.exception("event hook %r failed on %r", hook, event)


def _without(hooks: tuple[EventHook, ...], hook: EventHook) -> tuple[EventHook, ...]:
    """``hooks`` less the first occurrence of ``hook``, if any."""
    if hook not in hooks:
        return hooks
    remaining = list(hooks)
    remaining.remove(hook)
    return tuple(remaining)
