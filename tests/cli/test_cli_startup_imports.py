"""What start-up imports (no timing: tests/ never assert on time; bench/cli_startup.py measures it)."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("click", "rich", "yaml", "keyring", "httpx", "attrs", "altoviz_client.models")

PROBE = """
import contextlib, io, json, sys
{body}
print(json.dumps([m for m in {heavy!r} if m in sys.modules]))
"""


def loaded(body: str) -> list[str]:
    code = PROBE.format(body=body, heavy=HEAVY)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return list(json.loads(out.stdout.strip().splitlines()[-1]))


def test_import_altoviz_needs_none_of_the_cli_libraries_nor_httpx() -> None:
    assert loaded("import altoviz") == []


def test_help_imports_click_alone() -> None:
    body = "from altoviz.cli import main\nwith contextlib.redirect_stdout(io.StringIO()):\n    main(['--help'])"
    assert loaded(body) == ["click"]
