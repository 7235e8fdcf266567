"""The pure retry decision: what is retried, how long it waits, when it gives up."""

from __future__ import annotations

import random

import pytest
from altoviz import RetryPolicy
from altoviz._control import Outcome, decide

POLICY = RetryPolicy(max_retries=3, max_wait=10, deadline=30, backoff_base=0.5, backoff_max=4)


def _decide(method: str, outcome: Outcome, attempt: int = 0, elapsed: float = 0.0) -> tuple[bool, float]:
    decision = decide(method, outcome, attempt, elapsed, POLICY, random.Random(0))
    return decision.retry, decision.wait


@pytest.mark.parametrize("method", ["GET", "POST", "PUT", "DELETE", "PATCH"])
def test_a_429_is_retried_for_every_method_after_its_retry_after(method: str) -> None:
    assert _decide(method, Outcome(429, 2.0)) == (True, 2.0)


def test_a_429_without_retry_after_backs_off_within_the_exponential_ceiling() -> None:
    for attempt in range(3):
        retry, wait = _decide("POST", Outcome(429), attempt)
        assert retry
        assert 0 <= wait <= min(POLICY.backoff_max, POLICY.backoff_base * 2**attempt)


@pytest.mark.parametrize(
    ("status", "method", "retried"),
    [(503, "GET", True), (502, "PUT", True), (504, "POST", False), (500, "GET", False), (404, "GET", False)],
)
def test_gateway_errors_are_retried_only_for_idempotent_methods(status: int, method: str, retried: bool) -> None:
    assert _decide(method, Outcome(status))[0] is retried


def test_a_connection_error_is_retried_for_post_only_when_nothing_was_sent() -> None:
    assert _decide("POST", Outcome(None, sent=False))[0]
    assert not _decide("POST", Outcome(None, sent=True))[0]
    assert _decide("GET", Outcome(None, sent=True))[0]


def test_the_budget_ends_retrying() -> None:
    assert not _decide("GET", Outcome(429, 1.0), attempt=3)[0]  # max_retries spent
    assert not _decide("GET", Outcome(429, 11.0))[0]  # longer than max_wait
    assert not _decide("GET", Outcome(429, 5.0), elapsed=26.0)[0]  # would end past the deadline
    assert _decide("GET", Outcome(429, 5.0), elapsed=25.0)[0]


def test_giving_up_reports_the_servers_wait_not_a_longer_one() -> None:
    decision = decide("GET", Outcome(429, 3600.0), 0, 0.0, POLICY, random.Random(0))
    assert not decision.retry
    assert decision.wait == 3600.0
    assert "max_wait" in decision.reason
