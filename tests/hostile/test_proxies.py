"""Proxies: from the environment (HTTP(S)_PROXY) for the SDK's own client, and a user client's own, with retries."""

from __future__ import annotations

import asyncio
import json
import random

import httpx
import pytest
from altoviz import AltovizClient, APIConnectionError, Pacer
from altoviz.sandbox.completion import as_sent

from altoviz_client.api.customers import get_customer
from altoviz_client.models.customer import Customer

from .loopback import SeenRequest, head, loopback

KEY = "sk_proxy_Vb7Nq3ZsL9kWx2Tc"
CUSTOMER = json.dumps(as_sent(Customer, {"id": 1, "name": "Acme"})).encode()


def pacer() -> Pacer:
    return Pacer(initial_window=10_000, min_rate=10_000)


def forward_proxy(statuses: list[int]):  # type: ignore[no-untyped-def]
    """A forward proxy standing in for the upstream too: it answers absolute-form requests itself."""
    answers = iter(statuses)

    async def answer(request: SeenRequest, writer: asyncio.StreamWriter) -> None:
        status = next(answers)
        body = CUSTOMER if status == 200 else b""
        writer.write(head(status, {"Content-Length": str(len(body))}) + body)

    return answer


async def test_http_proxy_from_the_environment_is_used_with_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    async with loopback(forward_proxy([503, 200])) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.origin)
        async with AltovizClient(
            KEY, base_url="http://api.altoviz.test", allow_insecure_http=True, pacer=pacer(), rng=random.Random(0)
        ) as client:
            customer = await client.call(get_customer, id=1)
    assert customer.id == 1
    assert [r.target for r in proxy.requests] == ["http://api.altoviz.test/v1/Customers/1"] * 2
    assert client.stats.requests == 2
    assert client.stats.retries == 1


async def test_https_proxy_from_the_environment_gets_the_connect(monkeypatch: pytest.MonkeyPatch) -> None:
    # The proxy refuses the tunnel: the request went through it, and the refusal is a typed, retried error.
    async with loopback(forward_proxy([502, 502])) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.origin)
        async with AltovizClient(
            KEY, base_url="https://api.altoviz.test", pacer=pacer(), max_retries=1, rng=random.Random(0)
        ) as client:
            with pytest.raises(APIConnectionError):
                await client.call(get_customer, id=1)
    assert [(r.method, r.target) for r in proxy.requests] == [("CONNECT", "api.altoviz.test:443")] * 2
    assert all("x-api-key" not in r.headers for r in proxy.requests)  # the key travels inside the tunnel only
    assert client.stats.requests == 2


async def test_a_user_clients_proxy_is_used_with_retries() -> None:
    async with loopback(forward_proxy([503, 200])) as proxy, httpx.AsyncClient(proxy=proxy.origin) as mine:
        client = AltovizClient(
            KEY,
            base_url="http://api.altoviz.test",
            allow_insecure_http=True,
            http_client=mine,
            pacer=pacer(),
            rng=random.Random(0),
        )
        customer = await client.call(get_customer, id=1)
    assert customer.id == 1
    assert len(proxy.requests) == 2
    assert client.stats.requests == 2
    assert client.stats.retries == 1


async def test_no_proxy_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    async with loopback(forward_proxy([200])) as proxy, loopback(forward_proxy([200])) as api:
        monkeypatch.setenv("HTTP_PROXY", proxy.origin)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        async with AltovizClient(KEY, base_url=api.origin, pacer=pacer()) as client:
            await client.call(get_customer, id=1)
    assert proxy.requests == []
    assert len(api.requests) == 1
