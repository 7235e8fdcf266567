"""Contract check: schemathesis against a freshly started sandbox, with the vendored spec.

Run by ``make contract``. The sandbox runs in this process on a free port with a generated key and no
rate limit; schemathesis runs as a subprocess. The sandbox's peak memory (this process's peak RSS;
schemathesis is a child and not counted) is printed and must stay under ``RSS_BUDGET_MB``. The exit
code is schemathesis's, or 1 when the memory budget was passed.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

from altoviz.sandbox import SandboxServer

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "altoviz.yaml"
CONFIG = Path(__file__).with_name("schemathesis.toml")
RSS_BUDGET_MB = 200  # issue 11: the sandbox must stay this small through a whole contract run


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


def main() -> int:
    """Start the sandbox, run schemathesis against it, stop the sandbox.

    ``--spec PATH`` (first argument) runs another document, e.g. the one Altoviz publishes
    (tests/fixtures/altoviz-published.json); any further arguments go to ``schemathesis run``.
    """
    schemathesis = Path(sys.executable).with_name("schemathesis")
    args = sys.argv[1:]
    spec = SPEC
    if args[:1] == ["--spec"] and len(args) >= 2:
        spec, args = Path(args[1]).resolve(), args[2:]
    with SandboxServer() as sandbox:
        sandbox.configure(rate=0)
        command = [
            str(schemathesis),
            "--config-file",
            str(CONFIG),
            "run",
            str(spec),
            "--url",
            sandbox.base_url,
            "--header",
            f"X-API-KEY: {sandbox.api_key}",
            # The command line's default mode would override the config file's: say it again here.
            "--mode",
            "all",
            "--output-sanitize",
            "true",
            *args,
        ]
        status = subprocess.call(command, cwd=ROOT)
    peak = peak_rss_mb()
    print(f"sandbox peak RSS during the run: {peak:.0f} MB (budget {RSS_BUDGET_MB} MB)")
    if peak > RSS_BUDGET_MB:
        print("the sandbox used more memory than its budget", file=sys.stderr)
        return status or 1
    return status


if __name__ == "__main__":
    sys.exit(main())
