"""The rate-control sweep of ``bench/rate_shapes.py`` on a virtual clock: the whole grid in seconds, deterministic.

``rate_shapes.py`` measures the real client over real HTTP, a few seconds per scenario and about an hour for the
full grid, with figures that move with the machine's load. This script runs the same scenarios (the same
``Scenario`` objects: requests, bound and goal) through ``tests/unit/control/sim.py``: the pure
``RateController`` of ``altoviz._control`` against simulated limiters of the same shapes, with a fixed round
trip, no asyncio and no sleeping, so that a change to the controller is judged on the whole grid, and on
held-out variations of it, before anyone waits for the real sweep. It is a model, not a measurement: it leaves
out the asyncio shell, the bulk engine's own window and the machine; the real sweep stays the figure of record.

Each process of a scenario is one simulated client with its own controller (``--tasks`` requests at once for
imports, every request at once for GETs), starting within ``--stagger`` seconds of the first (seeded). With the
store, each call of a process goes through the shared state the Redis store keeps (``shared_state`` /
``adopt``), as ``_store.RedisStore`` does. Medians over ``--seeds`` start schedules are reported.

Variations (apply to every scenario, to test what was not tuned):

    --latency S        round trip in seconds (default 0.02)
    --min-requests N   at least N requests per run (bound recomputed): a run of 100 requests makes the in-flight
                       requests of the first refusal alone 4 % of them, whatever the client
    --paced-s S        runs of ``rate x (S + burst)`` requests instead of ``rate_shapes.py``'s 4 s: how much of a
                       figure is the start (first refusal, first cooldown, learning) rather than the steady state
    --grid quick|full  the scenarios of ``rate_shapes.py --quick`` or the full grid (default full)
    --grid wide        72 points outside the grid's ranges (``rate_shapes.wide_scenarios``): windows of 3 to 60 s,
                       bursts of 3 and 10 s, 2/s, penalty blocks of 1 and 10 s; too long for the real sweep
    --by-family        instead of one line per scenario, a markdown table of means by shape and ``Retry-After``:
                       one process (mean, worst, 429s, goals met), 2 and 4 processes, and the Redis store
    --client floor     instead of the SDK's controller, one that is told the limiter's exact rate (its share of it,
                       without the store) at its first 429 and paces at it from then on: what any client can reach
                       that starts knowing nothing, honours Retry-After and paces without bursts. Where this client
                       misses a goal, the goal is out of reach for the whole class, the SDK included.
    --exclusive        every SDK controller is told it is its key's only user, as ``Pacer(exclusive=True)`` tells it
                       (with the store it always is): what that costs processes that are in fact not alone
    --client learner   the SDK's controller until its slow start ends (the first 429, then the refusal that ends
                       the growth), then told the exact rate as the floor client is, and pacing at it: what the
                       SDK would reach if it estimated the rate perfectly at that moment and never probed again.
                       Between it and the SDK lies what a better estimate can win; between it and the floor, what
                       learning by overshooting costs.

    .venv/bin/python bench/rate_sim.py [--grid quick|wide] [--latency 0.005] [--min-requests 300] [--exclusive] [--json]
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import statistics
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests" / "unit" / "control"))

from altoviz._control import Outcome, RateController, Ticket  # noqa: E402
from rate_shapes import PACED_S, Scenario, full_scenarios, quick_scenarios, wide_scenarios  # noqa: E402
from sim import Client, FixedWindow, Limiter, PenaltyBlock, SlidingWindow, TokenBucket, simulate  # noqa: E402
from sim import without_retry_after as no_retry_after  # noqa: E402

BULK_TASKS = 32
"""Records in flight per process of an import: the bulk engine starts below its maximum of 64."""


FLOOR_MARGIN = 0.99
"""The floor client paces 1 % below the rate it is told: exactly at a sliding window's rate, the (N+1)-th request
leaves exactly one window after the first and is refused as often as not."""


class FloorController(RateController):
    """The SDK's controller until its first 429, then pacing at ``rate`` (the limiter's, or a process's share).

    With ``learn``, the SDK's controller until its slow start ends (``--client learner``).
    """

    def __init__(self, rate: float, *, learn: bool = False) -> None:
        super().__init__()
        self.known = rate * FLOOR_MARGIN
        self.learn = learn

    def answered(self, ticket: Ticket, now: float, outcome: Outcome) -> Any:
        """Learn nothing from the answer: once limited (or out of slow start), the rate is the known one."""
        change = super().answered(ticket, now, outcome)
        if self.rate is not None and not (self.learn and self._slow_start):
            self.rate = self.known
        return change


class SharedController:
    """One process's controller whose shared state lives in ``box``, as the Redis store keeps it.

    Every call adopts the shared state first and writes it back after, so the processes share one cooldown,
    one schedule and one rate; each keeps its own concurrency window, as with the store.
    """

    def __init__(self, box: list[dict[str, object]], own: RateController) -> None:
        self.own = own
        self.box = box

    def _load(self) -> None:
        if self.box:
            self.own.adopt(self.box[0])

    def _save(self) -> None:
        self.box[:] = [self.own.shared_state()]

    @property
    def in_flight(self) -> int:
        """The process's own requests in flight."""
        return self.own.in_flight

    def ready_at(self, now: float) -> float | None:
        """See ``RateController.ready_at``."""
        self._load()
        return self.own.ready_at(now)

    def send(self, now: float, *, held: bool) -> Ticket:
        """See ``RateController.send``."""
        self._load()
        ticket = self.own.send(now, held=held)
        self._save()
        return ticket

    def answered(self, ticket: Ticket, now: float, outcome: Outcome) -> object:
        """See ``RateController.answered``."""
        self._load()
        change = self.own.answered(ticket, now, outcome)
        self._save()
        return change

    def release(self) -> None:
        """See ``RateController.release``."""
        self.own.release()


