"""``altoviz sandbox``: run a local Altoviz server until interrupted."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import secrets
from typing import Any

from .._config import API_KEY_ENV
from ..sandbox.config import RETRY_AFTER_MODES, FaultConfig, SandboxConfig, parse_size
from .common import ExitCode, report_error

# The third-party modules the server imports; ``altoviz.sandbox.config`` and ``.server`` need only the stdlib.
_EXTRA_MODULES = ("starlette", "uvicorn")


def _share(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"a share between 0 and 1, not {text}")
    return value


def _codes(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(code) for code in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"comma-separated status codes, not {text!r}") from None


def _size(text: str) -> int:
    try:
        return parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(subparsers: Any) -> None:
    """Add the ``sandbox`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "sandbox",
        help="run a local, stateful Altoviz server",
        description="Serve the whole Altoviz API from memory on 127.0.0.1, with a rate limit and optional faults.",
    )
    parser.set_defaults(handler=handle)
    server = parser.add_argument_group("server")
    server.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: %(default)s)")
    server.add_argument("--port", type=int, default=8000, help="port, 0 for a free one (default: %(default)s)")
    server.add_argument(
        "--api-key",
        help=f"the accepted X-API-KEY (default: ${API_KEY_ENV}, else a new random key); write --api-key=KEY for "
        "a key that starts with '-'",
    )
    server.add_argument("--access-log", action="store_true", help="log every request")
    limits = parser.add_argument_group("rate limit")
    limits.add_argument("--rate", type=float, default=50.0, help="requests per second per key, 0 for no limit")
    limits.add_argument("--burst", type=int, default=100, help="bucket size: requests allowed at once")
    limits.add_argument("--retry-after", choices=RETRY_AFTER_MODES, default="seconds", help="Retry-After on 429")
    lists = parser.add_argument_group("lists and files")
    lists.add_argument("--first-page-index", type=int, default=1, help="PageIndex of the first page")
    lists.add_argument("--default-page-size", type=int, default=20)
    lists.add_argument("--max-page-size", type=int, default=100)
    lists.add_argument("--pdf-size", type=_size, default=0, help="pad downloaded PDFs to this size, e.g. 200M")
    faults = parser.add_argument_group("faults (shares are between 0 and 1)")
    faults.add_argument("--seed", type=int, default=0, help="seed of the fault generator")
    faults.add_argument("--latency", type=float, default=0.0, metavar="MS", help="added latency in ms")
    faults.add_argument("--jitter", type=float, default=0.0, metavar="MS", help="extra random latency, up to MS")
    faults.add_argument("--error-rate", type=_share, default=0.0, help="share of requests answered with a 5xx")
    faults.add_argument("--error-codes", type=_codes, default=(500, 502, 503), help="5xx codes, e.g. 500,502,503,520")
    faults.add_argument("--reset-rate", type=_share, default=0.0, help="share of connections reset before answering")
    faults.add_argument("--drop-create-rate", type=_share, default=0.0, help="share of creates dropped after commit")
    faults.add_argument("--break-download-rate", type=_share, default=0.0, help="share of downloads cut mid-body")
    faults.add_argument("--slow-body", type=float, default=0.0, metavar="MS", help="pause between download chunks")


def config_from_args(args: argparse.Namespace) -> SandboxConfig:
    """Return the sandbox settings the command line asks for."""
    return SandboxConfig(
        api_key=args.api_key or os.environ.get(API_KEY_ENV) or secrets.token_urlsafe(24),
        rate=args.rate,
        burst=args.burst,
        retry_after=args.retry_after,
        first_page_index=args.first_page_index,
        default_page_size=args.default_page_size,
        max_page_size=args.max_page_size,
        pdf_size=args.pdf_size,
        seed=args.seed,
        faults=FaultConfig(
            latency_ms=args.latency,
            jitter_ms=args.jitter,
            error_rate=args.error_rate,
            error_codes=args.error_codes,
            reset_rate=args.reset_rate,
            drop_create_rate=args.drop_create_rate,
            break_download_rate=args.break_download_rate,
            slow_body_ms=args.slow_body,
        ),
    )


def missing_extra() -> str | None:
    """Return the name of a module of the ``[sandbox]`` extra that cannot be imported, or None."""
    for module in _EXTRA_MODULES:
        try:
            importlib.import_module(module)
        except ImportError:
            return module
    return None


def handle(args: argparse.Namespace) -> int:
    """Run the sandbox in the foreground until Ctrl-C."""
    # Checked before anything is printed: a URL and a key for a server that never starts would mislead.
    missing = missing_extra()
    if missing is not None:
        report_error(
            f"the sandbox needs the [sandbox] extra ({missing} is missing): pip install 'altoviz-client[sandbox]'"
        )
        return ExitCode.USAGE
    from ..sandbox.server import bind_socket, make_server
    from ..sandbox.state import SandboxState

    try:
        config = config_from_args(args)
    except ValueError as exc:
        report_error(str(exc))
        return ExitCode.USAGE
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    sock = bind_socket(args.host, args.port)
    host, port = sock.getsockname()[:2]
    # Printing the key is this command's job: the user needs it to point a client at the sandbox.
    print(f"Altoviz sandbox at http://{host}:{port}", flush=True)
    if args.api_key is None and os.environ.get(API_KEY_ENV):
        # The user already holds that key, and it may be a real one: it is not echoed to the terminal.
        print(f"API key: the value of ${API_KEY_ENV}", flush=True)
    else:
        print(f"API key: {config.api_key}", flush=True)
    server = make_server(SandboxState(config), access_log=args.access_log, log_level="info")
    server.run(sockets=[sock])
    return 0
