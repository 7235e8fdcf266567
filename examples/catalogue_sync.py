"""Catalogue sync: push a product catalogue into Altoviz, creating new SKUs and updating changed prices.

The SKU is the product's ``number`` (what invoices show) and also its ``internalId`` (what makes a create
safe to retry). Each item is looked up with ``Find?number=``; unknown SKUs are created, known ones are
updated with ``PUT`` only when the price or the name changed. A few items are synced at once: the client's
pacer and retries keep the pace the API accepts.

    python examples/catalogue_sync.py   # against ALTOVIZ_BASE_URL/ALTOVIZ_API_KEY, else a local sandbox
"""

from __future__ import annotations

import asyncio
import collections
import enum
import logging
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from altoviz import AltovizClient, APIConnectionError, BadRequestError, ServerError

from altoviz_client.api.products import create_product, find_products
from altoviz_client.models import (
    Product,
    ProductInput,
)

log = logging.getLogger("examples.catalogue_sync")

CONCURRENCY = 8
"""Items synced at once: enough to hide latency, few enough to stay polite."""
ATTEMPTS = 4


@dataclass(frozen=True)
class CatalogueItem:
    """One product of the shop's catalogue, the source of truth."""

    sku: str
    name: str
    unit_price: float


class Change(enum.Enum):
    """What syncing one item did."""

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


async def find_by_sku(client: AltovizClient, sku: str) -> Product | None:
    """Return the product whose number is ``sku``, or None."""
    found = await client.call(find_products, number=sku)
    return found[0] if found else None


async def create_once(client: AltovizClient, item: CatalogueItem) -> None:
    """Create the product; after an unclear failure, look it up before sending the create again."""
    body = ProductInput(internal_id=item.sku, number=item.sku, name=item.name, unit_price=item.unit_price)
    for attempt in range(1, ATTEMPTS + 1):
        try:
            await client.call(create_product, body=body)
            return
        except (APIConnectionError, ServerError, BadRequestError) as exc:
            # A lost answer or a 5xx may hide a create that committed; a 400 may say the SKU is taken.
            if await find_by_sku(client, item.sku) is not None:
                return
            if isinstance(exc, BadRequestError) or attempt == ATTEMPTS:
                raise
            log.warning("create %s: attempt %d failed (%s), trying again", item.sku, attempt, exc)


async def sync_item(client: AltovizClient, item: CatalogueItem) -> Change:
    """Create the product, update its price and name, or leave it alone."""
    product = await find_by_sku(client, item.sku)
    if product is None:
        await create_once(client, item)
        log.info("%s: created at %.2f", item.sku, item.unit_price)
        return Change.CREATED
    if product.unit_price == item.unit_price and product.name == item.name:
        return Change.UNCHANGED
    old_price = product.unit_price
    # An update replaces the record: the product as read (its write fields only), with the new name and price.
    # Fields read back as null are left out rather than sent as null: the API refuses null for an object.
    body = ProductInput.from_dict({key: value for key, value in product.to_dict().items() if value is not None})
    body.unit_price, body.name = item.unit_price, item.name
    # PUT is idempotent: the client retries it on its own after a 5xx or a lost answer.
    await client.products.update(product.id, body)
    log.info("%s: price %s -> %.2f", item.sku, old_price, item.unit_price)
    return Change.UPDATED


async def sync_catalogue(client: AltovizClient, items: Iterable[CatalogueItem]) -> dict[Change, int]:
    """Sync every item, ``CONCURRENCY`` at a time; return how many were created, updated, unchanged."""
    gate = asyncio.Semaphore(CONCURRENCY)

    async def bounded(item: CatalogueItem) -> Change:
        async with gate:
            return await sync_item(client, item)

    changes = await asyncio.gather(*(bounded(item) for item in items))
    counts = collections.Counter(changes)
    return {change: counts[change] for change in Change}


SAMPLE_CATALOGUE = (
    CatalogueItem("SKU-001", "A4 paper, 500 sheets", 6.90),
    CatalogueItem("SKU-002", "Stapler", 12.50),
    CatalogueItem("SKU-003", "Desk lamp", 39.00),
)


async def main(base_url: str, api_key: str, catalogue: Sequence[CatalogueItem] = SAMPLE_CATALOGUE) -> dict[Change, int]:
    """Sync ``catalogue`` into the account."""
    async with AltovizClient(api_key=api_key, base_url=base_url) as client:
        return await sync_catalogue(client, catalogue)


async def _run() -> int:
    base_url, api_key = os.environ.get("ALTOVIZ_BASE_URL"), os.environ.get("ALTOVIZ_API_KEY")
    if base_url and api_key:
        counts = await main(base_url, api_key)
    else:
        from altoviz.sandbox import serve

        log.info("ALTOVIZ_BASE_URL and ALTOVIZ_API_KEY are not set: starting a local sandbox")
        async with serve() as sandbox:
            await main(sandbox.base_url, sandbox.api_key)
            # The shop raised a price and added a SKU: the second run updates one and creates one.
            repriced = [*SAMPLE_CATALOGUE[:2], CatalogueItem("SKU-003", "Desk lamp", 42.00)]
            counts = await main(sandbox.base_url, sandbox.api_key, [*repriced, CatalogueItem("SKU-004", "Pen", 1.2)])
    print(", ".join(f"{count} {change.value}" for change, count in counts.items()))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request would drown the story
    sys.exit(asyncio.run(_run()))
