"""Driving the sandbox's webhook deliveries from a test."""

from __future__ import annotations

import dataclasses
from typing import Any

import httpx
from altoviz.sandbox import SandboxServer
from altoviz.sandbox.webhook_delivery import DeliveryConfig

from .support import wait_for


def admin(sandbox: SandboxServer) -> httpx.AsyncClient:
    """A plain client of the sandbox, for registrations and ``/_sandbox`` settings."""
    return httpx.AsyncClient(base_url=sandbox.base_url, headers={"X-API-KEY": sandbox.api_key})


async def configure_deliveries(sandbox: SandboxServer, **settings: Any) -> dict[str, Any]:
    """Set delivery settings, every one not given back to its default (the session's sandbox is shared)."""
    async with admin(sandbox) as http:
        answer = await http.patch(
            "/_sandbox/deliveries/config", json={**dataclasses.asdict(DeliveryConfig()), **settings}
        )
    answer.raise_for_status()
    result: dict[str, Any] = answer.json()
    return result


async def settled_attempts(sandbox: SandboxServer, timeout: float = 30.0) -> list[dict[str, Any]]:
    """Wait until every delivery is done, then return every attempt the sandbox recorded."""
    await wait_for(lambda: sandbox.state.deliveries.settled, "the sandbox's deliveries to settle", timeout)
    async with admin(sandbox) as http:
        view = (await http.get("/_sandbox/deliveries")).json()
    assert view["pending"] == 0
    attempts: list[dict[str, Any]] = view["attempts"]
    return attempts
