"""Property: whatever a server answers, the SDK returns a value or raises an AltovizError subclass, nothing else.

Random JSON (with the API's property names, so nested parsers are reached), random bytes, 100k-deep JSON,
any status and garbage headers, into every generated operation's parser and every model's ``from_dict``,
through ``client.call``, ``client.paginate`` and ``client.download``. Seeded (``derandomize``) and bounded.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import random
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from altoviz import AltovizClient, AltovizError, Pacer
from altoviz._control import parse_retry_after
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from altoviz_client.api.customers import list_customers
from altoviz_client.api.sale_invoices import download_sale_invoice

from .strategies import bodies, content_types, header_values, models, objects, operations, statuses

KEY = "sk_property_Jd8Xc2Vn5Lq7Pw4R"
BASE = "https://api.altoviz.test"

BOUNDED = settings(
    derandomize=True,  # the same examples on every run: a failure here is never a flake
    database=None,
    deadline=None,
    max_examples=100,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

Answer = tuple[int, bytes, dict[str, str]]
answers = st.tuples(
    statuses,
    bodies,
    st.fixed_dictionaries(
        {}, optional={"Retry-After": header_values, "Content-Type": content_types, "Content-Length": header_values}
    ),
)


def client_answering(answer: Answer) -> AltovizClient:
    status, body, headers = answer

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=headers, content=body)

    return AltovizClient(
        KEY,
        base_url=BASE,
        transport=httpx.MockTransport(handler),
        pacer=Pacer(initial_window=10_000, min_rate=10_000),
        max_retries=0,  # retries are the retry tests' business; here one answer, one outcome
        rng=random.Random(0),
    )


class FixedRequest:
    """A generated operation's parser behind a fixed request: the parser is what is under test."""

    def __init__(self, parse: Any) -> None:
        self._parse_success = parse

    def _get_kwargs(self) -> dict[str, Any]:
        return {"method": "get", "url": "/v1/Anything"}


# One loop for the module's examples (a loop per example costs more than the example), closed at its end.
_loop: asyncio.AbstractEventLoop | None = None


@pytest.fixture(scope="module", autouse=True)
def one_event_loop() -> Iterator[None]:
    global _loop
    _loop = asyncio.new_event_loop()
    try:
        yield
    finally:
        _loop.run_until_complete(_loop.shutdown_asyncgens())
        _loop.close()
        _loop = None


def outcome(coroutine: Any) -> None:
    """Run one SDK call; an AltovizError is a fine outcome, anything else fails the property."""

    async def run() -> None:
        with contextlib.suppress(AltovizError):
            await coroutine

    assert _loop is not None
    _loop.run_until_complete(run())


@BOUNDED
@given(operation=st.sampled_from(operations()), answer=answers)
def test_any_answer_to_any_operation(operation: ModuleType, answer: Answer) -> None:
    async def call() -> None:
        async with client_answering(answer) as client:
            await client.call(FixedRequest(operation._parse_success))  # type: ignore[arg-type]

    outcome(call())


@BOUNDED
@given(model=st.sampled_from(models()), status=st.sampled_from([200, 201]), body=objects | bodies)
def test_any_json_into_any_model_parser(model: type[Any], status: int, body: Any) -> None:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()

    async def call() -> None:
        async with client_answering((status, content, {"Content-Type": "application/json"})) as client:
            await client.call(FixedRequest(lambda response: model.from_dict(response.json())))  # type: ignore[arg-type]

    outcome(call())


@settings(BOUNDED, max_examples=60)
@given(answer=answers, page_size=st.integers(1, 4), prefetch=st.integers(0, 2))
def test_any_answer_to_a_walk_over_pages(answer: Answer, page_size: int, prefetch: int) -> None:
    async def walk() -> None:
        async with client_answering(answer) as client:
            pages = 0
            async for _ in client.paginate(list_customers, page_size=page_size).prefetch(prefetch).pages():
                pages += 1
                assert pages < 10  # the same answer for every page: the guard must end the walk

    outcome(walk())


@settings(BOUNDED, max_examples=40)
@given(answer=answers)
def test_any_answer_to_a_download_leaves_a_pdf_or_nothing(answer: Answer) -> None:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "7.pdf"

        async def download() -> None:
            async with client_answering(answer) as client:
                await client.download(download_sale_invoice, 7).to_path(target)

        outcome(download())
        files = list(Path(folder).iterdir())
        assert files in ([], [target])
        if files:
            assert target.read_bytes().startswith(b"%PDF-")


@settings(BOUNDED, max_examples=300)
@given(value=header_values | st.text(max_size=40))
def test_any_retry_after_value_parses_to_a_finite_wait_or_none(value: str) -> None:
    wait = parse_retry_after(value, now=lambda: 1_700_000_000.0)
    assert wait is None or (math.isfinite(wait) and wait >= 0)
