"""The API key appears in no log record, exception text, traceback or repr, whatever goes wrong."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx
import pytest
from altoviz import AltovizClient, AltovizError
from altoviz.sandbox.completion import as_sent

from altoviz_client.api.customers import create_customer, get_customer, list_customers
from altoviz_client.api.sale_invoices import download_sale_invoice
from altoviz_client.models import (
    CustomerInput,
)
from altoviz_client.models.customer import Customer

from .support import BASE, KEY, ScriptedTransport, fast_pacer, respond
from .virtual_time import run_virtual

NEW = CustomerInput(company_name="x")

Action = Callable[[AltovizClient], Awaitable[object]]


async def _list_all(client: AltovizClient) -> object:
    return [c async for c in client.paginate(list_customers, page_size=1)]


ERROR_PATHS: list[tuple[str, list[httpx.Response | Exception], Action]] = [
    (
        "401",
        [httpx.Response(401, json={"title": "Unauthorized", "detail": f"key {KEY} is not valid"})],
        lambda c: c.call(get_customer, id=1),
    ),
    ("404", [httpx.Response(404, json={"title": "Not Found"})], lambda c: c.call(get_customer, id=1)),
    (
        "400",
        [httpx.Response(400, json={"message": f"bad {KEY}", "errors": [KEY]})],
        lambda c: c.call(create_customer, body=CustomerInput(company_name="x")),
    ),
    (
        "429 exhausted",
        [httpx.Response(429, headers={"Retry-After": "1"}, text=KEY)],
        lambda c: c.call(get_customer, id=1),
    ),
    ("520", [httpx.Response(520, text=f"<html>{KEY}</html>")], lambda c: c.call(get_customer, id=1)),
    ("503 retried", [httpx.Response(503)] * 3 + [httpx.Response(503)], lambda c: c.call(get_customer, id=1)),
    ("reset", [httpx.ReadError("connection reset")], lambda c: c.call(create_customer, body=NEW)),
    ("timeout", [httpx.ReadTimeout("timed out")], lambda c: c.call(get_customer, id=1)),
    ("unparseable", [httpx.Response(200, text="not json")], lambda c: c.call(get_customer, id=1)),
    ("same page", [httpx.Response(200, json=[as_sent(Customer, {"id": 1})])], _list_all),
    (
        "not a pdf",
        [httpx.Response(200, text="<html>")],
        lambda c: c.download(download_sale_invoice, id=1).to_path(Path("/tmp") / "altoviz-secret-test.pdf"),
    ),
]


@pytest.mark.parametrize(("name", "answers", "action"), ERROR_PATHS, ids=[p[0] for p in ERROR_PATHS])
def test_the_key_never_leaks(
    name: str, answers: list[httpx.Response | Exception], action: Action, caplog: pytest.LogCaptureFixture
) -> None:
    server = ScriptedTransport(respond(*answers))

    async def scenario() -> tuple[AltovizError, list[str]]:
        async with AltovizClient(KEY, base_url=BASE, transport=server, pacer=fast_pacer(), max_retries=3) as c:
            reprs = [repr(c), repr(c.generated), repr(c.http.auth), repr(c.http), repr(c.retry), str(vars(c))]
            with pytest.raises(AltovizError) as caught:
                await action(c)
            return caught.value, reprs

    with caplog.at_level(logging.DEBUG):
        error, reprs = run_virtual(scenario())

    assert server.requests[0].headers["X-API-KEY"] == KEY  # the key was really sent
    texts = [str(error), repr(error), repr(error.args), "".join(traceback.format_exception(error)), *reprs]
    texts += [str(getattr(error, "body", "")), getattr(error, "text", "")]
    texts += [record.getMessage() for record in caplog.records]
    texts += [repr(record.args) for record in caplog.records]
    assert caplog.records or name not in {"429 exhausted", "503 retried"}
    for text in texts:
        assert KEY not in text
