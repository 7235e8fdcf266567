"""The sandbox's limiter shapes on a virtual clock, and their selection on the CLI, in serve() and over HTTP.

Each shape is driven by a scripted arrival sequence; the exact numbers of accepted and refused requests
and the wait each refusal announces follow from the shape's definition, so they are asserted exactly.
"""

from __future__ import annotations

import asyncio
import secrets
import shlex

import altoviz.sandbox
import httpx
import pytest
from altoviz.cli import build_parser
from altoviz.cli.sandbox import config_from_args
from altoviz.sandbox import SandboxConfig, SandboxServer
from altoviz.sandbox.ratelimit import (
    FixedWindow,
    LimitSettings,
    PenaltyBlock,
    RateLimiter,
    SlidingWindow,
    TokenBucket,
)


def steady(shape_take: object, start: float, rate: float, seconds: float) -> tuple[int, int]:
    """Offer requests at a steady ``rate`` for ``seconds``; return (accepted, refused)."""
    take = shape_take  # a bound ``take`` method
    accepted = refused = 0
    for i in range(round(rate * seconds)):
        if take(start + i / rate):  # type: ignore[operator]
            refused += 1
        else:
            accepted += 1
    return accepted, refused


def test_fixed_window_counts_per_window_and_points_at_its_end() -> None:
    window = FixedWindow(limit=10, window=2.0, now=100.0)
    assert [window.take(100.5) for _ in range(10)] == [0.0] * 10
    assert window.take(100.5) == pytest.approx(1.5)  # the window started at 100 ends at 102
    assert window.take(101.9) == pytest.approx(0.1)
    # A new window: a fresh count of 10, whatever happened before; the next window ends at 104.
    assert [window.take(102.0) for _ in range(10)] == [0.0] * 10
    assert window.take(103.0) == pytest.approx(1.0)
    # Skipping windows: the count restarts, and the end is that of the window we are in (108).
    assert window.take(107.2) == 0.0
    assert [window.take(107.2) for _ in range(9)] == [0.0] * 9
    assert window.take(107.2) == pytest.approx(0.8)


def test_fixed_window_lets_two_limits_through_around_a_window_boundary() -> None:
    # The known weakness of fixed windows, which clients meet in practice: 2 * limit within a moment.
    window = FixedWindow(limit=5, window=1.0, now=0.0)
    assert sum(window.take(0.99) == 0 for _ in range(8)) == 5
    assert sum(window.take(1.0) == 0 for _ in range(8)) == 5


def test_fixed_window_steady_overload_accepts_exactly_the_limit_per_window() -> None:
    # 40/s offered against 10 per 1 s for 5 s: 50 accepted, 150 refused.
    assert steady(FixedWindow(limit=10, window=1.0, now=0.0).take, 0.0, 40, 5) == (50, 150)


def test_sliding_window_refuses_until_the_oldest_request_leaves() -> None:
    window = SlidingWindow(limit=3, window=3.0)
    assert [window.take(t) for t in (0.0, 1.0, 2.0)] == [0.0, 0.0, 0.0]
    assert window.take(2.5) == pytest.approx(0.5)  # the request of t=0 leaves at t=3
    assert window.take(3.0) == 0.0  # at exactly t=3 the request of t=0 is out
    assert window.take(3.5) == pytest.approx(0.5)  # now the oldest is t=1, out at 4
    # Refusals do not count: after a flood of refused requests, the window frees as accepted ones leave.
    for _ in range(100):
        window.take(3.9)
    assert window.take(4.0) == 0.0
    assert window.take(4.0) == pytest.approx(1.0)


def test_sliding_window_never_lets_more_than_the_limit_in_any_window() -> None:
    window = SlidingWindow(limit=30, window=3.0)
    # 32/s offered for 9 s (a power of two, so the times are exact binary fractions).
    times = [i / 32 for i in range(32 * 9)]
    accepted = [t for t in times if window.take(t) == 0]
    assert len(accepted) == 30 * 3  # 30 per 3 s, exactly, over 9 s
    for i in range(len(accepted) - 30):
        assert accepted[i + 30] - accepted[i] >= 3.0