def limiter_for(scenario: Scenario) -> Limiter:
    """Return the simulated counterpart of the sandbox limiter ``scenario.sandbox_config()`` sets up."""
    config = scenario.sandbox_config()
    rate, burst, window = config["rate"], config["burst"], config["window"]
    limit = max(1, round(rate * window))
    shapes: dict[str, Callable[[], Limiter]] = {
        "token-bucket": lambda: TokenBucket(rate, burst),
        "fixed-window": lambda: FixedWindow(limit, window),
        "sliding-window": lambda: SlidingWindow(limit, window),
        "penalty-block": lambda: PenaltyBlock(rate, burst, scenario.penalty_s),
    }
    limiter = shapes[scenario.shape]()
    return limiter if scenario.retry_after else no_retry_after(limiter)


@dataclass(frozen=True)
class Outcomes:
    """One scenario's medians: time over bound, share of 429s, and whether every job finished exactly once."""

    ratio: float
    refused: float
    complete: bool


def run_once(
    scenario: Scenario,
    requests: int,
    latency: float,
    stagger: float,
    seed: int,
    client: str = "sdk",
    exclusive: bool = False,
) -> tuple[float, float, bool]:
    """Simulate one run; return (time / bound, 429 share, all done); ``exclusive``: see ``--exclusive``."""
    rng = random.Random(seed)
    starts = [0.0] + [rng.uniform(0.0, stagger) for _ in range(scenario.processes - 1)]
    box: list[dict[str, object]] = []
    clients = []
    for start in starts:
        jobs = requests // scenario.processes
        share = scenario.rate / (1 if scenario.store else scenario.processes)
        own = RateController() if client == "sdk" else FloorController(share, learn=client == "learner")
        own.exclusive = scenario.store or exclusive  # as the store's Pacer makes it, or Pacer(exclusive=True)
        control: Any = SharedController(box, own) if scenario.store else own
        tasks = jobs if scenario.workload == "gets" else BULK_TASKS
        clients.append(Client(jobs=jobs, tasks=tasks, start=start, control=control))
    bound = scenario.bound_for(requests)
    end = simulate(limiter_for(scenario), clients, latency=latency, seed=seed, until=10 * bound + 30)
    sent = sum(c.sent for c in clients)
    refused = sum(c.refused for c in clients)
    return (end - min(starts)) / bound, refused / max(1, sent), all(c.done == c.jobs for c in clients)


