"""The key goes to the API's origin and nowhere else, whoever follows a redirect and whoever built the client."""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
from collections.abc import AsyncIterator

import httpx
import pytest
from altoviz import AltovizClient, APIStatusError, Pacer
from altoviz.sandbox.completion import as_sent

from altoviz_client.api.customers import get_customer
from altoviz_client.models.customer import Customer

from .loopback import Loopback, SeenRequest, answer_with, head, loopback

KEY = "sk_hostile_Rk2Jw9QzX4tLm7Pv"
CUSTOMER = json.dumps(as_sent(Customer, {"id": 1, "name": "Acme"})).encode()


def pacer() -> Pacer:
    return Pacer(initial_window=10_000, min_rate=10_000)


def redirect_to(location: str, status: int = 307):  # type: ignore[no-untyped-def]
    async def answer(request: SeenRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(head(status, {"Location": location, "Content-Length": "0"}))

    return answer


@contextlib.asynccontextmanager
async def api_redirecting_away(status: int = 307) -> AsyncIterator[tuple[Loopback, Loopback]]:
    """(api, foreign): the API's origin answers every request with a redirect to a foreign origin."""
    async with (
        loopback(answer_with(200, CUSTOMER)) as foreign,
        loopback(redirect_to(f"{foreign.origin}/steal", status)) as api,
    ):
        yield api, foreign


def keys_seen(server: Loopback) -> list[str | None]:
    return [r.headers.get("x-api-key") for r in server.requests]


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_the_sdks_own_client_never_sends_the_key_across_origins(status: int) -> None:
    async with (
        api_redirecting_away(status) as (api, foreign),
        AltovizClient(KEY, base_url=api.origin, pacer=pacer(), max_retries=0) as client,
    ):
        response = await client.http.get("/v1/Customers/1", follow_redirects=True)
    assert response.status_code == 200
    assert keys_seen(api) == [KEY]
    assert len(foreign.requests) == 1
    assert keys_seen(foreign) == [None]


async def test_a_user_client_that_follows_redirects_never_sends_the_key_across_origins() -> None:
    async with api_redirecting_away() as (api, foreign), httpx.AsyncClient(follow_redirects=True) as mine:
        client = AltovizClient(KEY, base_url=api.origin, http_client=mine, pacer=pacer(), max_retries=0)
        customer = await client.call(get_customer, id=1)
        await client.aclose()
    assert customer.name == "Acme"  # the user asked to follow redirects: followed, but without the key
    assert keys_seen(api) == [KEY]
    assert keys_seen(foreign) == [None]


async def test_a_key_header_set_by_the_user_does_not_leave_either() -> None:
    async with (
        api_redirecting_away() as (api, foreign),
        AltovizClient(KEY, base_url=api.origin, pacer=pacer(), max_retries=0) as client,
    ):
        await client.http.get(f"{foreign.origin}/direct", headers={"X-API-KEY": KEY})
    assert keys_seen(foreign) == [None]


async def test_the_same_origin_on_another_path_keeps_the_key() -> None:
    hops: list[str] = []

    async def api_answer(request: SeenRequest, writer: asyncio.StreamWriter) -> None:
        hops.append(request.target)
        if request.target == "/v1/Customers/1":
            writer.write(head(308, {"Location": "/v1/Customers/Moved/1", "Content-Length": "0"}))
        else:
            writer.write(head(200, {"Content-Length": str(len(CUSTOMER))}) + CUSTOMER)

    async with loopback(api_answer) as api, httpx.AsyncClient(follow_redirects=True) as mine:
        client = AltovizClient(KEY, base_url=api.origin, http_client=mine, pacer=pacer(), max_retries=0)
        customer = await client.call(get_customer, id=1)
    assert customer.id == 1
    assert hops == ["/v1/Customers/1", "/v1/Customers/Moved/1"]
    assert keys_seen(api) == [KEY, KEY]


async def test_without_following_a_redirect_is_a_typed_error_and_nothing_leaves() -> None:
    async with (
        api_redirecting_away() as (api, foreign),
        AltovizClient(KEY, base_url=api.origin, pacer=pacer(), max_retries=0) as client,
    ):
        with pytest.raises(APIStatusError) as caught:
            await client.call(get_customer, id=1)
    assert caught.value.status_code == 307
    assert foreign.requests == []


async def test_the_callers_client_is_left_as_it_was() -> None:
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.url.path)

    async with loopback(answer_with(200, CUSTOMER)) as api:
        transport = httpx.AsyncHTTPTransport()
        mine = httpx.AsyncClient(
            transport=transport, base_url="https://mine.example", event_hooks={"request": [hook]}, timeout=7.0
        )
        before = (mine._transport, mine.base_url, mine.auth, dict(mine.headers))
        client = AltovizClient(KEY, base_url=api.origin, http_client=mine, pacer=pacer(), max_retries=0)
        assert (mine._transport, mine.base_url, mine.auth, dict(mine.headers)) == before
        await client.call(get_customer, id=1)
        assert seen == ["/v1/Customers/1"]  # the caller's event hooks still run
        assert client.http.timeout == httpx.Timeout(7.0)  # and its timeouts hold
        assert not mine.is_closed
        await client.aclose()
        assert not mine.is_closed  # the caller owns it: closing our client leaves it open
        await mine.aclose()
    assert keys_seen(api) == [KEY]


async def test_retries_are_counted_with_a_user_client() -> None:
    answers = iter([503, 200])

    async def flaky(request: SeenRequest, writer: asyncio.StreamWriter) -> None:
        status = next(answers)
        body = CUSTOMER if status == 200 else b""
        writer.write(head(status, {"Content-Length": str(len(body))}) + body)

    async with loopback(flaky) as api, httpx.AsyncClient() as mine:
        client = AltovizClient(
            KEY, base_url=api.origin, http_client=mine, pacer=pacer(), max_retries=2, rng=random.Random(0)
        )
        customer = await client.call(get_customer, id=1)
    assert customer.id == 1
    assert client.stats.requests == 2
    assert client.stats.retries == 1
