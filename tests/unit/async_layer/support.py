"""Shared test helpers: the test key, a pacer that never waits, and scripted fake servers."""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import math
from collections.abc import Awaitable, Callable
from email.message import EmailMessage

import httpx
from altoviz import Pacer
from altoviz.sandbox.completion import as_sent

from altoviz_client.models.customer import Customer

# A made-up key with a shape no other string in a test would have by chance.
KEY = "sk_test_Zq9VwX2pL7mK4rT8"
BASE = "https://api.altoviz.test"


def fast_pacer() -> Pacer:
    """A pacer that never holds a unit test back (the pacing tests build their own)."""
    return Pacer(initial_window=10_000, min_rate=10_000)


def now() -> float:
    return asyncio.get_running_loop().time()


Handler = Callable[[httpx.Request], Awaitable[httpx.Response]]


class ScriptedTransport(httpx.AsyncBaseTransport):
    """Answers with ``handler`` after ``latency`` (virtual) seconds; records each request and its send time."""

    def __init__(self, handler: Handler, latency: float = 0.0) -> None:
        self.handler = handler
        self.latency = latency
        self.requests: list[httpx.Request] = []
        self.sent_at: list[float] = []
        self.cancelled = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.sent_at.append(now())
        try:
            if self.latency:
                await asyncio.sleep(self.latency)
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        await request.aread()
        return await self.handler(request)


def respond(*responses: httpx.Response | Exception) -> Handler:
    """A handler that plays ``responses`` in order, then repeats the last one."""
    queue = list(responses)

    async def handler(request: httpx.Request) -> httpx.Response:
        item = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(item, Exception):
            raise item
        # A fresh copy each time: a response object is read and closed once.
        return httpx.Response(item.status_code, headers=item.headers, content=item.content)

    return handler


class TokenBucketServer(ScriptedTransport):
    """A server limited by a token bucket, answering 429 with a whole-second Retry-After when it is empty."""

    def __init__(self, rate: float, burst: int, latency: float = 0.02) -> None:
        super().__init__(self._answer, latency)
        self.rate = rate
        self.burst = burst
        self.tokens = float(burst)
        self.refilled_at: float | None = None
        self.accepted = 0
        self.refused = 0

    async def _answer(self, request: httpx.Request) -> httpx.Response:
        t = now() - self.latency / 2  # the request reached the server half-way
        if self.refilled_at is not None:
            self.tokens = min(self.burst, self.tokens + (t - self.refilled_at) * self.rate)
        self.refilled_at = t
        if self.tokens >= 1:
            self.tokens -= 1
            self.accepted += 1
            return httpx.Response(200, json=as_sent(Customer, {"id": 1, "name": "Acme"}))
        self.refused += 1
        wait = max(1, math.ceil((1 - self.tokens) / self.rate))
        return httpx.Response(429, headers={"Retry-After": str(wait)}, json={"title": "Too Many Requests"})


def parse_multipart(request: httpx.Request) -> EmailMessage:
    """Parse the body with the boundary the Content-Type header declares, as a server would."""
    head = b"Content-Type: " + request.headers["Content-Type"].encode("latin-1") + b"\r\n\r\n"
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.content)
    assert isinstance(message, EmailMessage)
    assert message.is_multipart()
    assert message.defects == []
    return message
