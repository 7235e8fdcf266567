"""examples/catalogue_sync.py: new SKUs are created, changed prices updated, the rest left alone."""

from __future__ import annotations

import catalogue_sync
from altoviz.sandbox import SandboxServer
from catalogue_sync import CatalogueItem, Change


def prices(sandbox: SandboxServer) -> dict[str, float]:
    return {str(p["number"]): float(p["unitPrice"]) for p in sandbox.state.store.collection("products")}


async def test_creates_then_updates_only_what_changed(altoviz_sandbox: SandboxServer) -> None:
    url, key = altoviz_sandbox.base_url, altoviz_sandbox.api_key
    first = await catalogue_sync.main(url, key)
    catalogue = [
        CatalogueItem("SKU-001", "A4 paper, 500 sheets", 6.90),
        CatalogueItem("SKU-002", "Stapler", 13.00),
        CatalogueItem("SKU-003", "Desk lamp", 39.00),
        CatalogueItem("SKU-004", "Pen", 1.20),
    ]

    second = await catalogue_sync.main(url, key, catalogue)

    assert first == {Change.CREATED: 3, Change.UPDATED: 0, Change.UNCHANGED: 0}
    assert second == {Change.CREATED: 1, Change.UPDATED: 1, Change.UNCHANGED: 2}
    assert prices(altoviz_sandbox) == {"SKU-001": 6.90, "SKU-002": 13.00, "SKU-003": 39.00, "SKU-004": 1.20}


async def test_a_lost_create_answer_makes_no_duplicate(altoviz_sandbox: SandboxServer) -> None:
    altoviz_sandbox.configure(drop_create_rate=1.0)

    counts = await catalogue_sync.main(altoviz_sandbox.base_url, altoviz_sandbox.api_key)

    assert counts[Change.CREATED] == 3
    assert sorted(prices(altoviz_sandbox)) == ["SKU-001", "SKU-002", "SKU-003"]
