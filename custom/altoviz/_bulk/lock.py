"""An exclusive, non-blocking lock on an open file, held by the OS for as long as the file stays open.

The ledger takes one import at a time: two importers appending to one ledger would both send every record
and write each result twice. An OS lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) rather than a
lock file: the OS releases it when the process dies, however it dies (SIGKILL, power loss), so there is no
stale lock to detect and no pid to check. Network file systems that do not support ``flock`` make it
fail: that is reported as the lock being unavailable, never silently ignored.
"""

from __future__ import annotations

import os
import sys
from typing import IO, Any

_WINDOWS_LOCK_OFFSET = 0x7FFF_FFFF  # 2 GiB - 1: past any ledger, within a 32-bit signed offset


class LockUnavailableError(Exception):
    """Another process holds the lock, or the file system cannot lock."""


def lock_exclusive(file: IO[Any]) -> None:
    """Lock ``file`` for this process, or raise ``LockUnavailableError`` at once (never waits)."""
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            # Windows locks byte ranges, and a locked range cannot be read even through another handle of the
            # same process: lock one byte far past any ledger's end (allowed on Windows), so reading the
            # ledger and appending to it (O_APPEND writes at the end whatever the position) stay possible.
            fd = file.fileno()
            position = os.lseek(fd, 0, os.SEEK_CUR)
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            finally:
                os.lseek(fd, position, os.SEEK_SET)
        else:
            import fcntl

            fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        raise LockUnavailableError(os.strerror(exc.errno) if exc.errno else str(exc)) from exc
