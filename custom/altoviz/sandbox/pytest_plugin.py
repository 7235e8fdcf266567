"""pytest fixtures for testing code that talks to Altoviz, against a local sandbox.

Registered through the ``pytest11`` entry point, so installing ``altoviz-client[sandbox]`` is enough::

    def test_import(altoviz_sandbox):
        client = MyApp(base_url=altoviz_sandbox.base_url, api_key=altoviz_sandbox.api_key)

One server runs for the whole session (``altoviz_sandbox_server``); ``altoviz_sandbox`` hands it to
each test with no records, full rate-limit buckets and default settings (no rate limit, no faults),
so tests do not see each other. Change settings inside a test with ``altoviz_sandbox.configure(...)``.
Nothing heavy is imported until a fixture is used, so the plugin costs nothing to projects that
installed the SDK without the extra.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Any

import pytest

from .config import FaultConfig, SandboxConfig
from .server import SandboxServer

_DEFAULTS: dict[str, Any] = {
    "limiter": "token-bucket",
    "rate": 0.0,
    "burst": 100,
    "window": 1.0,
    "penalty": 3.0,
    "retry_after": "seconds",
    "first_page_index": 1,
    "default_page_size": 20,
    "max_page_size": 100,
    "pdf_size": 0,
    "seed": 0,
    "faults": {name: getattr(FaultConfig(), name) for name in FaultConfig.__dataclass_fields__},
}


@pytest.fixture(scope="session")
def altoviz_sandbox_server() -> Iterator[SandboxServer]:
    """One sandbox for the whole test session, on a free port of 127.0.0.1, with a generated key."""
    server = SandboxServer(SandboxConfig(api_key=secrets.token_urlsafe(24), rate=0.0))
    with server:
        yield server


@pytest.fixture
def altoviz_sandbox(altoviz_sandbox_server: SandboxServer) -> SandboxServer:
    """Return the session's sandbox, emptied and set back to defaults (no rate limit, no faults) for this test."""
    altoviz_sandbox_server.reset(**_DEFAULTS)
    return altoviz_sandbox_server
