"""The retry transport: what is retried, how long it waits, and when it gives up.

Everything runs on a virtual clock (virtual_time.py): waits are measured exactly and take no real time.
"""

from __future__ import annotations

import email.utils
import itertools
import logging
import random
import time
from typing import Any

import altoviz
import httpx
import pytest
from altoviz import AltovizClient, APIConnectionError, RateLimitError, RetryPolicy, ServerError, retry_options
from altoviz._control import full_jitter, parse_retry_after
from altoviz.sandbox.completion import as_sent

from altoviz_client.api.customers import create_customer, get_customer, update_customer
from altoviz_client.models import (
    CustomerInput,
)
from altoviz_client.models.customer import Customer

from .support import BASE, KEY, ScriptedTransport, fast_pacer, now, respond
from .virtual_time import run_virtual

OK = httpx.Response(200, json=as_sent(Customer, {"id": 1, "name": "Acme"}))


def too_many(retry_after: str | None = None) -> httpx.Response:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return httpx.Response(429, headers=headers, json={"title": "Too Many Requests"})


def make_client(transport: httpx.AsyncBaseTransport, **kwargs: Any) -> AltovizClient:
    kwargs.setdefault("pacer", fast_pacer())
    return AltovizClient(KEY, base_url=BASE, transport=transport, rng=random.Random(1), **kwargs)


def test_429_waits_for_retry_after_seconds_then_succeeds() -> None:
    server = ScriptedTransport(respond(too_many("3"), OK))

    async def scenario() -> float:
        async with make_client(server) as client:
            start = now()
            await client.call(get_customer, id=1)
            return now() - start

    assert run_virtual(scenario()) == pytest.approx(3.0)
    assert len(server.requests) == 2


def test_429_waits_until_an_http_date() -> None:
    # The date is in wall-clock time: 10 s from the moment the answer is parsed.
    date = email.utils.formatdate(timeval=time.time() + 10, usegmt=True)
    server = ScriptedTransport(respond(too_many(date), OK))

    async def scenario() -> float:
        async with make_client(server) as client:
            start = now()
            await client.call(get_customer, id=1)
            return now() - start

    assert 8.5 <= run_virtual(scenario()) <= 10.0


def test_429_without_retry_after_backs_off_with_full_jitter() -> None:
    server = ScriptedTransport(respond(too_many(), too_many(), too_many(), OK))

    async def scenario() -> list[float]:
        async with make_client(server) as client:
            await client.call(get_customer, id=1)
        return [b - a for a, b in itertools.pairwise(server.sent_at)]

    gaps = run_virtual(scenario())
    rng, policy = random.Random(1), RetryPolicy()
    expected = [full_jitter(attempt, policy, rng) for attempt in range(3)]
    assert gaps == pytest.approx(expected)
    # Full jitter: each wait lies in [0, base * 2**attempt].
    assert all(0 <= gap <= policy.backoff_base * 2**i for i, gap in enumerate(gaps))


def test_budget_exhausted_raises_rate_limit_error_with_the_servers_wait() -> None:
    server = ScriptedTransport(respond(too_many("2")))

    async def scenario() -> None:
        async with make_client(server, max_retries=3) as client:
            await client.call(get_customer, id=1)

    with pytest.raises(RateLimitError) as caught:
        run_virtual(scenario())
    assert caught.value.retry_after == 2.0
    assert caught.value.status_code == 429
    assert len(server.requests) == 4  # the first attempt and 3 retries


def test_max_retries_zero_turns_retries_off() -> None:
    server = ScriptedTransport(respond(too_many("1"), OK))

    async def scenario() -> None:
        async with make_client(server, max_retries=0) as client:
            await client.call(get_customer, id=1)

    with pytest.raises(RateLimitError):
        run_virtual(scenario())
    assert len(server.requests) == 1