def test_token_bucket_steady_overload_accepts_burst_plus_rate() -> None:
    # 40/s offered against 10/s burst 5 for 5 s: 5 + 10 * 5 = 55 accepted (up to one token of refill).
    accepted, refused = steady(TokenBucket(rate=10, burst=5, now=0.0).take, 0.0, 40, 5)
    assert accepted in (54, 55)
    assert accepted + refused == 200


def test_penalty_block_refuses_everything_for_the_penalty_then_resumes() -> None:
    block = PenaltyBlock(TokenBucket(rate=10, burst=2, now=0.0), penalty=3.0)
    assert [block.take(0.0), block.take(0.0)] == [0.0, 0.0]
    assert block.take(0.0) == pytest.approx(3.0)  # the first refusal starts a 3 s block
    # During the block, even though the bucket has refilled, everything is refused with the time left.
    assert block.take(1.0) == pytest.approx(2.0)
    assert block.take(2.9) == pytest.approx(0.1)
    # Probing during the block did not extend it: at t=3 the (full) bucket answers again.
    assert [block.take(3.0), block.take(3.0)] == [0.0, 0.0]
    assert block.take(3.0) == pytest.approx(3.0)  # and a new refusal means a new block, to t=6
    assert block.take(6.0) == 0.0


def test_penalty_block_steady_overload_counts() -> None:
    # 40/s against 10/s burst 2 with a 3 s block: each cycle is 2 accepted, 1 refusal, then 3 s blocked.
    accepted, refused = steady(PenaltyBlock(TokenBucket(rate=10, burst=2, now=0.0), 3.0).take, 0.0, 40, 6)
    assert (accepted, refused) == (4, 236)


def test_the_limiter_keeps_one_shape_per_key_and_counts() -> None:
    now = [0.0]
    limiter = RateLimiter(LimitSettings("sliding-window", rate=2.0, window=1.5), clock=lambda: now[0])
    assert LimitSettings("sliding-window", rate=2.0, window=1.5).window_limit == 3
    assert [limiter.check("a") for _ in range(3)] == [0.0] * 3
    assert limiter.check("a") == pytest.approx(1.5)
    assert limiter.check("b") == 0.0  # another key has its own window
    assert (limiter.accepted, limiter.refused) == (4, 1)
    off = RateLimiter(LimitSettings("fixed-window", rate=0.0), clock=lambda: now[0])
    assert all(off.check("a") == 0 for _ in range(1000))


@pytest.mark.parametrize(
    ("settings", "kind"),
    [
        (LimitSettings("token-bucket"), TokenBucket),
        (LimitSettings("fixed-window"), FixedWindow),
        (LimitSettings("sliding-window"), SlidingWindow),
        (LimitSettings("penalty-block"), PenaltyBlock),
    ],
)
def test_settings_build_the_chosen_shape(settings: LimitSettings, kind: type) -> None:
    assert isinstance(settings.new_shape(0.0), kind)


@pytest.mark.parametrize(
    "bad", [{"limiter": "leaky"}, {"window": 0}, {"window": float("nan")}, {"penalty": -1}, {"burst": 0}]
)
def test_bad_limiter_settings_are_refused(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"limiter|window|penalty|burst"):
        SandboxConfig(api_key="k", **bad)  # type: ignore[arg-type]


def test_cli_selects_a_shape_and_can_drop_retry_after() -> None:
    key = "-" + secrets.token_urlsafe(16)  # a generated key starts with '-' once in 64: "--api-key KEY" then fails
    args = build_parser().parse_args(
        shlex.split(f"sandbox --api-key={key} --limiter fixed-window --rate 10 --window 10 --no-retry-after")
    )
    config = config_from_args(args)
    assert (config.limiter, config.rate, config.window, config.retry_after) == ("fixed-window", 10, 10, "none")
    assert config.api_key == key
    args = build_parser().parse_args(shlex.split("sandbox --limiter penalty-block --penalty 3 --rate 20 --burst 5"))
    config = config_from_args(args)
    assert (config.limiter, config.penalty, config.burst, config.retry_after) == ("penalty-block", 3, 5, "seconds")
    with pytest.raises(SystemExit):
        build_parser().parse_args(shlex.split("sandbox --limiter leaky"))
    with pytest.raises(SystemExit):
        build_parser().parse_args(shlex.split("sandbox --no-retry-after --retry-after seconds"))


