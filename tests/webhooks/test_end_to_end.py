"""Acceptance: 1,000 entity changes through the SDK and the sandbox give 1,000 handled events, none twice.

Also with 10 % of deliveries duplicated and 10 % of first attempts failed: the sandbox retries, the receiver
drops the duplicates, and every change is handled exactly once.
"""

from __future__ import annotations

import asyncio
import collections
import sys
from collections.abc import Awaitable, Callable, Iterable, Iterator
from typing import TypeVar

import pytest
from altoviz import AltovizClient
from altoviz.sandbox import SandboxServer
from altoviz.webhooks import WebhookEvent, WebhookReceiver, ensure_webhook

from altoviz_client.api.customers import create_customer, delete_customer, update_customer
from altoviz_client.models import Customer, CustomerInput

from .sandbox_support import configure_deliveries, settled_attempts
from .support import serving, wait_for

T = TypeVar("T")
TYPES = ["CustomerCreated", "CustomerUpdated", "CustomerDeleted"]
CREATES, UPDATES, DELETES = 400, 350, 250  # 1,000 changes


async def bounded(jobs: Iterable[Callable[[], Awaitable[T]]], limit: int = 4) -> list[T]:
    gate = asyncio.Semaphore(limit)

    async def run(job: Callable[[], Awaitable[T]]) -> T:
        async with gate:
            return await job()

    return await asyncio.gather(*(run(job) for job in jobs))


@pytest.fixture(autouse=True)
def _quick_thread_switches() -> Iterator[None]:
    # Test, sandbox and receiver share one interpreter here (three threads, three loops), and every change
    # crosses all three: with the default 5 ms switch interval each hop can wait that long for the GIL.
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.0001)
    yield
    sys.setswitchinterval(before)


@pytest.mark.parametrize(
    "faults",
    [pytest.param({}, id="clean"), pytest.param({"duplicate_rate": 0.1, "fail_first_rate": 0.1}, id="faulty")],
)
async def test_1000_changes_are_1000_handled_events(
    altoviz_sandbox: SandboxServer, secret: str, faults: dict[str, float]
) -> None:
    hooks = WebhookReceiver(secret)
    handled: collections.Counter[str] = collections.Counter()
    changes: set[tuple[str, int]] = set()

    async def record(event: WebhookEvent[Customer]) -> None:
        handled[event.id] += 1
        changes.add((event.type.value, event.data.id))

    for event_type in TYPES:
        hooks.on(event_type, Customer)(record)

    await configure_deliveries(altoviz_sandbox, seed=12, base_delay_s=0.005, **faults)
    client = AltovizClient(base_url=altoviz_sandbox.base_url, api_key=altoviz_sandbox.api_key)
    with serving(hooks) as app:
        async with client:
            await ensure_webhook(client, f"{app.url}/", TYPES, secret)
            created = await bounded(
                lambda i=i: client.call(create_customer, body=CustomerInput(company_name=f"Company {i}"))
                for i in range(CREATES)
            )
            ids = [c.id for c in created]
            await bounded(
                lambda cid=cid: client.call(update_customer, id=cid, body=CustomerInput(company_name=f"Renamed {cid}"))
                for cid in ids[:UPDATES]
            )
            await bounded(lambda cid=cid: client.call(delete_customer, id=cid) for cid in ids[-DELETES:])
            attempts = await settled_attempts(altoviz_sandbox, timeout=60)
            await wait_for(lambda: sum(handled.values()) >= 1000, "1,000 handled events", 30)
            await app.arun(hooks.aclose())

    expected = {
        *(("CustomerCreated", i) for i in ids),
        *(("CustomerUpdated", i) for i in ids[:UPDATES]),
        *(("CustomerDeleted", i) for i in ids[-DELETES:]),
    }
    assert len(handled) == 1000, "events lost"
    assert max(handled.values()) == 1, "an event was handled twice"
    assert changes == expected
    assert hooks.stats.handled == 1000
    by_fault = collections.Counter(a["fault"] for a in attempts)
    if faults:
        # The faults did happen, about as often as asked (seeded, so the same counts on every run).
        assert 50 <= by_fault["duplicate"] <= 150
        assert 50 <= by_fault["fail_first"] <= 150
        assert hooks.stats.duplicates >= by_fault["duplicate"]
    else:
        assert set(by_fault) == {None}
        assert len(attempts) == 1000
