"""The key shows in no log record, exception text, traceback or repr, on any error path, over real HTTP."""

from __future__ import annotations

import logging
import random
import traceback
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from altoviz import AltovizClient, AltovizError
from altoviz.sandbox import SandboxServer

from altoviz_client.api.customers import create_customer, get_customer, list_customers
from altoviz_client.api.sale_invoices import download_sale_invoice
from altoviz_client.models import (
    CustomerInput,
)

from .conftest import unpaced

Path_ = Callable[[AltovizClient, Path], Awaitable[object]]


async def _list(client: AltovizClient, _: Path) -> object:
    return [c async for c in client.paginate(list_customers, page_size=1)]


async def _list_twice(client: AltovizClient, folder: Path) -> object:
    await client.call(list_customers)  # takes the one token: the next is refused for 5 s, beyond max_wait
    return await client.call(list_customers)


async def _create(client: AltovizClient, _: Path) -> object:
    return await client.call(create_customer, body=CustomerInput(company_name="Acme"))


async def _download(client: AltovizClient, folder: Path) -> object:
    return await client.download(download_sale_invoice, id=1).to_path(folder / "1.pdf")


# (what goes wrong, sandbox settings, the call that meets it)
PATHS: list[tuple[str, dict[str, Any], Path_]] = [
    ("wrong key", {}, _list),
    ("520", {"error_rate": 1.0, "error_codes": [520]}, _list),
    ("503 until the budget is spent", {"error_rate": 1.0, "error_codes": [503]}, _list),
    ("reset on a GET, retried", {"reset_rate": 1.0}, _list),
    ("create dropped after commit", {"drop_create_rate": 1.0}, _create),
    ("rate limited", {"rate": 0.2, "burst": 1}, _list_twice),
    ("download cut", {"break_download_rate": 1.0, "pdf_size": 256 * 1024}, _download),
    ("not found", {}, lambda c, _: c.call(get_customer, id=999)),
]


def _texts(exc: BaseException) -> list[str]:
    found = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    found += [repr(v) for v in vars(exc).values()]
    return found


@pytest.mark.parametrize(("name", "settings", "action"), PATHS, ids=[p[0] for p in PATHS])
async def test_the_key_never_shows(
    altoviz_sandbox: SandboxServer,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
    name: str,
    settings: dict[str, Any],
    action: Path_,
) -> None:
    secret = altoviz_sandbox.api_key
    sale_invoices = altoviz_sandbox.state.store.collection("sale_invoices")
    sale_invoices.add({"subject": "March", "lines": [], "isDraft": True})
    key = "sk_wrong_Zq9VwX2pL7mK4rT8" if name == "wrong key" else secret
    altoviz_sandbox.configure(**settings)
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx, httpcore, asyncio
    texts: list[str] = []
    # A short budget: the point is every line a retry logs, not the waiting.
    async with AltovizClient(
        key, base_url=altoviz_sandbox.base_url, pacer=unpaced(), max_retries=2, max_wait=1, rng=random.Random(0)
    ) as client:
        texts += [repr(client), repr(client.http), repr(client.http.auth), repr(client.generated), repr(client.stats)]
        with pytest.raises(AltovizError) as caught:
            await action(client, tmp_path)
    texts += _texts(caught.value)
    cause = caught.value.__cause__
    if cause is not None:
        texts += _texts(cause)
    for record in caplog.records:
        texts += [record.getMessage(), repr(record.args), record.exc_text or ""]
        if record.exc_info and record.exc_info[1] is not None:
            texts += _texts(record.exc_info[1])
    assert caplog.records, "the path logged nothing: the test would prove nothing about logs"
    for text in texts:
        assert key not in text
        assert secret not in text
