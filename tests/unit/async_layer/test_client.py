"""Building the client: key and URL from arguments or the environment, the clear-text guard, ownership."""

from __future__ import annotations

import httpx
import pytest
from altoviz import AltovizClient
from altoviz._config import DEFAULT_BASE_URL
from altoviz.sandbox.completion import as_sent
from pytest_httpx import HTTPXMock

from altoviz_client.api.customers import get_customer
from altoviz_client.models.customer import Customer

from .support import BASE, KEY


async def test_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock):
    monkeypatch.setenv("ALTOVIZ_API_KEY", KEY)
    monkeypatch.setenv("ALTOVIZ_BASE_URL", "https://sandbox.example/")
    httpx_mock.add_response(url="https://sandbox.example/v1/Customers/1", json=as_sent(Customer, {"id": 1}))
    async with AltovizClient() as client:
        assert client.base_url == "https://sandbox.example"
        await client.call(get_customer, id=1)
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["X-API-KEY"] == KEY


def test_the_default_base_url_is_the_public_api(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALTOVIZ_BASE_URL", raising=False)
    assert AltovizClient(KEY).base_url == DEFAULT_BASE_URL == "https://api.altoviz.com"


def test_no_key_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALTOVIZ_API_KEY", raising=False)
    with pytest.raises(ValueError, match="ALTOVIZ_API_KEY"):
        AltovizClient()


@pytest.mark.parametrize("url", ["http://api.altoviz.com", "http://10.0.0.5:8000", "http://sandbox.internal"])
def test_plain_http_to_a_remote_host_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="in clear"):
        AltovizClient(KEY, base_url=url)


def test_plain_http_to_a_remote_host_can_be_allowed_explicitly() -> None:
    assert AltovizClient(KEY, base_url="http://sandbox.internal", allow_insecure_http=True).base_url


@pytest.mark.parametrize(
    "url", ["http://localhost:8000", "http://127.0.0.1:9", "http://[::1]:8000", "http://api.localhost"]
)
def test_plain_http_to_loopback_is_fine(url: str) -> None:
    assert AltovizClient(KEY, base_url=url).base_url == url


async def test_a_caller_supplied_http_client_gets_key_retries_and_stays_open(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=as_sent(Customer, {"id": 1}))
    async with httpx.AsyncClient(headers={"X-Trace": "1"}) as mine:
        async with AltovizClient(KEY, base_url=BASE, http_client=mine) as client:
            assert client.http is not mine  # the caller's client is left as it was (tests/hostile)
            await client.call(get_customer, id=1)
        assert not mine.is_closed  # ours to close, not the SDK's
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["X-API-KEY"] == KEY
    assert request.headers["X-Trace"] == "1"
    assert str(request.url) == f"{BASE}/v1/Customers/1"


async def test_closing_the_client_closes_its_own_pool() -> None:
    client = AltovizClient(KEY, base_url=BASE)
    await client.aclose()
    assert client.http.is_closed
