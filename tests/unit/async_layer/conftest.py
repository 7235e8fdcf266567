"""Fixtures for the hand-written async layer."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator

import pytest
from altoviz import AltovizClient

from .support import BASE, KEY, fast_pacer


@pytest.fixture
async def client() -> AsyncIterator[AltovizClient]:
    """A client on httpx's real transport (mocked by pytest-httpx), with retries off and no pacing."""
    async with AltovizClient(KEY, base_url=BASE, max_retries=0, pacer=fast_pacer(), rng=random.Random(0)) as c:
        yield c