def test_retry_after_beyond_max_wait_gives_up_at_once() -> None:
    server = ScriptedTransport(respond(too_many("3600"), OK))

    async def scenario() -> float:
        async with make_client(server, max_wait=30) as client:
            start = now()
            with pytest.raises(RateLimitError) as caught:
                await client.call(get_customer, id=1)
            assert caught.value.retry_after == 3600
            return now() - start

    assert run_virtual(scenario()) == 0
    assert len(server.requests) == 1


def test_deadline_stops_retrying() -> None:
    server = ScriptedTransport(respond(too_many("4")))

    async def scenario() -> float:
        async with make_client(server, max_retries=10, deadline=10) as client:
            start = now()
            with pytest.raises(RateLimitError):
                await client.call(get_customer, id=1)
            return now() - start

    assert run_virtual(scenario()) == pytest.approx(8.0)  # waits 4 + 4; a third wait would end at 12 > 10
    assert len(server.requests) == 3


def test_retry_options_override_per_call_and_nest() -> None:
    server = ScriptedTransport(respond(too_many("1")))

    async def scenario() -> list[int]:
        counts = []
        async with make_client(server, max_retries=5) as client:
            for block in ({"max_retries": 0}, {"max_retries": 2}):
                before = len(server.requests)
                with retry_options(**block), pytest.raises(RateLimitError):
                    await client.call(get_customer, id=1)
                counts.append(len(server.requests) - before)
            with retry_options(max_retries=1), retry_options(deadline=100):  # the inner keeps max_retries=1
                before = len(server.requests)
                with pytest.raises(RateLimitError):
                    await client.call(get_customer, id=1)
                counts.append(len(server.requests) - before)
        return counts

    assert run_virtual(scenario()) == [1, 3, 2]


def test_request_extension_sets_the_policy_of_one_request() -> None:
    server = ScriptedTransport(respond(too_many("1")))

    async def scenario() -> None:
        async with make_client(server, max_retries=5) as client:
            request = client.http.build_request("GET", "/v1/Customers/1")
            request.extensions["altoviz.retry"] = RetryPolicy(max_retries=1)
            await client.http.send(request)

    with pytest.raises(RateLimitError):
        run_virtual(scenario())
    assert len(server.requests) == 2


def test_get_is_retried_after_a_connection_reset() -> None:
    server = ScriptedTransport(respond(httpx.ReadError("connection reset by peer"), OK))

    async def scenario() -> None:
        async with make_client(server) as client:
            await client.call(get_customer, id=1)

    run_virtual(scenario())
    assert len(server.requests) == 2


def test_post_is_never_resent_after_a_connection_reset() -> None:
    server = ScriptedTransport(respond(httpx.ReadError("connection reset by peer"), OK))

    async def scenario() -> None:
        async with make_client(server) as client:
            await client.call(create_customer, body=CustomerInput(company_name="Acme"))

    with pytest.raises(APIConnectionError):
        run_virtual(scenario())
    assert len(server.requests) == 1


def test_post_is_retried_when_the_connection_was_never_made() -> None:
    server = ScriptedTransport(respond(httpx.ConnectError("connection refused"), OK))

    async def scenario() -> None:
        async with make_client(server) as client:
            await client.call(create_customer, body=CustomerInput(company_name="Acme"))

    run_virtual(scenario())
    assert len(server.requests) == 2


def test_post_is_retried_on_429() -> None:
    server = ScriptedTransport(respond(too_many("1"), OK))

    async def scenario() -> None:
        async with make_client(server) as client:
            await client.call(create_customer, body=CustomerInput(company_name="Acme"))

    run_virtual(scenario())
    assert len(server.requests) == 2
    assert server.requests[0].content == server.requests[1].content


@pytest.mark.parametrize("status", [502, 503, 504])
@pytest.mark.parametrize("method", ["GET", "PUT"])
def test_gateway_errors_are_retried_for_get_and_put(status: int, method: str) -> None:
    server = ScriptedTransport(respond(httpx.Response(status), OK))

    async def scenario() -> None:
        async with make_client(server) as client:
            if method == "GET":
                await client.call(get_customer, id=1)
            else:
                await client.call(update_customer, 1, body=CustomerInput(company_name="Acme"))

    run_virtual(scenario())
    assert [r.method for r in server.requests] == [method, method]


