"""``altoviz whoami``: check the key (``GET /Hello``) and show whose it is (``GET /v1/Users/me``)."""

from __future__ import annotations

import argparse
from typing import Any

from altoviz_client.api.hello import get_hello
from altoviz_client.api.users import get_user_me
from altoviz_client.types import Unset

from .common import ExitCode, add_api_options, open_client, run_command


def register(subparsers: Any) -> None:
    """Add the ``whoami`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "whoami",
        help="check the API key and show the company and user it belongs to",
        description="Call GET /Hello and GET /v1/Users/me. The key itself is never shown.",
    )
    parser.set_defaults(handler=handle)
    add_api_options(parser)


def handle(args: argparse.Namespace) -> int:
    """Run whoami."""
    return run_command(whoami, args)


def _text(value: object) -> str:
    return "-" if value is None or isinstance(value, Unset) or value == "" else str(value)


async def whoami(args: argparse.Namespace) -> int:
    """Print the server, company, key name and user."""
    async with open_client(args) as client:
        hello = await client.call(get_hello)
        user = await client.call(get_user_me)
        server = client.base_url
    name = _text(user.display_name)
    if name == "-":
        name = " ".join(_text(part) for part in (user.first_name, user.last_name) if _text(part) != "-") or "-"
    rows = [
        ("server", server),
        ("company", _text(hello.company_name)),
        ("key name", _text(hello.api_key_name)),
        ("user", name),
        ("email", _text(user.email)),
    ]
    for label, value in rows:
        print(f"{label + ':':<10} {value}")
    return ExitCode.OK
