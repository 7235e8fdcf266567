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
    --jitter J         each leg of each round trip varies uniformly by ±J of itself (seeded): paced requests reach
                       the server unevenly spaced, as over a real network (default 0: a fixed round trip)
    --warm GAP         run each job twice on the same limiter and controllers (and store), the second starting GAP s
                       after the first ended, and report the second: what a long-lived client pays for its next job,
                       and, with the store, any process started while the key's state lasts (an hour). The issue's
                       goals are for the first job (a fresh client and an empty store)
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
                       Between it and the floor lies what learning by overshooting costs.
    --client exact     the SDK's controller whose ``R_max`` becomes the exact rate when its slow start ends, and
                       nothing else changed: the cut after that refusal, the regrowth, the holds and the probes
                       are the SDK's. Between it and the SDK lies what a perfect estimate is worth; between it and
                       the learner, what the SDK's dynamics after slow start cost (mostly the probes).

To judge a change to the controller (run the same command on main and on the change, ``PYTHONPATH`` on a copy of
``custom/`` holding it): the summary line's ``groups`` give the mean time over bound and the goals met for one
process (imports), 2 and 4 processes without a store, the Redis store and the GETs; 11 seeds move the shared groups'
means by about 0.02, so judge them on 31.

    --grid issue       the issue's own rows, at 20/s burst 5: 4 processes, 100 records each, with and without the
                       store (at least 400 requests), and the 300 concurrent GETs of a fresh client (goal 1.15x, 15 %)
    --only REGEX       only the scenarios whose label matches
    --trace LABEL      one run of the scenario named LABEL (``--seed``, default 0), traced: every 429 episode of
                       every process (the rate before and after, ``R_max`` after, the cooldown), then each
                       process's accepted requests per second, a ``*`` where it was refused

    .venv/bin/python bench/rate_sim.py [--grid quick|wide|issue] [--latency 0.005] [--min-requests 300] [--json]
    .venv/bin/python bench/rate_sim.py --paced-s 30 --min-requests 300 --trace 'bulk fixed-window 20/s b2s x1'
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

from altoviz._control import BETA, C, Change, Outcome, RateController, Ticket  # noqa: E402
from rate_shapes import (  # noqa: E402
    PACED_S,
    Scenario,
    full_scenarios,
    issue_scenarios,
    quick_scenarios,
    selected,
    wide_scenarios,
)
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


class ExactController(RateController):
    """The SDK's controller whose ``R_max`` becomes ``rate`` (1 % below) when its slow start ends (``--client exact``).

    Everything after is its own: the cut that follows that refusal, the regrowth, the holds and the probes.
    """

    def __init__(self, rate: float) -> None:
        super().__init__()
        self.known = rate * FLOOR_MARGIN

    def _throttled(self, ticket: Ticket, now: float, retry_after: float | None) -> Change:
        ending = self._slow_start
        change = super()._throttled(ticket, now, retry_after)
        if ending and not self._slow_start:  # this refusal ended slow start: its estimate replaced, nothing else
            k, at_r_max = self._k, self._t >= self._k  # a first measure over a whole second starts at R_max, uncut
            self._r_max, self._k = self.known, (self.known * (1 - BETA) / C) ** (1 / 3)
            self._t = self._k if at_r_max else 0.0
            self._plateau = self._plateau if at_r_max else max(0.0, self._plateau + k - self._k)  # hold from the new K
            self._set(self.known if at_r_max else BETA * self.known)
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


@dataclass(frozen=True)
class Options:
    """How a scenario is run: the options of the same names (``--stagger``, ``--client``...)."""

    latency: float = 0.02
    stagger: float = 0.3
    client: str = "sdk"
    exclusive: bool = False
    jitter: float = 0.0
    warm: float | None = None


def controller_for(client: str, rate: float) -> RateController:
    """Return one process's controller for ``--client``, told ``rate`` (the limiter's, or the process's share)."""
    if client in ("floor", "learner"):
        return FloorController(rate, learn=client == "learner")
    return ExactController(rate) if client == "exact" else RateController()


def processes(scenario: Scenario, requests: int, seed: int, options: Options) -> list[tuple[Client, RateController]]:
    """Return the scenario's simulated processes, each with its own controller (shared through a box with the store)."""
    rng = random.Random(seed)
    starts = [0.0] + [rng.uniform(0.0, options.stagger) for _ in range(scenario.processes - 1)]
    box: list[dict[str, object]] = []
    made = []
    for start in starts:
        jobs = requests // scenario.processes
        share = scenario.rate / (1 if scenario.store else scenario.processes)
        own = controller_for(options.client, share)
        own.exclusive = scenario.store or options.exclusive  # as the store's Pacer makes it, or Pacer(exclusive=True)
        control: Any = SharedController(box, own) if scenario.store else own
        tasks = jobs if scenario.workload == "gets" else BULK_TASKS
        made.append((Client(jobs=jobs, tasks=tasks, start=start, control=control), own))
    return made


