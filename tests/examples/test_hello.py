"""examples/hello.py runs against a real sandbox over HTTP."""

from __future__ import annotations

import logging
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from load_script import load_script  # tests/ is on sys.path (pyproject: pythonpath)

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "hello.py"


def load_example() -> ModuleType:
    return load_script(EXAMPLE, "hello_example")


async def test_hello_against_the_sandbox(altoviz_sandbox: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="examples.hello")
    hello = load_example()
    assert await hello.say_hello(altoviz_sandbox.base_url, altoviz_sandbox.api_key) == 0
    assert "-> 200" in caplog.text


async def test_hello_with_a_wrong_key_fails_without_showing_it(
    altoviz_sandbox: Any, caplog: pytest.LogCaptureFixture
) -> None:
    hello = load_example()
    wrong = "wrong-" + altoviz_sandbox.api_key[::-1]
    assert await hello.say_hello(altoviz_sandbox.base_url, wrong) == 1
    assert "401" in caplog.text
    assert wrong not in caplog.text
