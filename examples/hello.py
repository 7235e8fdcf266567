"""Say hello to Altoviz: the smallest end-to-end run of the generated client.

With ``ALTOVIZ_BASE_URL`` and ``ALTOVIZ_API_KEY`` set, it calls that server (the real API or a sandbox
you started with ``altoviz sandbox``). Without them it starts a local sandbox on a free port and calls
that, so it runs on a machine with no account and no network.

    python examples/hello.py
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys

from altoviz_client import AuthenticatedClient
from altoviz_client.api.hello import get_hello
from altoviz_client.models import Hello

log = logging.getLogger("examples.hello")


async def say_hello(base_url: str, api_key: str) -> int:
    """Call ``GET /Hello`` and report what the server says; 0 on success."""
    client = AuthenticatedClient(base_url=base_url, token=api_key, auth_header_name="X-API-KEY", prefix="")
    async with client:
        response = await get_hello.asyncio_detailed(client=client)
    if not isinstance(response.parsed, Hello):
        log.error("GET /Hello answered %s: %s", response.status_code, response.content[:200])
        return 1
    hello = response.parsed
    log.info("GET %s/Hello -> %s", base_url, response.status_code)
    log.info("message: %s | company: %s | key name: %s", hello.message, hello.company_name, hello.api_key_name)
    return 0


async def main() -> int:
    """Use the configured server, or a local sandbox when none is configured."""
    base_url, api_key = os.environ.get("ALTOVIZ_BASE_URL"), os.environ.get("ALTOVIZ_API_KEY")
    if base_url and api_key:
        return await say_hello(base_url, api_key)
    from altoviz.sandbox import serve

    log.info("ALTOVIZ_BASE_URL and ALTOVIZ_API_KEY are not set: starting a local sandbox")
    async with serve() as sandbox:
        return await say_hello(sandbox.base_url, sandbox.api_key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    sys.exit(asyncio.run(main()))
