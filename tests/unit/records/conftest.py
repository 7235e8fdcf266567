from __future__ import annotations

from pathlib import Path

import pytest

from .support import WriteFile


@pytest.fixture
def write_file(tmp_path: Path) -> WriteFile:
    """Write text (as UTF-8) or raw bytes to a file in tmp_path and return its path."""

    def write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(content.encode() if isinstance(content, str) else content)
        return path

    return write
