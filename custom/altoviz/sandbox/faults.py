"""Seeded fault decisions. Each draw comes from one generator, so a request sequence replays exactly."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .config import FaultConfig


@dataclass(frozen=True)
class RequestFaults:
    """What happens to one request before it reaches its handler."""

    delay_s: float = 0.0
    reset: bool = False
    error_status: int | None = None


NO_FAULTS = RequestFaults()


class FaultInjector:
    """Draws the faults of each request from ``FaultConfig`` shares."""

    def __init__(self, config: FaultConfig, seed: int) -> None:
        self.config = config
        self._random = random.Random(seed)

    def _hit(self, share: float) -> bool:
        # Draw only for knobs that are on, so turning one knob on does not shift the others' sequence.
        return share > 0 and self._random.random() < share

    def on_request(self) -> RequestFaults:
        """Latency, reset or 5xx for a request about to be handled."""
        cfg = self.config
        if not cfg.active:
            return NO_FAULTS
        delay = cfg.latency_ms / 1000
        if cfg.jitter_ms:
            delay += self._random.uniform(0, cfg.jitter_ms) / 1000
        if self._hit(cfg.reset_rate):
            return RequestFaults(delay_s=delay, reset=True)
        if self._hit(cfg.error_rate):
            return RequestFaults(delay_s=delay, error_status=self._random.choice(cfg.error_codes))
        return RequestFaults(delay_s=delay)

    def drop_after_create(self) -> bool:
        """Whether a create that just committed loses its connection instead of answering."""
        return self._hit(self.config.drop_create_rate)

    def break_download(self) -> bool:
        """Whether a download is cut off mid-body."""
        return self._hit(self.config.break_download_rate)
