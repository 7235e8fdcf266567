"""Answers no honest server sends: 100k-deep JSON, undeclared 2xx, HTML 520s and garbage Retry-After values.

Each one over real HTTP on loopback, through the SDK's public calls; each ends in a typed outcome, with the
key sent to the API's origin only and no file left behind.
"""

from __future__ import annotations

import asyncio
import json
import random
from pathlib import Path

import pytest
from altoviz import (
    AltovizClient,
    APIStatusError,
    NotFoundError,
    Pacer,
    RateLimitError,
    ResponseParseError,
    ServerError,
)
from altoviz._control import parse_retry_after
from altoviz.sandbox.completion import as_sent

from altoviz_client.api.customers import get_customer, list_customers
from altoviz_client.api.sale_invoices import download_sale_invoice
from altoviz_client.models.customer import Customer

from .loopback import Loopback, SeenRequest, answer_with, head, loopback

KEY = "sk_answers_Tq5Yh8Wm3Kd6Zr1N"
DEEP = b"[" * 100_000 + b"]" * 100_000
JSON = {"Content-Type": "application/json"}
HTML_520 = b"<!DOCTYPE html><html><head><title>520: Web server is returning an unknown error</title></head></html>"


def pacer() -> Pacer:
    return Pacer(initial_window=10_000, min_rate=10_000)


def client_of(server: Loopback, **options: object) -> AltovizClient:
    options = {"pacer": pacer(), "max_retries": 0, "rng": random.Random(0), **options}
    return AltovizClient(KEY, base_url=server.origin, **options)  # type: ignore[arg-type]


def key_stayed_home(server: Loopback) -> bool:
    return all(r.headers.get("x-api-key") == KEY for r in server.requests)


async def test_deep_json_in_a_200(tmp_path: Path) -> None:
    async with loopback(answer_with(200, DEEP, JSON)) as api, client_of(api) as client:
        with pytest.raises(ResponseParseError):
            await client.call(get_customer, id=1)
        with pytest.raises(ResponseParseError):
            async for _ in client.paginate(list_customers):
                pass
    assert key_stayed_home(api)


@pytest.mark.parametrize("status", [400, 401, 404, 409, 422, 429, 500])
async def test_deep_json_in_an_error(status: int) -> None:
    async with loopback(answer_with(status, DEEP, JSON)) as api, client_of(api) as client:
        with pytest.raises(APIStatusError) as caught:
            await client.call(get_customer, id=1)
    assert caught.value.status_code == status
    assert caught.value.body is None


async def test_deep_json_in_a_download_404_leaves_no_file(tmp_path: Path) -> None:
    (tmp_path / "7.pdf").write_bytes(b"%PDF-1.7 earlier\n%%EOF\n")
    async with loopback(answer_with(404, DEEP, JSON)) as api, client_of(api) as client:
        with pytest.raises(NotFoundError):
            await client.download(download_sale_invoice, 7).to_path(tmp_path / "7.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["7.pdf"]  # noqa: ASYNC240
    assert (tmp_path / "7.pdf").read_bytes() == b"%PDF-1.7 earlier\n%%EOF\n"


@pytest.mark.parametrize("status", [201, 202, 203, 206, 226, 299])
async def test_an_undeclared_2xx_is_success(status: int) -> None:
    async with (
        loopback(answer_with(status, json.dumps(as_sent(Customer, {"id": 5, "name": "Acme"})).encode(), JSON)) as api,
        client_of(api) as client,
    ):
        customer = await client.call(get_customer, id=5)
    assert customer.id == 5


async def test_a_204_where_a_body_is_declared_is_a_parse_error() -> None:
    async with loopback(answer_with(204)) as api, client_of(api) as client:
        with pytest.raises(ResponseParseError):
            await client.call(get_customer, id=5)


async def test_an_html_520_is_retried_then_a_server_error() -> None:
    html = {"Content-Type": "text/html"}
    async with loopback(answer_with(520, HTML_520, html)) as api, client_of(api, max_retries=2) as client:
        with pytest.raises(ServerError) as caught:
            await client.call(get_customer, id=1)
    assert caught.value.status_code == 520
    assert caught.value.body is None
    assert "520: Web server" in caught.value.text
    assert len(api.requests) == 1  # 520 is not one of the statuses known to be transient (502, 503, 504)
    assert key_stayed_home(api)


GARBAGE_RETRY_AFTER = ["inf", "1e309", "NaN", "-5", "1_000", "0x10", "soon", "\u00b2", "Mon, 32 Foo 2020 25:61:61 GMT"]


@pytest.mark.parametrize("value", GARBAGE_RETRY_AFTER)
def test_a_garbage_retry_after_counts_as_absent_or_zero(value: str) -> None:
    assert parse_retry_after(value) in (None, 0.0)


@pytest.mark.parametrize("value", GARBAGE_RETRY_AFTER)
async def test_a_garbage_retry_after_is_retried_with_backoff_then_a_rate_limit_error(value: str) -> None:
    async def answer(request: SeenRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(head(429, {"Retry-After": value, "Content-Length": "2", **JSON}) + b"{}")

    async with loopback(answer) as api, client_of(api, max_retries=1, max_wait=5.0) as client:
        with pytest.raises(RateLimitError) as caught:
            await client.call(get_customer, id=1)
    assert caught.value.retry_after in (None, 0.0)
    assert len(api.requests) == 2  # retried once on backoff, not given up at once on a made-up wait
    assert key_stayed_home(api)
