"""Shared helpers for the sandbox tests. The ``altoviz_sandbox`` fixture comes from the package's own
pytest plugin (entry point ``pytest11``), so these tests also prove the plugin works."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from altoviz.sandbox import SandboxServer


@pytest.fixture
async def http(altoviz_sandbox: SandboxServer) -> AsyncIterator[httpx.AsyncClient]:
    """A raw httpx client for the per-test sandbox, with its key."""
    async with httpx.AsyncClient(
        base_url=altoviz_sandbox.base_url, headers={"X-API-KEY": altoviz_sandbox.api_key}, timeout=10
    ) as client:
        yield client
