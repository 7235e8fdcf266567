"""The pager against the sandbox under each paging convention: every item once and in order, unconfigured."""

from __future__ import annotations

import httpx
import pytest
from altoviz import AltovizClient
from altoviz.sandbox import SandboxServer

from altoviz_client.api.customers import list_customers

from .conftest import seed_customers

MODES = {
    "zero-based": {"first_page_index": 0},
    "one-based-clamping": {"first_page_index": 1, "below_first_page": "clamp"},
    "one-based-refusing-zero": {"first_page_index": 1, "below_first_page": "reject"},
}


@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize(("total", "page_size", "prefetch"), [(0, 10, 0), (95, 10, 0), (100, 10, 3), (257, 100, 2)])
async def test_every_customer_once_under_each_convention(
    altoviz_sandbox: SandboxServer, client: AltovizClient, mode: str, total: int, page_size: int, prefetch: int
) -> None:
    altoviz_sandbox.configure(**MODES[mode])
    seed_customers(altoviz_sandbox, total)
    ids = [c.id async for c in client.paginate(list_customers, page_size=page_size).prefetch(prefetch)]
    assert ids == list(range(1, total + 1))


async def test_the_sandbox_refuses_an_index_below_the_first_when_told_to(altoviz_sandbox: SandboxServer) -> None:
    altoviz_sandbox.configure(first_page_index=1, below_first_page="reject")
    async with httpx.AsyncClient(
        base_url=altoviz_sandbox.base_url, headers={"X-API-KEY": altoviz_sandbox.api_key}
    ) as http:
        refused = await http.get("/v1/Customers", params={"PageIndex": 0})
        first = await http.get("/v1/Customers", params={"PageIndex": 1})
    assert refused.status_code == 400
    assert "PageIndex" in refused.json()["detail"]
    assert first.status_code == 200
