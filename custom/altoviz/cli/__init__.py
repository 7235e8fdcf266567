"""The ``altoviz`` command: a superset of the official Altoviz CLI, built on click.

The root (``app.py``) holds the built-in commands and the resource commands generated from the entity registry
(``tree.py``); every command takes the global options (``settings.py``) and prints through ``output.py``. The bulk
commands (import, export, download, whoami, sandbox) keep their own argument parsers (``legacy.py`` runs them).
Exit codes are the official CLI's (``common.ExitCode``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    # httpx imports its own command line (httpx._main) at import when rich is installed, and with it rich's
    # console and pygments: a third of a request's start-up, for a module this process never runs. None in
    # sys.modules makes that import fail, and httpx then defines a stub (its documented fallback without rich).
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
    import click

    from .app import build

    try:
        result = build().main(args=list(argv) if argv is not None else None, prog_name="altoviz", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return int(exc.exit_code)
    except click.exceptions.Abort:
        print("altoviz: aborted", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        # Ctrl-C is the user's decision, not a failure to explain with a traceback.
        print("altoviz: interrupted", file=sys.stderr)
        return 130  # the shell's convention for a command ended by SIGINT
    return int(result) if isinstance(result, int) and not isinstance(result, bool) else 0


def build_parser() -> argparse.ArgumentParser:
    """Return the argparse parser of the bulk commands (import, export, download, whoami, sandbox)."""
    from .legacy import build_parser as build

    return build()


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
