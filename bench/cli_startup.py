"""Start-up of the ``altoviz`` command: ``altoviz --help``, and ``altoviz customer get 1`` to its first byte.

Each run is a fresh process, as a person typing the command gets. ``help_ms`` is the wall time of a whole
``altoviz --help``; ``get_first_byte_ms`` and ``list_first_byte_ms`` run against a sandbox in its own process and
stop the clock at the first byte on standard output (the answer, printed). ``python_ms`` is a bare ``python -c
pass``: the floor no Python command can go under, given for comparison; the ``*_cpu_ms`` figures are CPU time
(user + system), which a busy machine inflates less than wall time. Each figure twice: as installed (with
compiled bytecode, as pip leaves a package) and from source (no bytecode). Goals: help <= 250 ms, get <= 400 ms.

    .venv/bin/python bench/cli_startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import median, sandbox_process

ALTOVIZ = str(Path(sys.executable).with_name("altoviz"))
HELP_GOAL_MS = 250.0
GET_GOAL_MS = 400.0


def wall_ms(argv: list[str], env: dict[str, str] | None = None) -> float:
    """Milliseconds of a whole process, its output thrown away."""
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
    return (time.perf_counter() - start) * 1000


def cpu_ms(argv: list[str], env: dict[str, str] | None = None) -> float:
    """CPU milliseconds (user + system) of a whole process: what it costs, whatever else the machine runs."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000


def first_byte_ms(argv: list[str], env: dict[str, str]) -> float:
    """Milliseconds from starting the process to the first byte it writes on standard output."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert process.stdout is not None
    first = process.stdout.read(1)
    elapsed = (time.perf_counter() - start) * 1000
    process.stdout.read()
    if process.wait() != 0 or not first:
        raise RuntimeError(f"{' '.join(argv)} failed")
    return elapsed


def measure(runs: int, base_env: dict[str, str]) -> dict[str, Any]:
    """Measure each command ``runs`` times in ``base_env`` (after one warm-up run each); return the medians."""
    python = [wall_ms([sys.executable, "-c", "pass"], base_env) for _ in range(runs)]
    wall_ms([ALTOVIZ, "--help"], base_env)
    help_runs = [wall_ms([ALTOVIZ, "--help"], base_env) for _ in range(runs)]
    help_cpu = [cpu_ms([ALTOVIZ, "--help"], base_env) for _ in range(runs)]
    python_cpu = [cpu_ms([sys.executable, "-c", "pass"], base_env) for _ in range(runs)]
    with sandbox_process() as sandbox:
        with sandbox.admin() as admin:
            ident = admin.post("/v1/Customers", json={"internalId": "bench", "companyName": "Acme"}).json()["id"]
        env = {**base_env, "ALTOVIZ_API_KEY": sandbox.api_key, "ALTOVIZ_BASE_URL": sandbox.base_url}
        get = [ALTOVIZ, "customer", "get", str(ident), "--json"]
        listing = [ALTOVIZ, "customer", "list", "--json"]
        first_byte_ms(get, env)
        first_byte_ms(listing, env)
        get_runs = [first_byte_ms(get, env) for _ in range(runs)]
        list_runs = [first_byte_ms(listing, env) for _ in range(runs)]
        get_cpu = [cpu_ms(get, env) for _ in range(runs)]
    return {
        "python_ms": median(python),
        "python_cpu_ms": median(python_cpu),
        "help_ms": median(help_runs),
        "help_cpu_ms": median(help_cpu),
        "get_first_byte_ms": median(get_runs),
        "get_cpu_ms": median(get_cpu),
        "list_first_byte_ms": median(list_runs),
        "help_meets_goal": median(help_runs) <= HELP_GOAL_MS,
        "get_meets_goal": median(get_runs) <= GET_GOAL_MS,
    }


def run(runs: int = 15) -> dict[str, Any]:
    """Both ways a command starts: as installed (compiled bytecode) and from source (no bytecode written)."""
    with tempfile.TemporaryDirectory() as cache:
        # pip compiles a package's bytecode on install; a checkout under PYTHONDONTWRITEBYTECODE=1 (as on the
        # machine these figures come from) recompiles every module in every process. The bytecode goes to a
        # temporary prefix, never into the repository.
        installed = {**os.environ, "PYTHONPYCACHEPREFIX": cache}
        installed.pop("PYTHONDONTWRITEBYTECODE", None)
        source = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        return {
            "runs": runs,
            "help_goal_ms": HELP_GOAL_MS,
            "get_goal_ms": GET_GOAL_MS,
            "load_average_1min": round(os.getloadavg()[0], 2),
            "installed": measure(runs, installed),
            "from_source": measure(runs, source),
        }


def main() -> None:
    """Print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    print(json.dumps(run(parser.parse_args().runs), indent=2))


if __name__ == "__main__":
    main()
