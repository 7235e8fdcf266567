"""The receiver as an ASGI app: answers, dedupe, the handler queue, and the Starlette and FastAPI fittings."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

import httpx
import pytest
from altoviz.webhooks import (
    WebhookEvent,
    WebhookReceiver,
    WebhookType,
    fastapi_router,
    starlette_route,
    verified_event,
)
from fastapi import Depends, FastAPI
from starlette.applications import Starlette

from altoviz_client.models import Customer, Invoice

from .conftest import delivery

Headers = Callable[..., dict[str, str]]
T = TypeVar("T")

WAIT_S = 10.0
"""Bound of every wait in these tests: a delivery that never reaches its handler fails the test, not hangs it."""


async def bounded(aw: Awaitable[T], timeout: float = WAIT_S) -> T:
    """Await ``aw``, failing after ``timeout`` seconds instead of waiting forever."""
    return await asyncio.wait_for(aw, timeout)


class _BoundedASGITransport(httpx.ASGITransport):
    """An ASGI transport whose requests fail after ``WAIT_S`` (httpx's timeouts do not apply to ASGI apps)."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await bounded(super().handle_async_request(request))


@pytest.fixture
async def hooks(secret: str) -> AsyncIterator[WebhookReceiver]:
    receiver = WebhookReceiver(secret)
    yield receiver
    await bounded(receiver.aclose())


def client_for(app: Any, peer: str = "127.0.0.1") -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=_BoundedASGITransport(app=app, client=(peer, 5000)), base_url="http://test")


async def test_accepts_handles_once_and_acknowledges_duplicates(hooks: WebhookReceiver, headers: Headers) -> None:
    seen: list[WebhookEvent[Customer]] = []

    @hooks.on("CustomerCreated", Customer)
    async def created(event: WebhookEvent[Customer]) -> None:
        seen.append(event)

    async with client_for(hooks) as http:
        first = await http.post("/", content=delivery("e1"), headers=headers())
        again = await http.post("/", content=delivery("e1"), headers=headers())
    await bounded(hooks.join())
    assert (first.status_code, first.json()) == (200, {"status": "accepted"})
    assert (again.status_code, again.json()) == (200, {"status": "duplicate"})
    assert [e.id for e in seen] == ["e1"]
    assert seen[0].data.company_name == "Acme"
    assert (hooks.stats.accepted, hooks.stats.duplicates, hooks.stats.handled) == (1, 1, 1)


async def test_refusals_have_their_status(hooks: WebhookReceiver, headers: Headers, secret: str) -> None:
    async with client_for(hooks) as http:
        no_secret = await http.post("/", content=delivery(), headers={"Content-Type": "text/plain"})
        bad_body = await http.post("/", content=b"{", headers=headers())
        get = await http.get("/")
        huge = await http.post("/", content=b"x" * (hooks.max_body + 1), headers=headers())
    assert no_secret.status_code == 401
    assert bad_body.status_code == 400
    assert "not JSON" in bad_body.json()["error"]
    assert get.status_code == 405
    assert huge.status_code == 413
    assert secret not in no_secret.text + bad_body.text
    assert hooks.stats.refused == {"secret": 1, "body": 1}


async def test_source_check_answers_403(secret: str, headers: Headers) -> None:
    hooks = WebhookReceiver(secret, source_ips=["20.23.10.180"], trusted_proxies=["10.0.0.1"])
    async with client_for(hooks, peer="203.0.113.9") as http:
        assert (await http.post("/", content=delivery(), headers=headers())).status_code == 403
    async with client_for(hooks, peer="10.0.0.1") as http:
        ok = await http.post("/", content=delivery(), headers=headers(**{"X-Forwarded-For": "20.23.10.180"}))
    assert ok.status_code == 200


async def test_a_slow_handler_does_not_hold_the_answer(hooks: WebhookReceiver, headers: Headers) -> None:
    release = asyncio.Event()
    done: list[str] = []

    @hooks.on(WebhookType.CUSTOMERCREATED)
    async def slow(event: WebhookEvent[Any]) -> None:
        await bounded(release.wait())
        done.append(event.id)

    async with client_for(hooks) as http:
        answer = await http.post("/", content=delivery("slow"), headers=headers())
    assert answer.status_code == 200
    assert done == []  # answered while the handler still waits
    release.set()
    await bounded(hooks.join())
    assert done == ["slow"]


