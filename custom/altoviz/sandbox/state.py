"""Everything one running sandbox holds: settings, records, rate limiter and fault generator."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .config import SandboxConfig
from .faults import FaultInjector
from .ratelimit import RateLimiter
from .store import Record, Store
from .webhook_delivery import Deliverer, DeliveryConfig
from .webhook_events import event_type_for


class SandboxState:
    """The mutable heart of a sandbox. Touched only from the server's event loop."""

    def __init__(self, config: SandboxConfig) -> None:
        self.store = Store(listener=self._entity_changed)
        self.deliveries = Deliverer(lambda: self.store.collection("webhooks"), DeliveryConfig(seed=config.seed))
        self.config = config
        self.api_key = config.api_key.encode()
        self.limiter = RateLimiter(config.rate, config.burst)
        self.faults = FaultInjector(config.faults, config.seed)

    def __repr__(self) -> str:
        return f"SandboxState(config={self.config!r})"

    def apply(self, changes: Mapping[str, Any]) -> SandboxConfig:
        """Change settings at run time.

        The rate limiter restarts (full buckets) only when rate or burst change, and the fault
        generator restarts only when faults or seed change, so one test's knob does not disturb another.
        """
        old, new = self.config, self.config.updated(changes)
        self.config = new
        self.api_key = new.api_key.encode()
        if (old.rate, old.burst) != (new.rate, new.burst):
            self.limiter = RateLimiter(new.rate, new.burst)
        if (old.faults, old.seed) != (new.faults, new.seed) or "seed" in changes:
            self.faults = FaultInjector(new.faults, new.seed)
        return new

    def reset(self) -> None:
        """Forget all records and refill every rate-limit bucket; settings stay as they are."""
        self.store.clear()
        self.deliveries.reset()
        self.limiter = RateLimiter(self.config.rate, self.config.burst)
        self.faults = FaultInjector(self.config.faults, self.config.seed)

    def _entity_changed(self, kind: str, action: str, record: Record) -> None:
        event_type = event_type_for(kind, action)
        if event_type is not None:
            self.deliveries.entity_changed(event_type, record)
