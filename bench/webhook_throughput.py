"""Webhook receiver throughput: verified, parsed and dispatched events per second, against a bare route.

Both apps are Starlette apps called directly through ASGI on one event loop (one core), with no server and no
network, so the figure is the receiver's own cost and nothing dilutes it:

- ``bare``: a Starlette route that only reads the body and answers 200 (the least any endpoint does);
- ``receiver``: ``WebhookReceiver`` mounted as a Starlette route: checks the secret (constant time), parses
  the JSON into a ``Customer``, claims the event id in the in-memory dedupe store, queues it, answers 200; a
  worker runs the handler (it reads the customer's id and counts the event). A round ends when every
  handler has run. This is the figure the goal is about;
- ``standalone``: the same receiver served as the whole ASGI app (no Starlette router in front), for scale.

Each delivery is a realistic ``CustomerUpdated`` (the sandbox's customer record, about 1 KB) with a fresh id.
Requests are sent in concurrent batches, as a server would hand them over. The variants run interleaved,
round by round; the ratio is taken within each round and the median over rounds is reported. Each timed
phase starts with a ``gc.collect()`` (see ``run_round``).

    .venv/bin/python bench/webhook_throughput.py [--rounds 7] [--events 4000] [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from altoviz.webhooks import WebhookEvent, WebhookReceiver, starlette_route
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

SECRET = "bench-secret-4f1c2e9a7b"
BATCH = 100
"""Requests in flight at once: below the receiver's default queue (1000), as a server's would be."""

CUSTOMER = {
    "id": 4242,
    "active": True,  # required by the read model: the API always sends it
    "internalId": "crm-4242",
    "number": "C-004242",
    "type": "Business",
    "companyName": "Garage Petit SARL",
    "name": "Garage Petit SARL",
    "firstName": "Jeanne",
    "lastName": "Petit",
    "email": "compta@garage-petit.fr",
    "phone": "+33 1 23 45 67 89",
    "cellPhone": "+33 6 12 34 56 78",
    "companyIdentificationNumber": "81234567800012",
    "vatNumber": "FR12812345678",
    "billingAddress": {"street": "12 rue des Lilas", "zipcode": "69003", "city": "Lyon", "countryIso": "FR"},
    "shippingAddress": {"street": "12 rue des Lilas", "zipcode": "69003", "city": "Lyon", "countryIso": "FR"},
    "comment": "Pays by transfer, 30 days end of month.",
}

Scope = MutableMapping[str, Any]
App = Callable[[Scope, Any, Any], Awaitable[None]]


def bodies(count: int, prefix: str) -> list[bytes]:
    """Deliveries with distinct event ids."""
    return [
        json.dumps({"id": f"{prefix}-{i}", "type": "CustomerUpdated", "data": CUSTOMER}).encode() for i in range(count)
    ]


async def post(app: App, path: str, body: bytes) -> int:
    """One POST through ASGI; returns the status."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [
            (b"host", b"receiver"),
            (b"content-type", b"text/plain"),
            (b"content-length", str(len(body)).encode()),
            (b"x-signature", SECRET.encode()),
        ],
        "client": ("20.23.10.180", 40000),
        "server": ("receiver", 80),
    }
    sent = False
    status = 0

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(scope, receive, send)
    return status


async def run_round(app: App, path: str, payloads: list[bytes], settle: Callable[[], Awaitable[None]]) -> float:
    """Send every payload in concurrent batches, wait for ``settle``; return events per second.

    The garbage collector starts each timed phase from the same state (``gc.collect()`` first). Otherwise a
    full collection (about 20 ms on this process's heap, several microseconds per event of a phase) comes due
    from promotions piled up over earlier phases; its period is close to one round, so it locks onto one
    variant and that variant pays for every variant's garbage. Collections a phase triggers itself are timed.
    """
    gc.collect()
    start = time.perf_counter()
    for i in range(0, len(payloads), BATCH):
        statuses = await asyncio.gather(*(post(app, path, body) for body in payloads[i : i + BATCH]))
        assert all(s == 200 for s in statuses), statuses
    await settle()
    return len(payloads) / (time.perf_counter() - start)


async def bench(rounds: int, events: int) -> dict[str, Any]:
    """Interleave both variants for ``rounds`` rounds; return the medians and the median ratio."""

    async def bare(request: Request) -> Response:
        await request.body()
        return Response(b"ok")

    handled = 0
    hooks = WebhookReceiver(SECRET)

    @hooks.on("CustomerUpdated")
    async def count(event: WebhookEvent[Any]) -> None:
        nonlocal handled
        handled += event.data.id == CUSTOMER["id"]

    bare_app = Starlette(routes=[Route("/hooks", bare, methods=["POST"])])
    receiver_app = Starlette(routes=[starlette_route(hooks, "/hooks")])

    async def nothing() -> None:
        return None

    await run_round(bare_app, "/hooks", bodies(200, "warm-bare"), nothing)  # warm both paths up
    await run_round(receiver_app, "/hooks", bodies(200, "warm"), hooks.join)
    bare_rates, receiver_rates, standalone_rates, ratios, standalone_ratios = [], [], [], [], []
    for r in range(rounds):
        before = handled
        b = await run_round(bare_app, "/hooks", bodies(events, f"b{r}"), nothing)
        w = await run_round(receiver_app, "/hooks", bodies(events, f"r{r}"), hooks.join)
        s = await run_round(hooks, "/hooks", bodies(events, f"s{r}"), hooks.join)
        assert handled - before == 2 * events, "every event must be handled"
        bare_rates.append(b)
        receiver_rates.append(w)
        standalone_rates.append(s)
        ratios.append(w / b)
        standalone_ratios.append(s / b)
    await hooks.aclose()
    return {
        "bare_events_per_s": round(statistics.median(bare_rates)),
        "receiver_events_per_s": round(statistics.median(receiver_rates)),
        "standalone_events_per_s": round(statistics.median(standalone_rates)),
        "ratio_median": round(statistics.median(ratios), 3),
        "standalone_ratio_median": round(statistics.median(standalone_ratios), 3),
        "ratios": [round(x, 3) for x in ratios],
        "rounds": rounds,
        "events_per_round": events,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print its figures as JSON; exit 1 when the median ratio is below 0.7."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--events", type=int, default=4000)
    parser.add_argument("--quick", action="store_true", help="3 rounds of 1000 events")
    args = parser.parse_args(argv)
    rounds, events = (3, 1000) if args.quick else (args.rounds, args.events)
    try:
        import uvloop

        runner: Callable[[Any], Any] = uvloop.run
    except ImportError:  # pragma: no cover - uvloop is in the sandbox extra, absent on Windows
        runner = asyncio.run
    result = runner(bench(rounds, events))
    result["goal"] = ">= 0.7x the bare route"
    result["met"] = result["ratio_median"] >= 0.7
    print(json.dumps(result, indent=2))
    return 0 if result["met"] else 1


if __name__ == "__main__":
    sys.exit(main())