def test_gateway_error_on_post_is_not_retried() -> None:
    server = ScriptedTransport(respond(httpx.Response(503), OK))

    async def scenario() -> None:
        async with make_client(server) as client:
            await client.call(create_customer, body=CustomerInput(company_name="Acme"))

    with pytest.raises(ServerError):
        run_virtual(scenario())
    assert len(server.requests) == 1


def test_500_is_not_retried_even_for_get() -> None:
    server = ScriptedTransport(respond(httpx.Response(500), OK))

    async def scenario() -> None:
        async with make_client(server) as client:
            await client.call(get_customer, id=1)

    with pytest.raises(ServerError):
        run_virtual(scenario())
    assert len(server.requests) == 1


def test_each_retry_is_logged_with_method_path_status_and_wait(caplog: pytest.LogCaptureFixture) -> None:
    server = ScriptedTransport(respond(too_many("2"), OK))

    async def scenario() -> None:
        async with make_client(server) as client:
            await client.call(get_customer, id=5)

    with caplog.at_level(logging.INFO, logger="altoviz"):
        run_virtual(scenario())
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying")]
    assert retries == ["retrying GET /v1/Customers/5 after 429 (retry 1), waiting 2.00 s"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("5", 5.0), ("0", 0.0), ("1.5", 1.5), ("-3", 0.0), ("soon", None), (None, None), ("nan", None)],
)
def test_parse_retry_after_seconds(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value) == expected


def test_parse_retry_after_http_date() -> None:
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=lambda: 1445412480.0) == 10.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=lambda: 1445412490.0) == 0.0


def test_a_users_hook_sees_each_attempt_the_retry_and_the_give_up() -> None:
    server = ScriptedTransport(respond(too_many("2"), too_many("2")))
    seen: list[altoviz.Event] = []

    async def scenario() -> None:
        async with make_client(server, max_retries=1) as client:
            client.events.subscribe(seen.append)
            with pytest.raises(RateLimitError):
                await client.call(get_customer, id=5)

    run_virtual(scenario())
    path = "/v1/Customers/5"
    assert [e for e in seen if not isinstance(e, (altoviz.Throttled, altoviz.RateChanged))] == [
        altoviz.Attempted("GET", path, 0, 429),
        altoviz.RetryScheduled("GET", path, 1, 2.0, "429"),
        altoviz.Attempted("GET", path, 1, 429),
        altoviz.GaveUp("GET", path, 2, "429, retry budget spent", 2.0),
    ]


def test_attempted_events_go_to_the_hooks_that_take_them_and_are_built_only_for_them() -> None:
    # The stats count every attempt without a hook; Attempted is built only while a hook takes it, and a hook
    # subscribed with attempts=False (as the library's log lines are) gets every other event, never Attempted.
    server = ScriptedTransport(respond(too_many("1"), OK, OK, OK))
    everything: list[altoviz.Event] = []
    no_attempts: list[altoviz.Event] = []

    async def scenario() -> tuple[int, int]:
        async with make_client(server) as client:
            assert not client.events.hears_attempts
            unsubscribe = client.events.subscribe(no_attempts.append, attempts=False)
            assert not client.events.hears_attempts
            await client.call(get_customer, id=1)  # 429, then 200
            stop = client.events.subscribe(everything.append)
            assert client.events.hears_attempts
            await client.call(get_customer, id=2)
            stop()
            assert not client.events.hears_attempts
            await client.call(get_customer, id=3)
            unsubscribe()
            return client.stats.requests, client.stats.rate_limited

    assert run_virtual(scenario()) == (4, 1)
    assert everything == [altoviz.Attempted("GET", "/v1/Customers/2", 0, 200)]
    assert not any(isinstance(e, altoviz.Attempted) for e in no_attempts)
    assert [type(e) for e in no_attempts if not isinstance(e, altoviz.RateChanged)] == [
        altoviz.Throttled,
        altoviz.RetryScheduled,
    ]
