"""A bulk import run as its own process, for the Ctrl-C test: ``python interrupted_import.py LEDGER N``.

Reads ``ALTOVIZ_BASE_URL`` and ``ALTOVIZ_API_KEY``; exits 130 on Ctrl-C, as shells expect.
"""

from __future__ import annotations

import asyncio
import sys

from altoviz import AltovizClient, bulk_upsert


def records(n: int) -> list[dict[str, object]]:
    return [{"internalId": f"C{i:05d}", "companyName": f"Company {i}"} for i in range(n)]


async def main(ledger: str, n: int) -> None:
    async with AltovizClient() as client:
        report = await bulk_upsert(client, "customers", records(n), ledger=ledger)
    sys.stdout.write(f"{dict((o.value, c) for o, c in report.counts.items())}\n")


if __name__ == "__main__":
    try:
        asyncio.run(main(sys.argv[1], int(sys.argv[2])))
    except KeyboardInterrupt:
        sys.exit(130)
