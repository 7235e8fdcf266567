"""Registering a webhook once: ``ensure_webhook`` reuses a matching registration and replaces a stale one."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from altoviz_client.models.webhook import Webhook
from altoviz_client.models.webhook_type import WebhookType
from altoviz_client.types import Unset

from .._client import AltovizClient

logger = logging.getLogger("altoviz.webhooks")


async def ensure_webhook(
    client: AltovizClient,
    url: str,
    types: Iterable[str | WebhookType],
    secret: str | None = None,
    *,
    name: str | None = None,
) -> Webhook:
    """Make sure Altoviz delivers exactly ``types`` to ``url`` with ``secret``; return the registration.

    A registration with this URL and the same set of types (and, when the listing shows secrets, the same
    secret) is reused as it is. Any other registration of this URL is deleted and one new registration is
    made, so restarting an app never piles up duplicate deliveries.
    """
    wanted = {WebhookType(t) if isinstance(t, str) else t for t in types}
    if not wanted:
        raise ValueError("name at least one event type")
    existing = [hook for hook in await client.webhooks.list() if hook.url == url]
    for hook in existing:
        if set(hook.types) == wanted and _same_secret(hook, secret):
            for other in existing:
                if other is not hook and isinstance(other.id, int):
                    await client.webhooks.delete(id=other.id)
            return hook
    for hook in existing:
        logger.info("replacing webhook %s for %s: its types or secret differ", hook.id, url)
        if isinstance(hook.id, int):
            await client.webhooks.delete(id=hook.id)
        else:
            await client.webhooks.delete(url_query=url)
    body = Webhook(name=name or f"altoviz-client {url}", types=sorted(wanted, key=str), url=url, secret_key=secret)
    return await client.webhooks.create(body)


def _same_secret(hook: Webhook, secret: str | None) -> bool:
    # Altoviz may not list secrets back; a registration whose secret cannot be seen is taken as matching.
    listed = hook.secret_key
    if isinstance(listed, Unset) or listed is None:
        return True
    return listed == secret
