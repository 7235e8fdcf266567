"""401 without the right key, and the token bucket's 429s with Retry-After."""

from __future__ import annotations

import asyncio
import email.utils
import math
import secrets
import time

import httpx
import pytest
from altoviz.sandbox import SandboxConfig, SandboxServer
from altoviz.sandbox.ratelimit import LimitSettings, RateLimiter, retry_after_value


@pytest.mark.parametrize("headers", [{}, {"X-API-KEY": secrets.token_urlsafe(16)}])
async def test_missing_or_wrong_key_answers_401_problem_details(
    altoviz_sandbox: SandboxServer, headers: dict[str, str]
) -> None:
    async with httpx.AsyncClient(base_url=altoviz_sandbox.base_url, headers=headers) as client:
        for path in ("/Hello", "/v1/Customers", "/_sandbox/config"):
            response = await client.get(path)
            assert response.status_code == 401
            assert response.json()["status"] == 401
            assert response.headers["content-type"].startswith("application/json")


def test_the_key_never_shows_in_reprs() -> None:
    key = secrets.token_urlsafe(24)
    server = SandboxServer(SandboxConfig(api_key=key))
    assert key not in repr(server)
    assert key not in repr(server.config)


async def burst(http: httpx.AsyncClient, n: int) -> list[httpx.Response]:
    return list(await asyncio.gather(*(http.get("/v1/Units") for _ in range(n))))


@pytest.mark.parametrize(("n", "burst_size"), [(30, 5), (12, 10)])
async def test_a_burst_gets_n_minus_b_429s_with_retry_after_in_seconds(
    altoviz_sandbox: SandboxServer, http: httpx.AsyncClient, n: int, burst_size: int
) -> None:
    # At 0.2 token/s, the refill during the burst is far below one token: exactly N - B are refused.
    altoviz_sandbox.configure(rate=0.2, burst=burst_size, retry_after="seconds")
    responses = await burst(http, n)
    limited = [r for r in responses if r.status_code == 429]
    assert len(limited) == n - burst_size
    assert sum(r.status_code == 200 for r in responses) == burst_size
    for response in limited:
        assert response.json()["status"] == 429
        # The next token is up to 1/rate = 5 s away, sent as whole seconds rounded up.
        assert response.headers["Retry-After"] in {"1", "2", "3", "4", "5"}
    assert limited[-1].headers["Retry-After"] == "5"


async def test_retry_after_as_an_http_date(altoviz_sandbox: SandboxServer, http: httpx.AsyncClient) -> None:
    altoviz_sandbox.configure(rate=0.5, burst=1, retry_after="http-date")
    before = time.time()
    first, second = await burst(http, 2)
    assert (first.status_code, second.status_code) == (200, 429)
    when = email.utils.parsedate_to_datetime(second.headers["Retry-After"]).timestamp()
    assert before < when <= math.ceil(time.time() + 2)


async def test_retry_after_can_be_left_out(altoviz_sandbox: SandboxServer, http: httpx.AsyncClient) -> None:
    altoviz_sandbox.configure(rate=0.5, burst=1, retry_after="none")
    _, limited = await burst(http, 2)
    assert limited.status_code == 429
    assert "Retry-After" not in limited.headers


async def test_buckets_are_per_key_and_admin_is_not_limited(
    altoviz_sandbox: SandboxServer, http: httpx.AsyncClient
) -> None:
    altoviz_sandbox.configure(rate=0.2, burst=1)
    await burst(http, 3)
    assert (await http.get("/_sandbox/config")).status_code == 200


def test_token_bucket_refills_at_the_rate() -> None:
    now = [100.0]
    limiter = RateLimiter(LimitSettings(rate=2.0, burst=3), clock=lambda: now[0])
    assert [limiter.check("k") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.check("k") == pytest.approx(0.5)
    assert limiter.check("other") == 0.0  # another key has its own bucket
    now[0] += 0.25
    assert limiter.check("k") == pytest.approx(0.25)
    now[0] += 0.25
    assert limiter.check("k") == 0.0
    now[0] += 100
    assert [limiter.check("k") for _ in range(4)][-1] > 0  # never more than the burst


def test_retry_after_rounds_up_to_whole_seconds() -> None:
    assert retry_after_value(0.01, "seconds") == "1"
    assert retry_after_value(1.0, "seconds") == "1"
    assert retry_after_value(1.2, "seconds") == "2"
    assert retry_after_value(1.2, "none") is None
    assert retry_after_value(1.2, "http-date", wall_clock=lambda: 1_000_000_000.5) == "Sun, 09 Sep 2001 01:46:42 GMT"
