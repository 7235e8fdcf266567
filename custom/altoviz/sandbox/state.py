"""Everything one running sandbox holds: settings, records, rate limiter and fault generator."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .config import SandboxConfig
from .faults import FaultInjector
from .ratelimit import LimitSettings, RateLimiter
from .store import Store


class SandboxState:
    """The mutable heart of a sandbox. Touched only from the server's event loop."""

    def __init__(self, config: SandboxConfig) -> None:
        self.store = Store()
        self.config = config
        self.api_key = config.api_key.encode()
        self.limiter = RateLimiter(LimitSettings.of(config))
        self.faults = FaultInjector(config.faults, config.seed)

    def __repr__(self) -> str:
        return f"SandboxState(config={self.config!r})"

    def apply(self, changes: Mapping[str, Any]) -> SandboxConfig:
        """Change settings at run time.

        The rate limiter restarts (full buckets, fresh windows, no block, zero counts) only when one of
        its settings changes, and the fault generator restarts only when faults or seed change, so one
        test's knob does not disturb another.
        """
        old, new = self.config, self.config.updated(changes)
        self.config = new
        self.api_key = new.api_key.encode()
        if LimitSettings.of(old) != LimitSettings.of(new):
            self.limiter = RateLimiter(LimitSettings.of(new))
        if (old.faults, old.seed) != (new.faults, new.seed) or "seed" in changes:
            self.faults = FaultInjector(new.faults, new.seed)
        return new

    def reset(self) -> None:
        """Forget all records and restart the rate limit (and its counts); settings stay as they are."""
        self.store.clear()
        self.limiter = RateLimiter(LimitSettings.of(self.config))
        self.faults = FaultInjector(self.config.faults, self.config.seed)
