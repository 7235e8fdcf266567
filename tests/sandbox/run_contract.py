"""Contract check: schemathesis against a freshly started sandbox, with the vendored spec.

Run by ``make contract``. The sandbox runs in this process on a free port with a generated key and no
rate limit; schemathesis runs as a subprocess and its exit code is this script's.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from altoviz.sandbox import SandboxServer

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "altoviz.yaml"
CONFIG = Path(__file__).with_name("schemathesis.toml")


def main() -> int:
    """Start the sandbox, run schemathesis against it, stop the sandbox."""
    schemathesis = Path(sys.executable).with_name("schemathesis")
    with SandboxServer() as sandbox:
        sandbox.configure(rate=0)
        command = [
            str(schemathesis),
            "--config-file",
            str(CONFIG),
            "run",
            str(SPEC),
            "--url",
            sandbox.base_url,
            "--header",
            f"X-API-KEY: {sandbox.api_key}",
            # The command line's default mode ("all") would override the config file's.
            "--mode",
            "positive",
            "--output-sanitize",
            "true",
            *sys.argv[1:],
        ]
        return subprocess.call(command, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