def outcome(
    scenario: Scenario, requests: int, seed: int, clients: list[Client], options: Options
) -> tuple[float, float, bool]:
    """Simulate ``clients`` to the end; return (time / bound, 429 share, all done); ``warm``: see ``--warm``."""
    bound = scenario.bound_for(requests)
    limiter = limiter_for(scenario)

    def job(batch: list[Client]) -> float:
        start = min(c.start for c in batch)
        until = start + 10 * bound + 30
        return simulate(limiter, batch, latency=options.latency, seed=seed, until=until, jitter=options.jitter)

    if options.warm is not None:  # the first job teaches the controllers (and the store); the second is measured
        end = job(clients)
        clients = [Client(c.jobs, c.tasks, end + options.warm + c.start, c.control) for c in clients]
    start = min(c.start for c in clients)
    end = job(clients)
    sent = sum(c.sent for c in clients)
    refused = sum(c.refused for c in clients)
    return (end - start) / bound, refused / max(1, sent), all(c.done == c.jobs for c in clients)


def run_once(scenario: Scenario, requests: int, seed: int, options: Options = Options()) -> tuple[float, float, bool]:
    """Simulate one run; return (time / bound, 429 share, all done)."""
    made = processes(scenario, requests, seed, options)
    return outcome(scenario, requests, seed, [c for c, _ in made], options)


class Traced:
    """A process's controller that records each new 429 episode, for ``--trace``."""

    def __init__(self, inner: Any, own: RateController, who: int, lines: list[str]) -> None:
        self.inner, self.own, self.who, self.lines = inner, own, who, lines

    @property
    def in_flight(self) -> int:
        """The process's own requests in flight."""
        return int(self.inner.in_flight)

    def ready_at(self, now: float) -> float | None:
        """See ``RateController.ready_at``."""
        return self.inner.ready_at(now)

    def send(self, now: float, *, held: bool) -> Ticket:
        """See ``RateController.send``."""
        return self.inner.send(now, held=held)

    def answered(self, ticket: Ticket, now: float, outcome: Outcome) -> object:
        """See ``RateController.answered``; a new episode adds a line."""
        change = self.inner.answered(ticket, now, outcome)
        if isinstance(change, Change) and change.new_episode:
            wait = "-" if outcome.retry_after is None else f"{outcome.retry_after:g}"
            old = "-" if change.old_rate is None else f"{change.old_rate:.1f}"
            r_max = float(self.own.shared_state()["_r_max"])
            self.lines.append(
                f"{now:8.3f}  p{self.who}  Retry-After {wait:>3}  rate {old:>6} -> {change.new_rate or 0:6.1f}"
                f"  R_max {r_max:6.1f}  cooldown {change.cooldown:.2f} s"
            )
        return change

    def release(self) -> None:
        """See ``RateController.release``."""
        self.inner.release()


def trace(scenario: Scenario, requests: int, seed: int, options: Options = Options()) -> str:
    """Return one traced run (``--trace``): its outcome, every 429 episode, each process's accepted per second."""
    episodes: list[str] = []
    clients = []
    for who, (c, own) in enumerate(processes(scenario, requests, seed, options)):
        c.control = Traced(c.control, own, who, episodes)
        clients.append(c)
    ratio, refused, complete = outcome(scenario, requests, seed, clients, options)
    lines = [
        f"{scenario.label}: {requests} requests, bound {scenario.bound_for(requests):.2f} s, seed {seed}:"
        f" {ratio:.3f} x bound, {100 * refused:.1f} % 429, every job done: {'yes' if complete else 'NO'}",
        "429 episodes (time s, process, Retry-After, rate before -> after, R_max after, cooldown):",
        *episodes,
        "accepted per second (* = refused in that second):",
    ]
    for who, c in enumerate(clients):
        accepted = collections.Counter(int(t) for t, ok in c.log if ok)
        refusals = {int(t) for t, ok in c.log if not ok}
        last = c.finished_at if c.done == c.jobs else max((t for t, _ in c.log), default=c.start)  # or unfinished
        seconds = range(int(last) + 1)
        cells = [f"{accepted[k]:4d}{'*' if k in refusals else ' '}" for k in seconds]
        lines.append(f"p{who} (starts {c.start:.2f} s, done {c.finished_at:.2f} s)")
        lines += [f"  {k:4d} s " + "".join(cells[k : k + 20]) for k in range(0, len(cells), 20)]
    return "\n".join(lines)