def run(
    scenario: Scenario,
    *,
    latency: float,
    min_requests: int,
    paced_s: float,
    stagger: float,
    seeds: Sequence[int],
    client: str = "sdk",
    exclusive: bool = False,
) -> Outcomes:
    """Simulate ``scenario`` once per seed; return the medians."""
    requests = max(min_requests, round(scenario.rate * (paced_s + scenario.burst_s)))
    runs = [run_once(scenario, requests, latency, stagger, seed, client, exclusive) for seed in seeds]
    return Outcomes(
        statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs), all(r[2] for r in runs)
    )


def by_family(scenarios: Sequence[Scenario], rows: Sequence[dict[str, Any]]) -> str:
    """Return the grid as a markdown table of means, one line per shape with and without ``Retry-After``."""
    groups: dict[tuple[str, bool], dict[str, list[dict[str, Any]]]] = collections.defaultdict(
        lambda: collections.defaultdict(list)
    )
    for scenario, row in zip(scenarios, rows, strict=True):
        column = "Redis" if scenario.store else f"x{scenario.processes}"
        groups[(scenario.shape, scenario.retry_after)][column].append(row)
    lines = [
        "| shape | Retry-After | one process: mean (worst) time / bound | 429 % | goals met"
        " | 2 processes | 4 processes | 2 or 4, Redis store |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for (shape, retry_after), columns in groups.items():
        one = columns["x1"]
        mean = statistics.mean(r["ratio"] for r in one)
        cells = [
            shape,
            "yes" if retry_after else "no",
            f"{mean:.2f} ({max(r['ratio'] for r in one):.2f})",
            f"{100 * statistics.mean(r['refused'] for r in one):.1f}",
            f"{sum(r['met'] for r in one)} of {len(one)}",
        ]
        for column in ("x2", "x4", "Redis"):
            found = columns.get(column)
            cells.append(f"{statistics.mean(r['ratio'] for r in found):.2f}" if found else "-")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the grid; print one line per scenario and a summary (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--grid", choices=("quick", "full", "wide"), default="full")
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument("--min-requests", type=int, default=0)
    parser.add_argument("--paced-s", type=float, default=PACED_S)
    parser.add_argument("--stagger", type=float, default=0.3, help="processes start within this many seconds")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--client", choices=("sdk", "floor", "learner"), default="sdk")
    parser.add_argument("--exclusive", action="store_true", help="every controller is told it is alone on its key")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--by-family", action="store_true", help="a markdown table of means by shape")
    args = parser.parse_args(argv)
    grids = {"quick": quick_scenarios, "full": full_scenarios, "wide": wide_scenarios}
    scenarios = grids[args.grid]()
    rows: list[dict[str, Any]] = []
    for scenario in scenarios:
        outcome = run(
            scenario,
            latency=args.latency,
            min_requests=args.min_requests,
            paced_s=args.paced_s,
            stagger=args.stagger,
            seeds=range(args.seeds),
            client=args.client,
            exclusive=args.exclusive,
        )
        ratio_goal, refused_goal = scenario.goal()
        met = outcome.ratio <= ratio_goal and outcome.refused <= refused_goal and outcome.complete
        row: dict[str, Any] = {
            "scenario": scenario.label,
            "ratio": round(outcome.ratio, 3),
            "refused": round(outcome.refused, 4),
        }
        rows.append({**row, "complete": outcome.complete, "met": met})
    summary = {
        "scenarios": len(rows),
        "met": sum(r["met"] for r in rows),
        "median_ratio": round(statistics.median(r["ratio"] for r in rows), 3),
        "median_refused": round(statistics.median(r["refused"] for r in rows), 4),
        "latency_s": args.latency,
        "min_requests": args.min_requests,
        "paced_s": args.paced_s,
        "client": args.client,
        "exclusive": args.exclusive,
    }
    if args.json:
        print(json.dumps({"summary": summary, "rows": rows}, indent=2))
        return 0
    if args.by_family:
        print(by_family(scenarios, rows))
        print(json.dumps(summary))
        return 0
    for row in rows:
        mark = "" if row["met"] else "   <- goal not met"
        print(f"{row['scenario']:<48} {row['ratio']:6.3f} x bound  {row['refused'] * 100:5.1f} % 429{mark}")
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
