"""What ``altoviz webhook`` does, apart from its arguments: list, create, delete, trigger.

Kept free of argparse so that the command's parser can change (or move to another library) without
touching this logic, and so that tests call it directly.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from altoviz_client.models.webhook import Webhook
from altoviz_client.models.webhook_type import WebhookType
from altoviz_client.types import Unset

from .._client import AltovizClient
from ..webhooks.samples import sample_delivery
from ..webhooks.security import DEFAULT_SECRET_HEADERS


class WebhookInputError(ValueError):
    """Arguments or a ``--file`` that do not describe a webhook."""


def webhook_types(values: Iterable[str]) -> list[WebhookType]:
    """Parse ``--type`` values (repeated or comma separated); the spec's names, any case."""
    by_key = {t.value.lower(): t for t in WebhookType}
    types: list[WebhookType] = []
    for value in values:
        for part in filter(None, (p.strip() for p in value.split(","))):
            found = by_key.get(part.lower())
            if found is None:
                valid = ", ".join(t.value for t in WebhookType)
                raise WebhookInputError(f"unknown webhook type {part!r}: expected one of {valid}")
            if found not in types:
                types.append(found)
    return types


def webhook_from_file(path: Path) -> Webhook:
    """Read a webhook (``{"name", "url", "types", "secretKey"}``) from a JSON file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise WebhookInputError(f"{path}: not JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(data, dict) or not all(isinstance(data.get(k), (str, list)) for k in ("name", "url", "types")):
        raise WebhookInputError(f"{path}: expected an object with name, url and types")
    return Webhook(
        name=data["name"],
        url=data["url"],
        types=webhook_types(data["types"]),
        secret_key=data.get("secretKey"),
    )


async def list_hooks(client: AltovizClient) -> list[Webhook]:
    """Return every registered webhook."""
    return await client.webhooks.list()


async def create_hook(client: AltovizClient, hook: Webhook) -> Webhook:
    """Register a webhook; return it as Altoviz stored it."""
    if not hook.types:
        raise WebhookInputError("give at least one --type")
    return await client.webhooks.create(hook)


async def delete_hook(client: AltovizClient, id_or_url: str) -> Webhook:
    """Unregister the webhook with this numeric id or this URL."""
    if id_or_url.isdigit():
        return await client.webhooks.delete(id=int(id_or_url))
    return await client.webhooks.delete(url_query=id_or_url)


def hook_rows(hooks: Sequence[Webhook]) -> list[tuple[str, str, str, str, str]]:
    """Table rows ``(id, name, url, types, secret)``; the secret only as ``set`` or ``-``."""
    return [
        (
            "-" if isinstance(h.id, Unset) else str(h.id),
            h.name,
            h.url,
            ",".join(t.value for t in h.types),
            "set" if isinstance(h.secret_key, str) and h.secret_key else "-",
        )
        for h in hooks
    ]


def hook_json(hook: Webhook) -> dict[str, Any]:
    """Return a webhook as JSON, its secret masked."""
    data = hook.to_dict()
    if data.get("secretKey"):
        data["secretKey"] = "***"
    return data


@dataclass(frozen=True)
class TriggerResult:
    """What the endpoint answered to a sample event."""

    status: int
    body: str
    event: dict[str, Any]


async def trigger(
    event_type: str, to: str, secret: str | None = None, header: str = DEFAULT_SECRET_HEADERS[0], timeout: float = 10
) -> TriggerResult:
    """POST one sample event of ``event_type`` to ``to``, as Altoviz would (``text/plain``, secret in ``header``)."""
    body = sample_delivery(event_type)
    headers = {"Content-Type": "text/plain; charset=utf-8"}
    if secret:
        headers[header] = secret
    async with httpx.AsyncClient(timeout=timeout) as http:
        answer = await http.post(to, content=body, headers=headers)
    return TriggerResult(answer.status_code, answer.text[:500], json.loads(body))
