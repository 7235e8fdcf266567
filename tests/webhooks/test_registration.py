"""``ensure_webhook``: one registration per URL, reused when it matches, replaced when it does not."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from altoviz import AltovizClient
from altoviz.sandbox import SandboxServer
from altoviz.webhooks import WebhookType, ensure_webhook

from altoviz_client.api.webhooks import create_webhook, list_webhooks
from altoviz_client.models import WebhookInput

URL = "http://127.0.0.1:9/hooks"


@pytest.fixture
async def client(altoviz_sandbox: SandboxServer) -> AsyncIterator[AltovizClient]:
    async with AltovizClient(base_url=altoviz_sandbox.base_url, api_key=altoviz_sandbox.api_key) as client:
        yield client


async def test_reuses_a_registration_with_the_same_url_and_types(client: AltovizClient) -> None:
    first = await ensure_webhook(client, URL, ["InvoiceCreated", "CustomerUpdated"], "s1")
    again = await ensure_webhook(client, URL, [WebhookType.CUSTOMERUPDATED, "InvoiceCreated"], "s1")
    assert again.id == first.id
    assert len(await client.call(list_webhooks)) == 1


async def test_replaces_one_whose_types_or_secret_differ(client: AltovizClient) -> None:
    other = await ensure_webhook(client, "http://127.0.0.1:9/other", ["ProductCreated"], "s0")
    first = await ensure_webhook(client, URL, ["InvoiceCreated"], "s1")
    wider = await ensure_webhook(client, URL, ["InvoiceCreated", "InvoiceUpdated"], "s1")
    assert wider.id != first.id
    rotated = await ensure_webhook(client, URL, ["InvoiceCreated", "InvoiceUpdated"], "s2")
    assert rotated.id != wider.id
    hooks = await client.call(list_webhooks)
    assert sorted(h.id for h in hooks) == sorted([other.id, rotated.id])
    mine = next(h for h in hooks if h.url == URL)
    assert set(mine.types) == {WebhookType.INVOICECREATED, WebhookType.INVOICEUPDATED}
    assert mine.secret_key == "s2"


async def test_keeps_one_of_several_matching_registrations(client: AltovizClient) -> None:
    body = WebhookInput(name="dup", url=URL, types=[WebhookType.QUOTECREATED], secret_key="s")
    for _ in range(3):
        await client.call(create_webhook, body=body)
    kept = await ensure_webhook(client, URL, ["QuoteCreated"], "s")
    assert [h.id for h in await client.call(list_webhooks)] == [kept.id]


async def test_needs_a_type(client: AltovizClient) -> None:
    with pytest.raises(ValueError, match="event type"):
        await ensure_webhook(client, URL, [], "s")
