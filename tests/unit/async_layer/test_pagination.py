"""Pagination over any list operation: pages on demand, stop rules, guards, prefetch and cancellation."""

from __future__ import annotations

import asyncio
import contextlib

import httpx
import pytest
from altoviz import AltovizClient, PaginationError, ServerError
from altoviz.sandbox.completion import as_sent
from pytest_httpx import HTTPXMock

from altoviz_client.api.customers import list_customers
from altoviz_client.api.sale_invoices import list_sale_invoices
from altoviz_client.models.customer import Customer
from altoviz_client.models.invoice import Invoice

from .support import BASE, KEY, ScriptedTransport, fast_pacer, now
from .virtual_time import run_virtual


def catalogue(total: int, *, ignore_index: bool = False, shift: int = 0):
    """A list endpoint over customers 1..total; ``shift`` makes page 2 start ``shift`` items early."""
    seen: list[tuple[int, int]] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        index = int(request.url.params.get("PageIndex", "1"))
        size = int(request.url.params.get("PageSize", "100"))
        seen.append((index, size))
        start = 0 if ignore_index else max(0, index - 1) * size
        if index >= 2:
            start -= shift
        rows = [as_sent(Customer, {"id": i, "name": f"C{i}"}) for i in range(start + 1, min(start + size, total) + 1)]
        return httpx.Response(200, json=rows)

    return handler, seen


class SlowPages(ScriptedTransport):
    """Page k takes k * 50 ms to answer, so later pages are still in flight while earlier ones are consumed."""

    def __init__(self, total: int) -> None:
        handler, _ = catalogue(total)

        async def slow(request: httpx.Request) -> httpx.Response:
            try:
                await asyncio.sleep(0.05 * int(request.url.params["PageIndex"]))
            except asyncio.CancelledError:
                self.cancelled += 1
                raise
            return await handler(request)

        super().__init__(slow)


def client_on(transport: httpx.AsyncBaseTransport) -> AltovizClient:
    return AltovizClient(KEY, base_url=BASE, transport=transport, pacer=fast_pacer(), max_retries=0)


def test_walks_every_item_and_stops_on_a_short_page() -> None:
    handler, seen = catalogue(5)

    async def scenario() -> list[int]:
        async with client_on(ScriptedTransport(handler)) as client:
            return [c.id async for c in client.paginate(list_customers, page_size=2)]

    assert run_virtual(scenario()) == [1, 2, 3, 4, 5]
    # A 1-based server clamping index 0: index 1 repeats it and is skipped (see test_pagination_conventions).
    assert seen == [(0, 2), (1, 2), (2, 2), (3, 2)]


def test_stops_on_an_empty_page_when_the_total_is_a_multiple_of_the_size() -> None:
    handler, seen = catalogue(4)

    async def scenario() -> list[list[int]]:
        async with client_on(ScriptedTransport(handler)) as client:
            return [[c.id for c in page] async for page in client.paginate(list_customers, page_size=2).pages()]

    assert run_virtual(scenario()) == [[1, 2], [3, 4]]
    assert [index for index, _ in seen] == [0, 1, 2, 3]


async def test_filters_page_size_and_first_index_reach_the_request(client: AltovizClient, httpx_mock: HTTPXMock):
    httpx_mock.add_response(json=[as_sent(Invoice, {"id": 1, "number": "F1"})])
    items = [i async for i in client.paginate(list_sale_invoices, customer_id=9, page_index=0, page_size=50)]
    assert len(items) == 1
    request = httpx_mock.get_request()
    assert request is not None
    assert request.url.params["CustomerId"] == "9"
    assert request.url.params["PageIndex"] == "0"
    assert request.url.params["PageSize"] == "50"


def test_client_defaults_for_first_page_and_size() -> None:
    handler, seen = catalogue(0)

    async def scenario() -> None:
        transport = ScriptedTransport(handler)
        async with AltovizClient(KEY, base_url=BASE, transport=transport, first_page_index=0, page_size=25) as c:
            assert [x async for x in c.paginate(list_customers)] == []

    run_virtual(scenario())
    assert seen == [(0, 25)]


