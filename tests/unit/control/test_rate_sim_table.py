"""``bench/rate_sim.py --by-family``: the README's table of the grid, grouped and averaged as its header says."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from load_script import load_script  # tests/ is on sys.path (pyproject: pythonpath)

BENCH = Path(__file__).resolve().parents[3] / "bench"


def load_rate_sim() -> ModuleType:
    return load_script(BENCH / "rate_sim.py", "rate_sim")


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
    shared = rate_sim.run_once(scenario, scenario.requests, 0.02, 0.3, seed=0)
    alone = rate_sim.run_once(scenario, scenario.requests, 0.02, 0.3, seed=0, exclusive=True)
    assert alone[2]
    assert shared[2]
    assert alone[1] < shared[1]
    assert alone[0] < shared[0]
