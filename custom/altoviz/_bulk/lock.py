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


class LockUnavailableError(Exception):
    """Another process holds the lock, or the file system cannot lock."""


def lock_exclusive(file: IO[Any]) -> None:
    """Lock ``file`` for this process, or raise ``LockUnavailableError`` at once (never waits)."""
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            # Locks one byte at offset 0, far enough ahead of any append to be a lock on the file as a whole.
            position = file.tell()
            file.seek(0)
            try:
                msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)
            finally:
                file.seek(position)
        else:
            import fcntl

            fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        raise LockUnavailableError(os.strerror(exc.errno) if exc.errno else str(exc)) from exc
