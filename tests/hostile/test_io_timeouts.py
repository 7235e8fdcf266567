"""Read and write timeouts still hold on real sockets now that the client's watchdog keeps them.

The SDK's own pool bounds each socket read and write through the watchdog (``altoviz._io_timeouts``)
rather than a timer per operation; these tests hold it to what httpx's per-operation timers guarantee: a
server that stops answering or stops reading fails the call with a timeout, and only the operation that
waits too long counts (a slow server that keeps making progress is not cut), whatever the total timeout.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
from collections.abc import AsyncIterator, Awaitable

import httpcore
import httpx
import pytest
from altoviz import AltovizClient, APITimeoutError, Pacer, total_timeout
from altoviz._io_timeouts import WatchedBackend
from altoviz.sandbox.completion import as_sent

from altoviz_client.api.customers import create_customer, get_customer
from altoviz_client.models.customer import Customer
from altoviz_client.models.customer_input import CustomerInput

from .loopback import SeenRequest, head, loopback

pytestmark = pytest.mark.skipif(sys.version_info < (3, 11), reason="the watchdog needs Task.uncancel (3.11)")

KEY = "sk_iotimeouts_Qw7Zr3Lp9Xv2"
# Every wait is bounded by a safety net, so that a timeout that does not fire fails the test instead of hanging
# it (the body of an answer relies on the read timeout: the total timeout arms its own timer only near its end).
GUARD = 10.0
BODY = json.dumps(as_sent(Customer, {"id": 1, "name": "Acme"})).encode()


def pacer() -> Pacer:
    return Pacer(initial_window=10_000, min_rate=10_000)


def client(origin: str, timeout: httpx.Timeout) -> AltovizClient:
    # A total timeout well above the read and write timeouts, which must fire first.
    return AltovizClient(KEY, base_url=origin, timeout=timeout, total_timeout=5.0, pacer=pacer(), max_retries=0)


async def timed_out(call: Awaitable[object]) -> APITimeoutError:
    """Await ``call``, which must fail with the SDK's timeout error, not the total timeout's; return the error."""
    with pytest.raises(APITimeoutError) as caught:
        async with asyncio.timeout(GUARD):
            await call
    assert "total timeout" not in str(caught.value)
    return caught.value


def backends(sdk: AltovizClient) -> list[object]:
    transport = sdk.retry._transport
    assert isinstance(transport, httpx.AsyncHTTPTransport)
    return [transport._pool._network_backend]


async def test_the_sdks_own_pool_is_watched_and_a_callers_transport_is_not() -> None:
    async with AltovizClient(KEY, base_url="http://127.0.0.1:9") as sdk:
        assert [type(b) for b in backends(sdk)] == [WatchedBackend]
    mine = httpx.AsyncHTTPTransport()
    async with AltovizClient(KEY, base_url="http://127.0.0.1:9", transport=mine):
        assert not isinstance(mine._pool._network_backend, WatchedBackend)
    await mine.aclose()


async def test_a_server_that_never_answers_fails_at_the_read_timeout() -> None:
    async def silent(request: SeenRequest, writer: asyncio.StreamWriter) -> None:
        await asyncio.Event().wait()  # read the request, never answer (cancelled when the test ends)

    async with loopback(silent) as api, client(api.origin, httpx.Timeout(5.0, read=0.3)) as sdk:
        error = await timed_out(sdk.call(get_customer, id=1))
    assert isinstance(error.__cause__, httpx.ReadTimeout)
    assert len(api.requests) == 1


async def test_a_body_that_stalls_fails_at_the_read_timeout() -> None:
    async def stalls(request: SeenRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(head(200, {"Content-Length": str(len(BODY)), "Content-Type": "application/json"}) + BODY[:5])
        await writer.drain()
        await asyncio.Event().wait()

    async with loopback(stalls) as api, client(api.origin, httpx.Timeout(5.0, read=0.3)) as sdk:
        error = await timed_out(sdk.call(get_customer, id=1))
    assert isinstance(error.__cause__, httpx.ReadTimeout)


async def test_a_slow_server_that_keeps_sending_is_not_cut_the_timeout_is_per_read() -> None:
    # Eight pauses of 0.15 s: 1.2 s in all, twice the read timeout, each pause a quarter of it.
    async def steady(request: SeenRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(head(200, {"Content-Length": str(len(BODY)), "Content-Type": "application/json"}))
        step = -(-len(BODY) // 8)
        for start in range(0, len(BODY), step):
            await asyncio.sleep(0.15)
            writer.write(BODY[start : start + step])
            await writer.drain()

    async with loopback(steady) as api, client(api.origin, httpx.Timeout(5.0, read=0.6)) as sdk:
        customer = await sdk.call(get_customer, id=1)
    assert customer.id == 1


@contextlib.asynccontextmanager
async def deaf_server() -> AsyncIterator[str]:
    """Accept connections and never read from them: the client's writes fill the socket buffers, then stall."""
    held: list[asyncio.StreamWriter] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    finally:
        for writer in held:
            writer.close()
        server.close()
        await server.wait_closed()