async def test_a_full_queue_answers_503_and_the_retry_is_accepted(secret: str, headers: Headers) -> None:
    hooks = WebhookReceiver(secret, queue_size=1, workers=1)
    release, started = asyncio.Event(), asyncio.Event()
    handled: list[str] = []

    @hooks.on("CustomerCreated")
    async def blocked(event: WebhookEvent[Any]) -> None:
        started.set()
        await bounded(release.wait())
        handled.append(event.id)

    async with client_for(hooks) as http:
        codes = [(await http.post("/", content=delivery("e0"), headers=headers())).status_code]
        await bounded(started.wait())
        codes += [(await http.post("/", content=delivery(f"e{i}"), headers=headers())).status_code for i in (1, 2, 3)]
        # e0 is with the worker, e1 waits in the queue, e2 and e3 are refused.
        assert codes[:2] == [200, 200]
        busy = await http.post("/", content=delivery("e9"), headers=headers())
        assert busy.status_code == 503
        assert busy.headers["retry-after"] == "1"
        release.set()
        await bounded(hooks.join())
        retried = await http.post("/", content=delivery("e2"), headers=headers())
    assert codes[2:] == [503, 503]
    assert retried.status_code == 200
    await bounded(hooks.aclose())
    assert sorted(handled) == ["e0", "e1", "e2"]
    assert hooks.stats.busy == 3


async def test_handler_failures_are_logged_counted_never_leaked(
    hooks: WebhookReceiver, headers: Headers, caplog: pytest.LogCaptureFixture
) -> None:
    after: list[str] = []

    @hooks.on("CustomerCreated")
    async def broken(event: WebhookEvent[Any]) -> None:
        raise RuntimeError("database down at db.internal:5432")

    @hooks.on("CustomerCreated")
    async def next_one(event: WebhookEvent[Any]) -> None:
        after.append(event.id)

    async with client_for(hooks) as http:
        answer = await http.post("/", content=delivery("e1"), headers=headers())
    await bounded(hooks.join())
    assert answer.status_code == 200
    assert "database" not in answer.text
    assert hooks.stats.failed == 1
    assert after == ["e1"]
    assert any("broken" in r.getMessage() and r.exc_info for r in caplog.records)


async def test_sync_handlers_run_in_a_thread(hooks: WebhookReceiver, headers: Headers) -> None:
    threads: list[str] = []

    @hooks.on("CustomerCreated")
    def plain(event: WebhookEvent[Any]) -> None:
        threads.append(threading.current_thread().name)

    async with client_for(hooks) as http:
        await http.post("/", content=delivery(), headers=headers())
    await bounded(hooks.join())
    assert threads
    assert threads[0] != threading.current_thread().name


def test_typed_registration_checks_the_model(hooks: WebhookReceiver) -> None:
    hooks.on("InvoiceCreated", Invoice)
    with pytest.raises(TypeError, match="InvoiceCreated events carry Invoice, not Customer"):
        hooks.on("InvoiceCreated", Customer)
    with pytest.raises(TypeError, match="raw JSON"):
        hooks.on("SomethingNew", Customer)


async def test_events_without_handlers_are_acknowledged(hooks: WebhookReceiver, headers: Headers) -> None:
    async with client_for(hooks) as http:
        answer = await http.post("/", content=delivery("e", "BrandNewEvent", {"a": 1}), headers=headers())
    assert answer.status_code == 200
    assert hooks.stats.accepted == 1


async def test_as_a_starlette_route(hooks: WebhookReceiver, headers: Headers) -> None:
    seen: list[str] = []
    hooks.on("CustomerCreated")(lambda event: seen.append(event.id))
    app = Starlette(routes=[starlette_route(hooks, "/altoviz/hooks")])
    async with client_for(app) as http:
        assert (await http.post("/altoviz/hooks", content=delivery(), headers=headers())).status_code == 200
        assert (await http.post("/altoviz/hooks", content=delivery(), headers={})).status_code == 401
    await bounded(hooks.join())
    assert seen == ["evt-1"]


