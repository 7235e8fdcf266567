"""The total timeout while the answer is awaited: one watchdog timer per client, exact on a virtual clock.

The client arms no timer per request (``altoviz._deadline.Watchdog``): these tests hold it to what a timer per
request (``asyncio.timeout``) guarantees. Each deadline fires on time, whichever request came first; a caller's
own cancellation stays a cancellation; nothing is left on the task; a client works on a second event loop.
The trickling body and download cases run against a real socket in tests/hostile/test_trickle_and_truncation.py.
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any

import httpx
import pytest
from altoviz import AltovizClient, APITimeoutError, total_timeout
from altoviz.sandbox.completion import as_sent

from altoviz_client.api.customers import get_customer
from altoviz_client.models.customer import Customer

from .support import BASE, KEY, fast_pacer, now
from .virtual_time import run_virtual

pytestmark = pytest.mark.skipif(sys.version_info < (3, 11), reason="the watchdog needs Task.uncancel (3.11)")


class GatedTransport(httpx.AsyncBaseTransport):
    """Answers customer ``id`` once ``gates[id]`` is set; an id without a gate is never answered."""

    def __init__(self) -> None:
        self.gates: dict[int, asyncio.Event] = {}
        self.cancelled: list[int] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        ident = int(request.url.path.rsplit("/", 1)[-1])
        try:
            await self.gates.setdefault(ident, asyncio.Event()).wait()
        except asyncio.CancelledError:
            self.cancelled.append(ident)
            raise
        return httpx.Response(200, json=as_sent(Customer, {"id": ident, "name": "Acme"}))


def make_client(transport: httpx.AsyncBaseTransport, **kwargs: Any) -> AltovizClient:
    return AltovizClient(KEY, base_url=BASE, transport=transport, pacer=fast_pacer(), max_retries=0, **kwargs)


def test_an_answer_that_never_comes_is_stopped_at_the_total_timeout() -> None:
    server = GatedTransport()

    async def scenario() -> float:
        async with make_client(server, total_timeout=2.0) as client:
            with pytest.raises(APITimeoutError, match="total timeout of 2 s"):
                await client.call(get_customer, id=1)
            return now()

    assert run_virtual(scenario()) == pytest.approx(2.0)
    assert server.cancelled == [1]


def test_the_total_timeout_covers_retries_and_their_waits() -> None:
    attempts: list[float] = []

    async def refused(request: httpx.Request) -> httpx.Response:
        attempts.append(now())
        return httpx.Response(429, headers={"Retry-After": "1"}, json={"title": "Too Many Requests"})

    async def scenario() -> float:
        async with AltovizClient(
            KEY, base_url=BASE, transport=httpx.MockTransport(refused), pacer=fast_pacer(), total_timeout=2.5
        ) as client:
            with pytest.raises(APITimeoutError):
                await client.call(get_customer, id=1)
            return now()

    assert run_virtual(scenario()) == pytest.approx(2.5)
    assert attempts == pytest.approx([0.0, 1.0, 2.0])


def test_a_shorter_deadline_started_later_fires_first_and_the_longer_one_still_holds() -> None:
    server = GatedTransport()

    async def scenario() -> tuple[float, Customer, float]:
        async with make_client(server, total_timeout=100.0) as client:
            long = asyncio.create_task(client.call(get_customer, id=1))  # deadline 100
            await asyncio.sleep(0.5)
            with total_timeout(1.0), pytest.raises(APITimeoutError):
                await client.call(get_customer, id=2)  # deadline 1.5, earlier than the timer set for 100
            failed_at = now()
            assert not long.done()
            await asyncio.sleep(10)
            server.gates[1].set()
            return failed_at, await long, now()

    failed_at, customer, answered_at = run_virtual(scenario())
    assert failed_at == pytest.approx(1.5)
    assert customer.id == 1
    assert answered_at == pytest.approx(11.5)
    assert server.cancelled == [2]


def test_each_request_in_flight_times_out_at_its_own_deadline() -> None:
    server = GatedTransport()

    async def scenario() -> list[str]:
        async with make_client(server, total_timeout=3.0) as client:

            async def fetch(ident: int) -> str:
                try:
                    await client.call(get_customer, id=ident)
                except APITimeoutError:
                    return f"{ident} timed out at {now():g}"
                return f"{ident} answered at {now():g}"

            first = asyncio.create_task(fetch(1))  # deadline 3
            await asyncio.sleep(1)
            second = asyncio.create_task(fetch(2))  # deadline 4
            await asyncio.sleep(1)
            third = asyncio.create_task(fetch(3))  # deadline 5
            await asyncio.sleep(1.5)  # t = 3.5: the first has timed out, the others are in flight
            server.gates[3].set()
            # Bounded: a deadline that never fires would leave the virtual clock nothing to jump to.
            return list(await asyncio.wait_for(asyncio.gather(first, second, third), 60))

    assert run_virtual(scenario()) == ["1 timed out at 3", "2 timed out at 4", "3 answered at 3.5"]


def test_a_callers_cancellation_stays_a_cancellation() -> None:
    server = GatedTransport()

    async def scenario() -> None:
        async with make_client(server, total_timeout=10.0) as client:
            task = asyncio.create_task(client.call(get_customer, id=1))
            await asyncio.sleep(1)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    run_virtual(scenario())
    assert server.cancelled == [1]


def test_a_cancellation_at_the_very_moment_of_the_deadline_is_not_swallowed() -> None:
    server = GatedTransport()

    async def scenario() -> None:
        async with make_client(server, total_timeout=2.0) as client:
            task = asyncio.create_task(client.call(get_customer, id=1))
            asyncio.get_running_loop().call_at(now() + 2.0, task.cancel)  # the same instant as the watchdog
            with pytest.raises(asyncio.CancelledError):
                await task

    run_virtual(scenario())


def test_a_timeout_leaves_the_task_uncancelled_and_the_client_working() -> None:
    server = GatedTransport()

    async def scenario() -> tuple[int, int]:
        async with make_client(server, total_timeout=2.0) as client:
            with pytest.raises(APITimeoutError):
                await client.call(get_customer, id=1)
            task = asyncio.current_task()
            assert task is not None
            server.gates[2] = asyncio.Event()
            server.gates[2].set()
            customer = await client.call(get_customer, id=2)
            await asyncio.sleep(5)  # past the deadline of the call that answered: nothing fires on this task
            return task.cancelling(), customer.id

    assert run_virtual(scenario()) == (0, 2)


def test_one_client_on_two_event_loops_times_out_on_each() -> None:
    server = GatedTransport()
    client = make_client(server, total_timeout=2.0)

    async def scenario(ident: int) -> float:
        started = now()
        with pytest.raises(APITimeoutError):
            await client.call(get_customer, id=ident)
        return now() - started

    assert run_virtual(scenario(1)) == pytest.approx(2.0)
    assert run_virtual(scenario(2)) == pytest.approx(2.0)
    assert server.cancelled == [1, 2]
