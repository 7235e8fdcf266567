"""Hostile servers: each test starts the loopback servers it needs and stops them at its end."""

from __future__ import annotations

import pytest

PROXY_VARIABLES = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "no_proxy",
)


@pytest.fixture(autouse=True)
def no_proxy_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Proxies come only from the test that sets them, never from the machine running the suite."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
