"""Each fault knob does what it says, and a seed replays the same faults."""

from __future__ import annotations

import logging

import httpx
import pytest
from altoviz.sandbox import FaultConfig, SandboxServer
from altoviz.sandbox.faults import FaultInjector


async def statuses(http: httpx.AsyncClient, n: int) -> list[int]:
    return [(await http.get("/v1/Units")).status_code for _ in range(n)]


async def test_error_share_is_seeded_and_replays(altoviz_sandbox: SandboxServer, http: httpx.AsyncClient) -> None:
    altoviz_sandbox.configure(seed=7, error_rate=0.3, error_codes=[500, 502, 503, 520])
    first = await statuses(http, 60)
    altoviz_sandbox.configure(seed=7)  # the same seed restarts the same sequence
    second = await statuses(http, 60)
    assert first == second
    assert set(first) <= {200, 500, 502, 503, 520}
    assert 200 in first
    assert len(set(first) - {200}) >= 3


async def test_non_standard_5xx_comes_as_a_gateway_page(
    altoviz_sandbox: SandboxServer, http: httpx.AsyncClient
) -> None:
    altoviz_sandbox.configure(error_rate=1.0, error_codes=[520])
    response = await http.get("/v1/Customers")
    assert response.status_code == 520
    assert response.headers["content-type"].startswith("text/html")


async def test_reset_before_the_answer(altoviz_sandbox: SandboxServer, http: httpx.AsyncClient) -> None:
    altoviz_sandbox.configure(reset_rate=1.0)
    with pytest.raises(httpx.TransportError):
        await http.get("/Hello")
    altoviz_sandbox.configure(reset_rate=0.0)
    assert (await http.get("/Hello")).status_code == 200  # the server itself is fine


async def test_create_commits_then_the_answer_is_lost(altoviz_sandbox: SandboxServer, http: httpx.AsyncClient) -> None:
    altoviz_sandbox.configure(drop_create_rate=1.0)
    with pytest.raises(httpx.TransportError):
        await http.post("/v1/Customers", json={"companyName": "Acme", "internalId": "crm-42"})
    altoviz_sandbox.configure(drop_create_rate=0.0)
    # The record exists: reconciling through internalId finds it, a blind retry is refused.
    found = (await http.get("/v1/Customers/Find", params={"internalId": "crm-42"})).json()
    assert [c["companyName"] for c in found] == ["Acme"]
    retry = await http.post("/v1/Customers", json={"companyName": "Acme", "internalId": "crm-42"})
    assert retry.status_code == 400


async def test_download_breaks_mid_body(altoviz_sandbox: SandboxServer, http: httpx.AsyncClient) -> None:
    invoice = (await http.post("/v1/SaleInvoices", json={})).json()
    altoviz_sandbox.configure(break_download_rate=1.0, pdf_size=1_000_000)
    received: list[int] = []

    async def download() -> None:
        async with http.stream("GET", f"/v1/SaleInvoices/Download/{invoice['id']}") as response:
            assert response.headers["content-length"] == "1000000"
            async for chunk in response.aiter_raw():
                received.append(len(chunk))

    with pytest.raises(httpx.TransportError):
        await download()
    assert 0 < sum(received) < 1_000_000


async def test_slow_body_trips_a_read_timeout(altoviz_sandbox: SandboxServer, http: httpx.AsyncClient) -> None:
    invoice = (await http.post("/v1/SaleInvoices", json={})).json()
    altoviz_sandbox.configure(slow_body_ms=2000)
    with pytest.raises(httpx.ReadTimeout):
        await http.get(f"/v1/SaleInvoices/Download/{invoice['id']}", timeout=httpx.Timeout(5, read=0.05))


def test_latency_is_fixed_plus_seeded_jitter() -> None:
    config = FaultConfig(latency_ms=100, jitter_ms=50)
    one, two = FaultInjector(config, seed=3), FaultInjector(config, seed=3)
    delays = [one.on_request().delay_s for _ in range(200)]
    assert delays == [two.on_request().delay_s for _ in range(200)]  # same seed, same draws
    assert all(0.1 <= d <= 0.15 for d in delays)
    assert max(delays) - min(delays) > 0.04  # the jitter spreads over its range


async def test_latency_knob_reaches_the_server(altoviz_sandbox: SandboxServer, http: httpx.AsyncClient) -> None:
    altoviz_sandbox.configure(latency_ms=1, jitter_ms=2)
    assert (await http.get("/_sandbox/config")).json()["faults"]["latency_ms"] == 1
    assert await statuses(http, 3) == [200, 200, 200]


def test_fault_shares_are_validated() -> None:
    with pytest.raises(ValueError, match="error_rate"):
        FaultConfig(error_rate=1.5)
    with pytest.raises(ValueError, match="5xx"):
        FaultConfig(error_codes=(404,))


async def test_faults_never_log_the_key(
    altoviz_sandbox: SandboxServer, http: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    altoviz_sandbox.configure(error_rate=0.5, seed=1)
    await statuses(http, 10)
    altoviz_sandbox.configure(error_rate=0.0, reset_rate=1.0)
    with pytest.raises(httpx.TransportError):
        await http.get("/Hello")
    assert "fault:" in caplog.text
    assert altoviz_sandbox.api_key not in caplog.text
