"""mypy infers each call's result from the generated operation passed in, and rejects wrong arguments."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

api = pytest.importorskip("mypy.api")

CASES = Path(__file__).with_name("typing_cases.py")


def test_mypy_infers_results_and_rejects_wrong_calls() -> None:
    stdout, stderr, _ = api.run(["--strict", "--no-incremental", "--follow-imports=silent", str(CASES)])
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    lines = CASES.read_text().splitlines()
    expected = {n for n, line in enumerate(lines, start=1) if "# E:" in line}
    reported = {int(m.group(1)) for line in errors if (m := re.search(r":(\d+): error:", line))}
    assert reported == expected, stdout + stderr