async def test_a_server_that_stops_reading_fails_at_the_write_timeout() -> None:
    # 32 MB is more than loopback's socket buffers hold, so the write has to wait for the server.
    note = "x" * 32_000_000
    async with deaf_server() as origin, client(origin, httpx.Timeout(5.0, write=0.3)) as sdk:
        error = await timed_out(sdk.call(create_customer, body=CustomerInput(company_name="Acme", internal_notes=note)))
    assert isinstance(error.__cause__, httpx.WriteTimeout)


async def test_a_callers_cancellation_of_a_waiting_read_stays_a_cancellation() -> None:
    read = asyncio.Event()

    async def silent(request: SeenRequest, writer: asyncio.StreamWriter) -> None:
        read.set()
        await asyncio.Event().wait()

    async with loopback(silent) as api, client(api.origin, httpx.Timeout(5.0)) as sdk:
        task = asyncio.create_task(sdk.call(get_customer, id=1))
        async with asyncio.timeout(GUARD):
            await read.wait()  # the request is read: the client now waits in a socket read
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task


async def test_the_stream_raises_httpcores_timeouts_as_httpcores_own_streams_do() -> None:
    # What httpx maps to ReadTimeout / WriteTimeout: the same classes httpcore's anyio stream raises.
    async def silent(request: SeenRequest, writer: asyncio.StreamWriter) -> None:
        await asyncio.Event().wait()

    async with loopback(silent) as api:
        port = int(api.origin.rsplit(":", 1)[1])
        sdk = client(api.origin, httpx.Timeout(5.0))
        backend = backends(sdk)[0]
        assert isinstance(backend, httpcore.AsyncNetworkBackend)
        stream = await backend.connect_tcp("127.0.0.1", port, timeout=5.0)
        await stream.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n", timeout=1.0)
        async with asyncio.timeout(GUARD):
            with pytest.raises(httpcore.ReadTimeout):
                await stream.read(1024, timeout=0.2)
        await stream.aclose()
        await sdk.aclose()


@contextlib.asynccontextmanager
async def keep_alive_server(delays: list[float]) -> AsyncIterator[tuple[str, list[int]]]:
    """Answer every request of a connection in turn (HTTP/1.1 keep-alive), the n-th after ``delays[n]`` s.

    Yields the origin and, for each request, the number of the connection that carried it.
    """
    carried: list[int] = []
    connections = 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        mine = connections
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")
                carried.append(mine)
                await asyncio.sleep(delays[len(carried) - 1])  # the server's own latency, not a test's wait
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
                writer.write(f"Content-Length: {len(BODY)}\r\n\r\n".encode() + BODY)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}", carried
    finally:
        server.close()
        await server.wait_closed()


async def trickle(request: SeenRequest, writer: asyncio.StreamWriter) -> None:
    """Answer with the body one byte every 50 ms: each read is quick, the whole is slow."""
    writer.write(head(200, {"Content-Length": str(len(BODY)), "Content-Type": "application/json"}))
    for n in range(len(BODY)):
        writer.write(BODY[n : n + 1])
        await writer.drain()
        await asyncio.sleep(0.05)


async def test_an_answers_deadline_does_not_outlive_it_on_a_reused_connection() -> None:
    # The first call has a 0.3 s total timeout and is answered at once; the second, on the same connection,
    # has the client's 5 s and is answered after 0.6 s: past the first call's deadline, within its own.
    async with keep_alive_server([0.0, 0.6]) as (origin, carried), client(origin, httpx.Timeout(5.0)) as sdk:
        with total_timeout(0.3):
            await sdk.call(get_customer, id=1)
        async with asyncio.timeout(GUARD):
            customer = await sdk.call(get_customer, id=2)
    assert customer.id == 1
    assert carried == [1, 1]


async def test_a_callers_transport_keeps_the_total_timeout_on_a_trickling_body() -> None:
    # Not the SDK's own pool, so not its watched connections: the body is checked chunk by chunk instead.
    mine = httpx.AsyncHTTPTransport()
    async with (
        loopback(trickle) as api,
        AltovizClient(
            KEY, base_url=api.origin, transport=mine, timeout=5.0, total_timeout=0.5, pacer=pacer(), max_retries=0
        ) as sdk,
    ):
        with pytest.raises(APITimeoutError, match="total timeout"):
            async with asyncio.timeout(GUARD):
                await sdk.call(get_customer, id=1)
    await mine.aclose()


async def test_without_a_read_timeout_the_total_timeout_still_stops_a_trickling_body() -> None:
    # timeout=None: no read timeout at all, so only the answer's deadline bounds the body's reads.
    async with (
        loopback(trickle) as api,
        AltovizClient(
            KEY, base_url=api.origin, timeout=httpx.Timeout(None), total_timeout=0.5, pacer=pacer(), max_retries=0
        ) as sdk,
    ):
        with pytest.raises(APITimeoutError, match=r"total timeout of 0\.5 s"):
            async with asyncio.timeout(GUARD):
                await sdk.call(get_customer, id=1)