def requests_for(scenario: Scenario, min_requests: int, paced_s: float) -> int:
    """Return the requests of one run: burst and ``paced_s`` at the rate, at least ``min_requests`` and its own."""
    return max(min_requests, scenario.min_requests, round(scenario.rate * (paced_s + scenario.burst_s)))


def run(scenario: Scenario, *, min_requests: int, paced_s: float, seeds: Sequence[int], options: Options) -> Outcomes:
    """Simulate ``scenario`` once per seed; return the medians."""
    requests = requests_for(scenario, min_requests, paced_s)
    runs = [run_once(scenario, requests, seed, options) for seed in seeds]
    return Outcomes(
        statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs), all(r[2] for r in runs)
    )


def groups(scenarios: Sequence[Scenario], rows: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Return the mean time over bound and the goals met of each group of the grid.

    The groups: imports by processes (x1, x2, x4), the Redis store, and the GETs; a change to the controller is
    judged by these figures.
    """
    members: dict[str, list[dict[str, Any]]] = {name: [] for name in ("x1", "x2", "x4", "Redis", "GETs")}
    for scenario, row in zip(scenarios, rows, strict=True):
        name = "Redis" if scenario.store else "GETs" if scenario.workload == "gets" else f"x{scenario.processes}"
        members.setdefault(name, []).append(row)
    return {
        name: {"mean": round(statistics.mean(r["ratio"] for r in found), 3), "met": sum(r["met"] for r in found)}
        | {"of": len(found)}
        for name, found in members.items()
        if found
    }


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
    parser.add_argument("--grid", choices=("quick", "full", "wide", "issue"), default="full")
    parser.add_argument("--only", help="only the scenarios whose label matches this regular expression")
    parser.add_argument("--trace", metavar="LABEL", help="trace one run of the scenario with this label")
    parser.add_argument("--seed", type=int, default=0, help="the start schedule of --trace")
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument("--jitter", type=float, default=0.0, help="each leg of a round trip varies by ± this share")
    parser.add_argument("--warm", type=float, metavar="GAP", help="measure a second job, GAP s after the first")
    parser.add_argument("--min-requests", type=int, default=0)
    parser.add_argument("--paced-s", type=float, default=PACED_S)
    parser.add_argument("--stagger", type=float, default=0.3, help="processes start within this many seconds")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--client", choices=("sdk", "floor", "learner", "exact"), default="sdk")
    parser.add_argument("--exclusive", action="store_true", help="every controller is told it is alone on its key")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--by-family", action="store_true", help="a markdown table of means by shape")
    args = parser.parse_args(argv)
    if not 0 <= args.jitter < 1:
        parser.error("--jitter is a share of each leg of a round trip: at least 0 and below 1")
    if args.warm is not None and (args.warm < 0 or args.trace):
        parser.error("--warm is a gap of at least 0 s, and --trace traces a first job only")
    grids = {"quick": quick_scenarios, "full": full_scenarios, "wide": wide_scenarios, "issue": issue_scenarios}
    options = Options(args.latency, args.stagger, args.client, args.exclusive, args.jitter, args.warm)
    if args.trace:
        every = full_scenarios() + wide_scenarios() + issue_scenarios()
        named = [s for s in every if s.label == args.trace]
        if not named:
            parser.error(f"no scenario is labelled {args.trace!r}; labels are as the grid prints them")
        scenario = named[0]
        requests = requests_for(scenario, args.min_requests, args.paced_s)
        print(trace(scenario, requests, args.seed, options))
        return 0
    scenarios = list(selected(grids[args.grid](), args.only))
    if not scenarios:
        parser.error(f"no scenario of --grid {args.grid} matches --only {args.only!r}")
    rows: list[dict[str, Any]] = []
    for scenario in scenarios:
        medians = run(
            scenario, min_requests=args.min_requests, paced_s=args.paced_s, seeds=range(args.seeds), options=options
        )
        ratio_goal, refused_goal = scenario.goal()
        met = medians.ratio <= ratio_goal and medians.refused <= refused_goal and medians.complete
        row: dict[str, Any] = {
            "scenario": scenario.label,
            "ratio": round(medians.ratio, 3),
            "refused": round(medians.refused, 4),
        }
        rows.append({**row, "complete": medians.complete, "met": met})
    summary = {
        "scenarios": len(rows),
        "met": sum(r["met"] for r in rows),
        "median_ratio": round(statistics.median(r["ratio"] for r in rows), 3),
        "median_refused": round(statistics.median(r["refused"] for r in rows), 4),
        "latency_s": args.latency,
        "jitter": args.jitter,
        "warm": args.warm,
        "min_requests": args.min_requests,
        "paced_s": args.paced_s,
        "client": args.client,
        "exclusive": args.exclusive,
        "groups": groups(scenarios, rows),
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
