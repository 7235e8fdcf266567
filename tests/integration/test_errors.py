"""What the client does when the API says no or the connection breaks, over real HTTP.

Each fault is the sandbox's own, seeded: the same requests meet the same faults on every run.
"""

from __future__ import annotations

import random

import pytest
from altoviz import AltovizClient, APIConnectionError, AuthenticationError, RateLimitError, ServerError
from altoviz.sandbox import SandboxServer

from altoviz_client.api.customers import create_customer, get_customer, list_customers
from altoviz_client.models import (
    CustomerInput,
)

from .conftest import unpaced


async def test_a_wrong_key_raises_authentication_error_after_one_request(altoviz_sandbox: SandboxServer) -> None:
    async with AltovizClient("not-the-key", base_url=altoviz_sandbox.base_url, pacer=unpaced()) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.call(list_customers)
        assert caught.value.status_code == 401
        assert client.stats.requests == 1
        assert client.stats.retries == 0


@pytest.mark.parametrize(("fault", "stored"), [("drop_create_rate", 1), ("reset_rate", 0)])
async def test_a_create_meeting_a_reset_is_not_sent_again(
    altoviz_sandbox: SandboxServer, client: AltovizClient, fault: str, stored: int
) -> None:
    # drop_create_rate: the create commits, then the connection drops before the answer; reset_rate: the
    # connection drops before the create runs. Either way the client cannot know, so it must not repeat it.
    altoviz_sandbox.configure(**{fault: 1.0})
    with pytest.raises(APIConnectionError) as caught:
        await client.call(create_customer, body=CustomerInput(company_name="Acme", internal_id="ACME-1"))
    assert caught.value.method == "POST"
    assert client.stats.requests == 1
    assert client.stats.connection_errors == 1
    assert len(altoviz_sandbox.state.store.collection("customers")) == stored


async def test_a_get_meeting_resets_is_retried(altoviz_sandbox: SandboxServer, client: AltovizClient) -> None:
    # With seed 4 the reset draws are 0.24, 0.10, 0.40...: at a 30 % reset rate, two resets, then an answer.
    altoviz_sandbox.reset(reset_rate=0.3, seed=4)
    assert await client.call(list_customers) == []
    stats = client.stats
    assert (stats.requests, stats.connection_errors, stats.retries) == (3, 2, 2)
    assert dict(stats.responses_by_status) == {200: 1}


async def test_a_520_raises_server_error(altoviz_sandbox: SandboxServer, client: AltovizClient) -> None:
    customers = altoviz_sandbox.state.store.collection("customers")
    customers.add({"name": "Acme"})
    altoviz_sandbox.configure(error_rate=1.0, error_codes=[520])
    with pytest.raises(ServerError) as caught:
        await client.call(get_customer, id=1)
    assert caught.value.status_code == 520
    assert caught.value.body is None  # an HTML gateway page, kept as text
    assert "520" in caught.value.text
    # 520 says nothing about whether the request was processed: not retried, even for a GET.
    assert client.stats.requests == 1


async def test_an_exhausted_retry_budget_raises_rate_limit_error(altoviz_sandbox: SandboxServer) -> None:
    altoviz_sandbox.configure(rate=0.2, burst=1)
    async with AltovizClient(
        altoviz_sandbox.api_key, base_url=altoviz_sandbox.base_url, max_retries=0, rng=random.Random(0)
    ) as client:
        await client.call(list_customers)
        with pytest.raises(RateLimitError) as caught:
            await client.call(list_customers)
    assert caught.value.retry_after == 5.0  # 1 / 0.2 s, in whole seconds
    assert client.stats.rate_limited == 1
