"""``bench/rate_sim.py --by-family``: the README's table of the grid, grouped and averaged as its header says."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

import pytest
from load_script import load_script  # tests/ is on sys.path (pyproject: pythonpath)

BENCH = Path(__file__).resolve().parents[3] / "bench"


def load_rate_sim() -> ModuleType:
    return load_script(BENCH / "rate_sim.py", "rate_sim")


def assert_faster_with_fewer_429s(better: tuple[float, float, bool], worse: tuple[float, float, bool]) -> None:
    """Both runs (time / bound, 429 share, all done) finished every job; ``better`` took less time and fewer 429s."""
    assert better[2]
    assert worse[2]
    assert better[1] < worse[1]
    assert better[0] < worse[0]


def test_the_table_has_one_line_per_shape_and_retry_after_with_one_process_and_shared_keys_apart() -> None:
    rate_sim = load_rate_sim()
    from rate_shapes import Scenario

    scenarios = [
        Scenario("bulk", "fixed-window", 20, 1),
        Scenario("gets", "fixed-window", 50, 2),
        Scenario("bulk", "fixed-window", 20, 1, processes=4),
        Scenario("bulk", "fixed-window", 20, 1, processes=2, store=True),
        Scenario("bulk", "fixed-window", 20, 1, retry_after=False),
    ]
    rows = [
        {"ratio": 1.10, "refused": 0.02, "met": True},
        {"ratio": 1.30, "refused": 0.04, "met": False},
        {"ratio": 1.50, "refused": 0.05, "met": False},
        {"ratio": 1.05, "refused": 0.01, "met": True},
        {"ratio": 1.20, "refused": 0.03, "met": False},
    ]
    lines = rate_sim.by_family(scenarios, rows).splitlines()
    assert lines[2:] == [
        "| fixed-window | yes | 1.20 (1.30) | 3.0 | 1 of 2 | - | 1.50 | 1.05 |",
        "| fixed-window | no | 1.20 (1.20) | 3.0 | 0 of 1 | - | - | - |",
    ]


def test_exclusive_tells_every_controller_it_is_alone_so_refused_probes_space_out() -> None:
    # Alone on a fixed window, each probe is refused and finds nothing; told so, the controller doubles its hold
    # after each, so a minute of pacing sees fewer refused probes and less time lost to their cooldowns.
    rate_sim = load_rate_sim()
    from rate_shapes import Scenario

    scenario = Scenario("bulk", "fixed-window", 100, 1, paced_s=60)
    shared = rate_sim.run_once(scenario, scenario.requests, seed=0)
    alone = rate_sim.run_once(scenario, scenario.requests, 0, rate_sim.Options(exclusive=True))
    assert_faster_with_fewer_429s(alone, shared)


def test_groups_average_each_group_apart_with_its_goals_met() -> None:
    rate_sim = load_rate_sim()
    from rate_shapes import Scenario

    scenarios = [
        Scenario("bulk", "token-bucket", 20, 1),
        Scenario("bulk", "sliding-window", 20, 1),
        Scenario("gets", "token-bucket", 20, 1),
        Scenario("bulk", "token-bucket", 20, 1, processes=2),
        Scenario("bulk", "token-bucket", 20, 1, processes=4, store=True),
    ]
    rows = [
        {"ratio": 1.10, "met": True},
        {"ratio": 1.30, "met": False},
        {"ratio": 1.40, "met": False},
        {"ratio": 1.25, "met": False},
        {"ratio": 1.05, "met": True},
    ]
    assert rate_sim.groups(scenarios, rows) == {
        "x1": {"mean": 1.2, "met": 1, "of": 2},
        "x2": {"mean": 1.25, "met": 0, "of": 1},
        "Redis": {"mean": 1.05, "met": 1, "of": 1},
        "GETs": {"mean": 1.4, "met": 0, "of": 1},
    }


def test_the_issue_grid_keeps_its_own_sizes_and_goals_whatever_the_paced_seconds() -> None:
    rate_sim = load_rate_sim()
    from rate_shapes import issue_scenarios

    assert [rate_sim.requests_for(s, 0, 4.0) for s in issue_scenarios()] == [400, 400, 300]
    assert [rate_sim.requests_for(s, 1000, 4.0) for s in issue_scenarios()] == [1000, 1000, 1000]
    assert [s.goal() for s in issue_scenarios()] == [(1.2, 0.08), (1.1, 0.02), (1.15, 0.15)]
    assert [s.label for s in issue_scenarios()][2] == "gets token-bucket 20/s b0.25s x1"


def test_a_trace_is_the_run_the_grid_measures_with_each_episode_and_each_process(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rate_sim = load_rate_sim()
    from rate_shapes import issue_scenarios

    scenario = issue_scenarios()[0]  # 4 processes without a store: every process has episodes of its own
    assert rate_sim.main(["--trace", scenario.label, "--seed", "3"]) == 0
    out = capsys.readouterr().out.splitlines()
    ratio, refused, complete = rate_sim.run_once(scenario, 400, seed=3)
    assert complete
    assert out[0].endswith(f"{ratio:.3f} x bound, {100 * refused:.1f} % 429, every job done: yes")
    episodes = out[2 : out.index("accepted per second (* = refused in that second):")]
    times = [float(line.split()[0]) for line in episodes]
    assert times == sorted(times)
    assert {line.split()[1] for line in episodes} == {"p0", "p1", "p2", "p3"}
    for who in range(4):  # each process's first episode is its first 429: no rate before it
        first = next(line for line in episodes if line.split()[1] == f"p{who}")
        assert "rate      - ->" in first
    timelines = [m.group(1) for line in out if (m := re.fullmatch(r" +\d+ s (.*)", line))]
    assert sum(line.startswith("p") and "done" in line for line in out) == 4
    accepted = sum(int(cell.rstrip("*")) for line in timelines for cell in line.split())
    assert accepted == 400  # every record accepted once, counted in the second it was


def test_a_selection_that_matches_nothing_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    rate_sim = load_rate_sim()
    with pytest.raises(SystemExit):
        rate_sim.main(["--grid", "wide", "--only", "redis"])
    assert "no scenario of --grid wide matches --only 'redis'" in capsys.readouterr().err


def test_a_trace_of_an_unknown_label_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    rate_sim = load_rate_sim()
    with pytest.raises(SystemExit):
        rate_sim.main(["--trace", "bulk token-bucket 21/s b1s x1"])
    assert "no scenario is labelled 'bulk token-bucket 21/s b1s x1'" in capsys.readouterr().err


def test_jitter_reaches_every_run_and_a_fixed_round_trip_stays_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    rate_sim = load_rate_sim()
    from rate_shapes import Scenario

    scenario = Scenario("bulk", "sliding-window", 50, 1, processes=2)
    fixed = rate_sim.run_once(scenario, 300, seed=0)
    assert rate_sim.run_once(scenario, 300, 0, rate_sim.Options(jitter=0.0)) == fixed
    assert rate_sim.run_once(scenario, 300, 0, rate_sim.Options(jitter=0.5)) != fixed
    with pytest.raises(SystemExit):
        rate_sim.main(["--jitter", "1"])
    assert "--jitter is a share of each leg" in capsys.readouterr().err


def test_warm_measures_a_second_job_on_controllers_and_a_store_that_learned_the_rate() -> None:
    # The issue's Redis row: a first job pays slow start and its refusals; the second starts at the learned rate.
    rate_sim = load_rate_sim()
    from rate_shapes import issue_scenarios

    scenario = issue_scenarios()[1]
    cold = rate_sim.run_once(scenario, 400, seed=0)
    warm = rate_sim.run_once(scenario, 400, 0, rate_sim.Options(warm=5.0))
    assert_faster_with_fewer_429s(warm, cold)


def test_warm_with_fresh_controllers_would_be_the_cold_figure() -> None:
    # What --warm measures comes from the controllers' memory, not from the limiter's state after the first job:
    # a second job of fresh controllers on the same limiter, after the same gap, is no faster than the first.
    rate_sim = load_rate_sim()
    from rate_shapes import Scenario
    from sim import simulate

    scenario = Scenario("bulk", "token-bucket", 20, 0.25, min_requests=300)
    cold = rate_sim.run_once(scenario, 300, seed=0)
    limiter = rate_sim.limiter_for(scenario)
    first = [c for c, _ in rate_sim.processes(scenario, 300, 0, rate_sim.Options())]
    end = simulate(limiter, first, latency=0.02, seed=0, until=600)
    fresh = [c for c, _ in rate_sim.processes(scenario, 300, 0, rate_sim.Options())]
    for c in fresh:
        c.start += end + 5.0
    again = simulate(limiter, fresh, latency=0.02, seed=0, until=end + 605)
    assert (again - end - 5.0) / scenario.bound_for(300) >= cold[0] - 0.01
    assert rate_sim.run_once(scenario, 300, 0, rate_sim.Options(warm=5.0))[0] < cold[0] - 0.05


def test_the_exact_client_holds_the_rate_it_is_told_from_slow_starts_end_and_still_probes_past_it() -> None:
    # A 2-s window: the SDK's own estimate ends 7 % below the rate (fast convergence from slow start's doubled
    # measure); told the rate, the same dynamics keep it, and its probes still cost refusals the learner has not.
    rate_sim = load_rate_sim()
    from rate_shapes import Scenario

    scenario = Scenario("bulk", "fixed-window", 50, 2)
    refused = {}
    for name in ("sdk", "exact", "learner"):
        options = rate_sim.Options(client=name)
        [(client, control)] = rate_sim.processes(scenario, 1600, 0, options)
        assert rate_sim.outcome(scenario, 1600, 0, [client], options)[2]
        refused[name], state = client.refused, control.shared_state()
        assert state["_slow_start"] is False
        if name == "sdk":
            assert state["_r_max"] < 0.95 * 50
        if name == "exact":
            assert state["_r_max"] == pytest.approx(50 * rate_sim.FLOOR_MARGIN)
    assert refused["exact"] > refused["learner"]
