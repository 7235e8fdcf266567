"""Progress on stderr for long work: a rich bar when rich is installed and stderr is a terminal, else plain lines.

rich is an optional extra (``altoviz-client[cli]``), not a runtime dependency of the SDK, so everything here
works without it. Progress goes to stderr so that ``altoviz export ... > file`` keeps stdout clean.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any, Protocol, TextIO

# A terminal line is redrawn often enough to look live; a log file (stderr not a terminal) gets far fewer lines.
_TTY_INTERVAL_S = 0.1
_LOG_INTERVAL_S = 5.0


class Progress(Protocol):
    """Where a command reports how far it got."""

    def update(
        self, done: int, total: int | None, *, failed: int = 0, rate: float | None = None, eta: float | None = None
    ) -> None:
        """Report ``done`` of ``total`` (None: unknown); rate and ETA are computed when not given."""

    def finish(self) -> None:
        """End the display (a final line for plain output)."""


def format_eta(seconds: float | None) -> str:
    """``1:05``, ``0:07``, or ``--:--`` when unknown."""
    if seconds is None or seconds != seconds or seconds < 0 or seconds == float("inf"):
        return "--:--"
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"


class _Meter:
    """Rate and ETA from the work done since the start, for callers that do not compute them."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._start = clock()

    def rate(self, done: int) -> float:
        elapsed = self._clock() - self._start
        return done / elapsed if elapsed > 0 else 0.0

    @staticmethod
    def eta(done: int, total: int | None, rate: float) -> float | None:
        if total is None or rate <= 0:
            return None
        return max(0, total - done) / rate


class PlainProgress:
    """One line on stderr: redrawn in place on a terminal, a new line every few seconds in a log."""

    def __init__(self, label: str, stream: TextIO, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._label = label
        self._stream = stream
        self._clock = clock
        self._meter = _Meter(clock)
        self._tty = stream.isatty()
        self._interval = _TTY_INTERVAL_S if self._tty else _LOG_INTERVAL_S
        self._last_shown: float | None = None
        self._line = ""
        self._shown_line = ""

    def update(
        self, done: int, total: int | None, *, failed: int = 0, rate: float | None = None, eta: float | None = None
    ) -> None:
        """Remember the state; show it when the last line is old enough."""
        rate = self._meter.rate(done) if rate is None else rate
        eta = self._meter.eta(done, total, rate) if eta is None else eta
        of = f"/{total}" if total is not None else ""
        failures = f", {failed} failed" if failed else ""
        eta_text = f" ETA {format_eta(eta)}" if total is not None else ""
        self._line = f"{self._label}: {done}{of}{failures} ({rate:.0f}/s{eta_text})"
        now = self._clock()
        if self._last_shown is None or now - self._last_shown >= self._interval:
            self._last_shown = now
            self._show(final=False)

    def _show(self, *, final: bool) -> None:
        self._shown_line = self._line
        if self._tty:
            self._stream.write(f"\r\x1b[K{self._line}" + ("\n" if final else ""))
        else:
            self._stream.write(self._line + "\n")
        self._stream.flush()

    def finish(self) -> None:
        """Show the final state if it was not shown yet, and end the line."""
        if self._line and (self._tty or self._line != self._shown_line):
            self._show(final=True)


class RichProgress:
    """A rich progress bar with count, rate and ETA."""

    def __init__(self, label: str, stream: TextIO) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self._meter = _Meter(time.monotonic)
        self._progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[detail]}"),
            console=Console(file=stream),
            transient=False,
        )
        self._task = self._progress.add_task(label, total=None, detail="")
        self._progress.start()

    def update(
        self, done: int, total: int | None, *, failed: int = 0, rate: float | None = None, eta: float | None = None
    ) -> None:
        """Move the bar."""
        rate = self._meter.rate(done) if rate is None else rate
        eta = self._meter.eta(done, total, rate) if eta is None else eta
        failures = f"{failed} failed  " if failed else ""
        detail = f"{failures}{rate:.0f}/s  ETA {format_eta(eta)}"
        fields: dict[str, Any] = {"detail": detail}
        self._progress.update(self._task, completed=done, total=total, **fields)

    def finish(self) -> None:
        """Stop redrawing; the last state stays on screen."""
        self._progress.stop()


def rich_available() -> bool:
    """Whether the optional rich package can be imported."""
    try:
        import rich.progress  # noqa: F401
    except ImportError:
        return False
    return True


@contextlib.contextmanager
def progress(label: str, *, enabled: bool = True, stream: TextIO | None = None) -> Iterator[Progress]:
    """Show progress for the block; ``enabled=False`` shows nothing."""
    out = stream or sys.stderr
    shown: Progress
    if not enabled:
        shown = _Silent()
    elif out.isatty() and rich_available():
        shown = RichProgress(label, out)
    else:
        shown = PlainProgress(label, out)
    try:
        yield shown
    finally:
        shown.finish()


class _Silent:
    def update(
        self, done: int, total: int | None, *, failed: int = 0, rate: float | None = None, eta: float | None = None
    ) -> None:
        pass

    def finish(self) -> None:
        pass
