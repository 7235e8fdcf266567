"""The README's code is real: its quickstart is examples/quickstart.py, and all of it passes mypy --strict."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

from load_script import load_script  # tests/ is on sys.path (pyproject: pythonpath)

ROOT = Path(__file__).resolve().parents[2]


def checker() -> ModuleType:
    return load_script(Path(__file__).with_name("typecheck_user_code.py"), "typecheck_user_code")


def test_the_readme_quickstart_is_the_example_file() -> None:
    blocks = checker().python_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    assert (ROOT / "examples" / "quickstart.py").read_text(encoding="utf-8") in blocks


def test_the_quickstart_needs_no_narrowing_and_two_import_lines() -> None:
    source = (ROOT / "examples" / "quickstart.py").read_text(encoding="utf-8")
    code = re.sub(r'"""(.|\n)*?"""', "", source)
    assert not re.search(r"\bcast\(|\bassert\b|isinstance\(|\bUnset\b", code)
    sdk_imports = [line for line in code.splitlines() if re.match(r"from altoviz(_client)?[ .]", line)]
    assert sdk_imports == [
        "from altoviz import AltovizClient, NotFoundError, RateLimitError, retry_options",
        "from altoviz_client.models import CustomerInput, CustomerType, InvoiceInput, SaleDocumentLineInput",
    ]


def test_top_level_awaits_are_checked_inside_a_coroutine() -> None:
    module = checker().as_module("import x\n\nasync with x.C() as c:\n    await c.go()\n")
    assert "async def _block() -> None:\n" in module
    assert module.startswith("import x\n")


def test_readme_blocks_examples_and_user_tests_pass_mypy_strict() -> None:
    assert checker().main() == 0