def test_a_server_ignoring_the_page_index_raises_instead_of_looping() -> None:
    handler, seen = catalogue(10, ignore_index=True)

    async def scenario() -> None:
        async with client_on(ScriptedTransport(handler)) as client:
            async for _ in client.paginate(list_customers, page_size=3):
                pass

    with pytest.raises(PaginationError, match="ignore the page index"):
        run_virtual(scenario())
    assert len(seen) == 3  # index 1 repeating index 0 could be clamping; index 2 repeating it cannot


def test_items_repeated_across_pages_are_dropped() -> None:
    handler, _ = catalogue(7, shift=1)  # page 2 repeats the last item of page 1

    async def scenario() -> list[int]:
        async with client_on(ScriptedTransport(handler)) as client:
            return [c.id async for c in client.paginate(list_customers, page_size=3)]

    assert run_virtual(scenario()) == [1, 2, 3, 4, 5, 6, 7]


def test_a_failing_page_raises_its_error() -> None:
    handler, _ = catalogue(10)

    async def failing(request: httpx.Request) -> httpx.Response:
        if request.url.params["PageIndex"] == "2":
            return httpx.Response(500, json={"title": "boom"})
        return await handler(request)

    async def scenario() -> list[int]:
        got: list[int] = []
        async with client_on(ScriptedTransport(failing)) as client:
            async for c in client.paginate(list_customers, page_size=3).prefetch(3):
                got.append(c.id)
        return got

    with pytest.raises(ServerError):
        run_virtual(scenario())


def test_prefetch_keeps_order_and_is_at_least_three_times_faster() -> None:
    handler, _ = catalogue(200)

    async def walk(prefetch: int) -> tuple[list[int], float]:
        async with client_on(ScriptedTransport(handler, latency=0.02)) as client:
            start = now()
            ids = [c.id async for c in client.paginate(list_customers, page_size=10).prefetch(prefetch)]
            return ids, now() - start

    sequential_ids, sequential = run_virtual(walk(0))
    prefetched_ids, prefetched = run_virtual(walk(4))
    assert prefetched_ids == sequential_ids == list(range(1, 201))
    assert sequential >= 3 * prefetched


def test_cancelling_the_consumer_cancels_the_prefetched_pages() -> None:
    transport = SlowPages(1000)

    async def scenario() -> set[asyncio.Task[object]]:
        async with client_on(transport) as client:

            async def consume() -> None:
                # From page 1, as given: about cancelling, not where pages start (test_pagination_conventions).
                async for _ in client.paginate(list_customers, page_index=1, page_size=10).prefetch(4):
                    await asyncio.sleep(1)  # a slow consumer

            task = asyncio.ensure_future(consume())
            await asyncio.sleep(0.07)  # page 1 is being consumed, pages 2 to 5 are in flight
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            # The abandoned generator is closed by the loop's async-generator finalizer, within a few turns.
            await asyncio.sleep(0.001)
            return {t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()}

    assert run_virtual(scenario()) == set()
    assert len(transport.requests) == 5  # the page being consumed and the 4 prefetched
    assert transport.cancelled == 4  # the prefetched ones, cut off mid-flight


def test_breaking_out_cancels_the_prefetched_pages() -> None:
    transport = SlowPages(1000)

    async def scenario() -> set[asyncio.Task[object]]:
        async with client_on(transport) as client:
            async for _ in client.paginate(list_customers, page_size=10).prefetch(4):
                break
            await asyncio.sleep(0.001)  # the abandoned generator is closed by the loop's finalizer
            return {t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()}

    assert run_virtual(scenario()) == set()
    assert transport.cancelled == 4


def test_aclosing_cancels_the_prefetched_pages_at_once() -> None:
    transport = SlowPages(1000)

    async def scenario() -> None:
        async with client_on(transport) as client:
            async with contextlib.aclosing(client.paginate(list_customers, page_size=10).prefetch(4).pages()) as pages:
                async for _ in pages:
                    break
            assert transport.cancelled == 4  # before any other task had a turn

    run_virtual(scenario())
