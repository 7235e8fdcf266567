"""``mypy --strict`` over what users read and copy: the README's Python blocks, ``examples/``, user-style tests.

    python tests/examples/typecheck_user_code.py      # part of `make typecheck`, so of `make check`

A README block that awaits at top level (as in a notebook or ``python -m asyncio``) is checked inside an
``async def``; nothing else is changed. The quickstart block must be ``examples/quickstart.py`` itself.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
USER_CODE = [ROOT / "examples", ROOT / "tests" / "integration" / "test_resources.py"]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
TOP_LEVEL_AWAIT = re.compile(r"^(await |async (with|for) )", re.MULTILINE)


def python_blocks(text: str) -> list[str]:
    """The README's ```python blocks, in order."""
    return BLOCK.findall(text)


def as_module(block: str) -> str:
    """A block as a module mypy can check: top-level awaits go into an ``async def``."""
    if not TOP_LEVEL_AWAIT.search(block):
        return block
    lines = block.splitlines()
    imports = [line for line in lines if line.startswith(("import ", "from "))]
    body = [line for line in lines if line not in imports]
    return "\n".join([*imports, "", "", "async def _block() -> None:", textwrap.indent("\n".join(body), "    "), ""])


def main() -> int:
    """Write the blocks out and run mypy --strict over them and the user code."""
    blocks = python_blocks(README.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for index, block in enumerate(blocks):
            path = Path(tmp) / f"readme_block_{index}.py"
            path.write_text(as_module(block), encoding="utf-8")
            files.append(str(path))
        cmd = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *files, *map(str, USER_CODE)]
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    print(proc.stdout + proc.stderr, end="")
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
