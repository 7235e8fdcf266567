"""The simulator's network: a fixed round trip by default; with ``jitter``, seeded variation on each leg."""

from __future__ import annotations

import itertools

import pytest

from .sim import Client, Limiter, simulate

LATENCY = 0.02


class Recording(Limiter):
    """Accepts everything and records when each request reached it."""

    def __init__(self) -> None:
        self.arrivals: list[float] = []

    def check(self, now: float) -> tuple[bool, float | None]:
        self.arrivals.append(now)
        return True, None


def _sequential(jitter: float, seed: int = 0) -> tuple[float, list[float]]:
    limiter = Recording()
    end = simulate(limiter, [Client(jobs=50, tasks=1)], latency=LATENCY, seed=seed, jitter=jitter)
    return end, limiter.arrivals


def test_without_jitter_every_round_trip_takes_the_latency() -> None:
    end, arrivals = _sequential(0.0)
    assert end == pytest.approx(50 * LATENCY)
    assert arrivals[0] == pytest.approx(LATENCY / 2)
    assert [b - a for a, b in itertools.pairwise(arrivals)] == pytest.approx([LATENCY] * 49)


def test_with_jitter_the_server_sees_requests_unevenly_spaced_within_the_legs_bounds() -> None:
    end, arrivals = _sequential(0.5)
    gaps = [b - a for a, b in itertools.pairwise(arrivals)]  # one leg down, one leg up: each 1 +- 0.5 of half
    assert all(LATENCY * 0.5 - 1e-12 <= gap <= LATENCY * 1.5 + 1e-12 for gap in gaps)
    assert max(gaps) - min(gaps) > LATENCY / 4
    assert 50 * LATENCY * 0.5 <= end <= 50 * LATENCY * 1.5
    assert len(arrivals) == 50  # every request reached the server once


def test_jitter_is_seeded() -> None:
    assert _sequential(0.3, seed=1) == _sequential(0.3, seed=1)
    assert _sequential(0.3, seed=1) != _sequential(0.3, seed=2)


@pytest.mark.parametrize("jitter", [-0.1, 1.0])
def test_a_jitter_that_could_make_a_leg_take_no_time_is_refused(jitter: float) -> None:
    with pytest.raises(ValueError, match="jitter"):
        simulate(Recording(), [Client(jobs=1)], jitter=jitter)
