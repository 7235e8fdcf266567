"""Acceptance: 1,000 forged deliveries, none reaches a handler, each gets 401 or 403, the secret is in no log."""

from __future__ import annotations

import logging
import random
from collections import Counter
from typing import Any

import httpx
import pytest
from altoviz.webhooks import ALTOVIZ_SOURCE_IPS, WebhookEvent, WebhookReceiver

from .conftest import delivery

FORGERIES = 1000
KINDS = ("missing", "wrong", "truncated", "case-changed", "other-ip")


def forged_headers(kind: str, secret: str, rng: random.Random) -> dict[str, str]:
    header = rng.choice(["X-Signature", "X-Altoviz-Signature"])
    if kind == "missing":
        return {"Content-Type": "text/plain"}
    if kind == "wrong":
        return {header: "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in secret)}
    if kind == "truncated":
        return {header: secret[: rng.randrange(len(secret))]}
    if kind == "case-changed":
        return {header: secret.swapcase()}
    return {header: secret}  # the right secret, from an address that is not Altoviz's


async def test_forgeries_never_reach_a_handler(secret: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    assert secret.swapcase() != secret
    hooks = WebhookReceiver(secret, source_ips=ALTOVIZ_SOURCE_IPS)
    reached: list[str] = []

    @hooks.on("CustomerCreated")
    async def handler(event: WebhookEvent[Any]) -> None:
        reached.append(event.id)

    rng = random.Random(2026)
    statuses: Counter[tuple[str, int]] = Counter()
    clients = {
        "altoviz": httpx.ASGITransport(app=hooks, client=(ALTOVIZ_SOURCE_IPS[0], 40000)),
        "other": httpx.ASGITransport(app=hooks, client=("198.51.100.7", 40000)),
    }
    for i in range(FORGERIES):
        kind = KINDS[i % len(KINDS)]
        transport = clients["other" if kind == "other-ip" else "altoviz"]
        async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as http:
            answer = await http.post("/", content=delivery(f"forged-{i}"), headers=forged_headers(kind, secret, rng))
        statuses[(kind, answer.status_code)] += 1
        assert secret not in answer.text
    # The same receiver still takes a genuine delivery: the forgeries did not poison the dedupe store.
    async with httpx.AsyncClient(transport=clients["altoviz"], base_url="http://receiver") as http:
        genuine = await http.post("/", content=delivery("forged-0"), headers={"X-Signature": secret})
    await hooks.aclose()

    per_kind = FORGERIES // len(KINDS)
    assert statuses == {
        **{(kind, 401): per_kind for kind in KINDS[:4]},
        ("other-ip", 403): per_kind,
    }
    assert genuine.status_code == 200
    assert reached == ["forged-0"]
    assert hooks.stats.refused == {"secret": 800, "source": 200}
    logged = "\n".join(f"{r.getMessage()} {r.args}" for r in caplog.records)
    assert len(caplog.records) >= FORGERIES
    assert secret not in logged
    assert secret.swapcase() not in logged
    assert secret[: len(secret) // 2] not in logged