async def test_as_a_fastapi_router_and_dependency(hooks: WebhookReceiver, headers: Headers) -> None:
    seen: list[str] = []
    hooks.on("CustomerCreated")(lambda event: seen.append(event.id))
    app = FastAPI()
    app.include_router(fastapi_router(hooks, "/hooks"))

    @app.post("/own")
    async def own(event: WebhookEvent[Any] = Depends(verified_event(hooks))) -> dict[str, str]:  # noqa: B008
        return {"type": event.type.value, "company": event.data.company_name}

    async with client_for(app) as http:
        routed = await http.post("/hooks", content=delivery(), headers=headers())
        mine = await http.post("/own", content=delivery(), headers=headers())
        refused = await http.post("/own", content=delivery(), headers={"X-Signature": "nope"})
    await bounded(hooks.join())
    assert routed.status_code == 200
    assert seen == ["evt-1"]
    assert mine.json() == {"type": "CustomerCreated", "company": "Acme"}
    assert refused.status_code == 401


def test_import_altoviz_does_not_load_a_web_framework() -> None:
    import subprocess
    import sys

    code = (
        "import sys, altoviz, altoviz.webhooks;"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'starlette', 'fastapi', 'redis'}))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_logging_name() -> None:
    assert logging.getLogger("altoviz.webhooks").name == "altoviz.webhooks"


async def test_a_failing_dedupe_store_asks_for_a_retry(secret: str, headers: Headers) -> None:
    class Down:
        async def claim(self, event_id: str) -> bool:
            raise ConnectionError("redis unreachable")

        async def release(self, event_id: str) -> None:
            raise ConnectionError("redis unreachable")

    hooks = WebhookReceiver(secret, dedupe=Down())
    async with client_for(hooks) as http:
        answer = await http.post("/", content=delivery(), headers=headers())
    assert answer.status_code == 503


async def asgi_post(app: Any, body: bytes, headers: list[tuple[bytes, bytes]], peer: str = "127.0.0.1") -> int:
    """POST through the raw ASGI interface, with the header list exactly as given (names, case, repeats)."""
    scope = {"type": "http", "method": "POST", "path": "/", "headers": headers, "client": (peer, 5000)}
    messages = [{"type": "http.request", "body": body, "more_body": False}]
    status: list[int] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])

    await bounded(app(scope, receive, send))
    return status[0]


async def test_raw_headers_case_and_repeats(hooks: WebhookReceiver, secret: str) -> None:
    right, wrong = secret.encode(), b"not-the-secret"
    # A server that keeps the header's case still gets the right answer.
    assert await asgi_post(hooks, delivery("a"), [(b"X-Signature", right)]) == 200
    # A repeated header counts once, its last line: one request is one guess per header name.
    assert await asgi_post(hooks, delivery("b"), [(b"x-signature", wrong), (b"x-signature", right)]) == 200
    assert await asgi_post(hooks, delivery("c"), [(b"x-signature", right), (b"x-signature", wrong)]) == 401
    many = [(b"x-signature", wrong)] * 3 + [(b"x-signature", right)] + [(b"x-signature", wrong)]
    assert await asgi_post(hooks, delivery("d"), many) == 401
    # Both names: either may hold the secret.
    assert await asgi_post(hooks, delivery("e"), [(b"x-signature", wrong), (b"x-altoviz-signature", right)]) == 200
    assert await asgi_post(hooks, delivery("f"), [(b"content-type", b"text/plain")]) == 401
    assert hooks.stats.refused == {"secret": 3}


async def test_forwarded_for_lines_are_one_list_of_hops(secret: str) -> None:
    hooks = WebhookReceiver(secret, source_ips=["20.23.10.180"], trusted_proxies=["10.0.0.0/8"])
    sig = (b"x-signature", secret.encode())
    lines = [sig, (b"x-forwarded-for", b"20.23.10.180"), (b"x-forwarded-for", b"10.1.1.1")]
    assert await asgi_post(hooks, delivery("a"), lines, peer="10.0.0.5") == 200
    # A hop the client wrote before its own address is not believed: the rightmost untrusted one counts.
    forged = [sig, (b"X-Forwarded-For", b"20.23.10.180"), (b"x-forwarded-for", b"6.6.6.6")]
    assert await asgi_post(hooks, delivery("b"), forged, peer="10.0.0.5") == 403
    assert await asgi_post(hooks, delivery("c"), [sig, (b"x-forwarded-for", b"20.23.10.180")], peer="6.6.6.6") == 403
    await bounded(hooks.aclose())
