"""Client statistics: every attempt, answer, 429, retry and connection error is counted."""

from __future__ import annotations

import random

import httpx
import pytest
from altoviz import AltovizClient, APIConnectionError, ClientStats, ServerError
from altoviz.sandbox.completion import as_sent

from altoviz_client.api.customers import create_customer, get_customer
from altoviz_client.models import (
    CustomerInput,
)
from altoviz_client.models.customer import Customer

from .support import BASE, KEY, ScriptedTransport, fast_pacer, respond
from .virtual_time import run_virtual

OK = httpx.Response(200, json=as_sent(Customer, {"id": 1, "name": "Acme"}))
LIMITED = httpx.Response(429, headers={"Retry-After": "1"}, json={"title": "Too Many Requests"})


def make_client(server: httpx.AsyncBaseTransport) -> AltovizClient:
    return AltovizClient(KEY, base_url=BASE, transport=server, pacer=fast_pacer(), rng=random.Random(1))


def test_a_fresh_client_has_counted_nothing() -> None:
    assert make_client(ScriptedTransport(respond(OK))).stats == ClientStats()


def test_429s_retries_statuses_and_connection_errors_are_counted() -> None:
    server = ScriptedTransport(
        respond(LIMITED, httpx.ReadError("reset"), httpx.Response(503), OK, httpx.Response(500), OK)
    )

    async def scenario() -> ClientStats:
        async with make_client(server) as client:
            await client.call(get_customer, id=1)  # 429, reset, 503, then 200: three retries
            with pytest.raises(ServerError):
                await client.call(get_customer, id=2)  # 500 is not retried
            return client.stats

    stats = run_virtual(scenario())
    assert stats.requests == len(server.requests) == 5
    assert dict(stats.responses_by_status) == {429: 1, 503: 1, 200: 1, 500: 1}
    assert stats.rate_limited == 1
    assert stats.retries == 3
    assert stats.connection_errors == 1


def test_a_post_not_resent_after_a_reset_counts_one_request_and_no_retry() -> None:
    server = ScriptedTransport(respond(httpx.ReadError("reset"), OK))

    async def scenario() -> ClientStats:
        async with make_client(server) as client:
            with pytest.raises(APIConnectionError):
                await client.call(create_customer, body=CustomerInput(company_name="Acme"))
            return client.stats

    stats = run_virtual(scenario())
    assert (stats.requests, stats.retries, stats.connection_errors) == (1, 0, 1)
    assert dict(stats.responses_by_status) == {}


def test_a_snapshot_does_not_change_afterwards_and_cannot_be_changed() -> None:
    server = ScriptedTransport(respond(OK))

    async def scenario() -> tuple[ClientStats, ClientStats]:
        async with make_client(server) as client:
            await client.call(get_customer, id=1)
            before = client.stats
            await client.call(get_customer, id=1)
            return before, client.stats

    before, after = run_virtual(scenario())
    assert (before.requests, after.requests) == (1, 2)
    assert (before.responses_by_status[200], after.responses_by_status[200]) == (1, 2)
    with pytest.raises(TypeError):
        before.responses_by_status[200] = 5  # type: ignore[index]
    with pytest.raises(AttributeError):
        before.requests = 0  # type: ignore[misc]
