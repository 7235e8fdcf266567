"""Shared test helpers for the record source."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

WriteFile = Callable[[str, "str | bytes"], Path]
"""The ``write_file`` fixture: (name, text or bytes) -> the written path."""