async def burst(http: httpx.AsyncClient, n: int) -> list[httpx.Response]:
    return list(await asyncio.gather(*(http.get("/v1/Units") for _ in range(n))))


async def test_serve_takes_a_shape() -> None:
    async with altoviz.sandbox.serve(limiter="fixed-window", rate=0.1, window=50, retry_after="none") as sb:
        headers = {"X-API-KEY": sb.api_key}
        async with httpx.AsyncClient(base_url=sb.base_url, headers=headers) as http:
            statuses = [r.status_code for r in await burst(http, 8)]
            assert sorted(statuses) == [200] * 5 + [429] * 3  # 0.1/s * 50 s = 5 per window
            assert "Retry-After" not in (await http.get("/v1/Units")).headers


async def test_shapes_are_selected_at_run_time_over_http(
    altoviz_sandbox: SandboxServer, http: httpx.AsyncClient
) -> None:
    # A sliding window of 4 in any 60 s: 4 accepted, the rest refused, Retry-After up to the window.
    answer = await http.patch("/_sandbox/config", json={"limiter": "sliding-window", "rate": 4 / 60, "window": 60})
    assert answer.status_code == 200
    assert (answer.json()["limiter"], answer.json()["window"]) == ("sliding-window", 60)
    responses = await burst(http, 10)
    assert sum(r.status_code == 200 for r in responses) == 4
    waits = {int(r.headers["Retry-After"]) for r in responses if r.status_code == 429}
    assert waits
    assert waits <= set(range(55, 61))
    stats = (await http.get("/_sandbox/stats")).json()
    assert stats["requests"] == {"accepted": 4, "refused": 6}

    # The penalty block: one refusal, then everything refused for the block, with the time left.
    await http.patch("/_sandbox/config", json={"limiter": "penalty-block", "rate": 0.01, "burst": 2, "penalty": 30})
    statuses = [(await http.get("/v1/Units")).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    blocked = await http.get("/v1/Units")
    assert blocked.status_code == 429
    assert 28 <= int(blocked.headers["Retry-After"]) <= 30

    # Without Retry-After, same shape; and a bad shape is a 400 that changes nothing.
    await http.patch("/_sandbox/config", json={"retry_after": "none"})
    assert (await http.patch("/_sandbox/config", json={"limiter": "leaky"})).status_code == 400
    assert (await http.get("/_sandbox/config")).json()["limiter"] == "penalty-block"
    assert (await http.post("/_sandbox/reset")).status_code == 200
    assert [r.status_code for r in await burst(http, 2)] == [200, 200]
    refused = await http.get("/v1/Units")
    assert refused.status_code == 429
    assert "Retry-After" not in refused.headers


async def test_the_limit_is_shared_by_every_client_of_a_key(
    altoviz_sandbox: SandboxServer, http: httpx.AsyncClient
) -> None:
    altoviz_sandbox.configure(limiter="fixed-window", rate=0.2, window=50)  # 10 per 50 s
    headers = {"X-API-KEY": altoviz_sandbox.api_key}
    async with httpx.AsyncClient(base_url=altoviz_sandbox.base_url, headers=headers) as other:
        responses = await burst(http, 6) + await burst(other, 6)
    assert sum(r.status_code == 200 for r in responses) == 10


async def test_admin_lists_records_by_internal_id(altoviz_sandbox: SandboxServer, http: httpx.AsyncClient) -> None:
    for i in range(3):
        created = await http.post("/v1/Customers", json={"companyName": f"C{i}", "internalId": f"ext-{i}"})
        assert created.status_code == 200
    await http.post("/v1/Customers", json={"companyName": "no internal id"})
    records = (await http.get("/_sandbox/records/customers")).json()
    assert records["count"] == 4
    assert sorted(records["internalIds"]) == ["ext-0", "ext-1", "ext-2"]
    assert (await http.get("/_sandbox/stats")).json()["records"]["customers"] == 4
