"""``altoviz webhook list | create | delete | trigger``: the official CLI's webhook commands, plus ``trigger``.

``trigger TYPE --to URL`` sends one sample event to a local endpoint, the way ``stripe trigger`` does, to try a
receiver without waiting for a real change. The logic lives in ``webhook_ops``; this module only parses.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

import httpx

from altoviz_client.models.webhook import Webhook

from . import webhook_ops as ops
from .common import ExitCode, add_api_options, fail, open_client, report_error, run_command

SECRET_ENV = "ALTOVIZ_WEBHOOK_SECRET"


def register(subparsers: Any) -> None:
    """Add ``webhook`` and its subcommands."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "webhook", help="list, create and delete webhooks; send a sample event to a local receiver"
    )
    sub = parser.add_subparsers(dest="webhook_command", metavar="SUBCOMMAND", required=True)

    listing = sub.add_parser("list", help="list webhooks", description="List the registered webhooks.")
    listing.add_argument("--json", action="store_true", help="print JSON (secrets masked)")
    listing.set_defaults(handler=lambda args: run_command(_list, args))
    add_api_options(listing)

    create = sub.add_parser("create", help="create a webhook", description="Register a webhook.")
    create.add_argument("--name", help="a name for the registration")
    create.add_argument("--url", help="where Altoviz delivers (the real API refuses localhost and private networks)")
    create.add_argument(
        "--type", action="append", default=[], dest="types", help="event type, e.g. InvoiceCreated (repeat or comma)"
    )
    create.add_argument("--secret-key", help=f"secret sent with each delivery (default: ${SECRET_ENV})")
    create.add_argument("--file", type=Path, help="JSON file with name, url, types and secretKey instead")
    create.set_defaults(handler=lambda args: run_command(_create, args))
    add_api_options(create)

    delete = sub.add_parser("delete", help="delete a webhook", description="Delete a webhook by numeric id or URL.")
    delete.add_argument("id_or_url", metavar="ID-OR-URL")
    delete.set_defaults(handler=lambda args: run_command(_delete, args))
    add_api_options(delete)

    trig = sub.add_parser(
        "trigger",
        help="send one sample event to a local endpoint",
        description="POST one realistic sample event of TYPE to URL, as Altoviz delivers it (text/plain JSON"
        " {id, type, data}, the secret in a header). Exit code 0 when the endpoint answers 2xx.",
    )
    trig.add_argument("type", metavar="TYPE", help="event type, e.g. InvoiceCreated")
    trig.add_argument("--to", required=True, metavar="URL", help="the receiver's URL")
    trig.add_argument("--secret", help=f"secret to send (default: ${SECRET_ENV})")
    trig.add_argument("--header", default="X-Signature", help="header carrying the secret (default: %(default)s)")
    trig.add_argument("--verbose", "-v", action="store_true", help=argparse.SUPPRESS)
    trig.set_defaults(handler=lambda args: run_command(_trigger, args))


async def _list(args: argparse.Namespace) -> int:
    async with open_client(args) as client:
        hooks = await ops.list_hooks(client)
    if args.json:
        print(json.dumps([ops.hook_json(h) for h in hooks], indent=2))
        return ExitCode.OK
    rows = [("ID", "NAME", "URL", "TYPES", "SECRET"), *ops.hook_rows(hooks)]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        print("  ".join([*(cell.ljust(w) for cell, w in zip(row[:4], widths, strict=True)), row[4]]))
    return ExitCode.OK


async def _create(args: argparse.Namespace) -> int:
    try:
        if args.file is not None:
            hook = ops.webhook_from_file(args.file)
        else:
            if not args.url or not args.types:
                fail("give --url and at least one --type, or --file")
            secret = args.secret_key or os.environ.get(SECRET_ENV)
            types = ops.webhook_types(args.types)
            hook = Webhook(name=args.name or args.url, url=args.url, types=types, secret_key=secret)
    except ops.WebhookInputError as exc:
        fail(str(exc))
    async with open_client(args) as client:
        created = await ops.create_hook(client, hook)
    print(json.dumps(ops.hook_json(created), indent=2))
    return ExitCode.OK


async def _delete(args: argparse.Namespace) -> int:
    async with open_client(args) as client:
        deleted = await ops.delete_hook(client, args.id_or_url)
    print(f"deleted webhook {deleted.id} ({deleted.url})")
    return ExitCode.OK


async def _trigger(args: argparse.Namespace) -> int:
    secret = args.secret or os.environ.get(SECRET_ENV)
    try:
        result = await ops.trigger(args.type, args.to, secret, args.header)
    except ValueError as exc:
        fail(str(exc))
    except httpx.HTTPError as exc:
        report_error(f"{args.to}: {type(exc).__name__}: {exc or 'no answer'}")
        return ExitCode.UNAVAILABLE
    print(f"sent {args.type} event {result.event['id']} to {args.to}: {result.status}")
    if result.body:
        print(result.body)
    return ExitCode.OK if 200 <= result.status < 300 else ExitCode.FAILED
