"""Settings of one sandbox run: auth, rate limit (shape and size), paging, PDF size and fault injection.

Both dataclasses are frozen: a change at run time builds a new object and swaps it in whole, so a
request never sees half of an update made from another thread.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

RetryAfterMode = Literal["seconds", "http-date", "none"]
RETRY_AFTER_MODES: tuple[RetryAfterMode, ...] = ("seconds", "http-date", "none")
LimiterShape = Literal["token-bucket", "fixed-window", "sliding-window", "penalty-block"]
LIMITER_SHAPES: tuple[LimiterShape, ...] = ("token-bucket", "fixed-window", "sliding-window", "penalty-block")

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def parse_size(text: str) -> int:
    """Parse a byte count such as ``4096``, ``64k`` or ``200M`` (binary multiples)."""
    match = _SIZE.match(text)
    if match is None:
        raise ValueError(f"not a size: {text!r} (use e.g. 4096, 64k, 200M)")
    return int(float(match.group(1)) * _UNITS[match.group(2).lower()])


@dataclass(frozen=True)
class FaultConfig:
    """What goes wrong, and how often. Every share is a probability between 0 and 1.

    Draws come from one random generator seeded by ``SandboxConfig.seed``, so a sequence of requests
    meets the same faults on every run with the same seed.
    """

    latency_ms: float = 0.0
    """Fixed delay added before every API answer."""
    jitter_ms: float = 0.0
    """Extra random delay, uniform between 0 and this, added to ``latency_ms``."""
    error_rate: float = 0.0
    """Share of requests answered with a 5xx picked from ``error_codes`` (nothing is processed)."""
    error_codes: tuple[int, ...] = (500, 502, 503)
    """The 5xx codes drawn from; non-standard ones such as 520 are welcome."""
    reset_rate: float = 0.0
    """Share of requests whose connection is reset before any answer (nothing is processed)."""
    drop_create_rate: float = 0.0
    """Share of creates (POST) that commit and then lose the connection: the client never sees the answer."""
    break_download_rate: float = 0.0
    """Share of downloads cut off halfway through the body."""
    slow_body_ms: float = 0.0
    """Pause between chunks of a download body, to make slow bodies."""

    def __post_init__(self) -> None:
        for name in ("error_rate", "reset_rate", "drop_create_rate", "break_download_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, not {value}")
        for name in ("latency_ms", "jitter_ms", "slow_body_ms"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")
        if any(not 500 <= code <= 599 for code in self.error_codes) or not self.error_codes:
            raise ValueError(f"error_codes must be 5xx codes, not {self.error_codes}")

    @property
    def active(self) -> bool:
        """Whether any fault can happen at all (lets the hot path skip the random draws)."""
        return any(
            (
                self.latency_ms,
                self.jitter_ms,
                self.error_rate,
                self.reset_rate,
                self.drop_create_rate,
                self.break_download_rate,
                self.slow_body_ms,
            )
        )


@dataclass(frozen=True)
class SandboxConfig:
    """How a sandbox behaves. Defaults are a well-behaved server with a generous rate limit."""

    api_key: str = field(repr=False)
    """The one key accepted in ``X-API-KEY``. Kept out of the repr on purpose."""
    limiter: LimiterShape = "token-bucket"
    """The shape of the per-key limit: ``token-bucket`` (``rate``, ``burst``), ``fixed-window`` and
    ``sliding-window`` (``rate * window`` requests per ``window`` seconds), or ``penalty-block`` (a token
    bucket whose every refusal refuses everything for ``penalty`` seconds)."""
    rate: float = 50.0
    """Requests per second per key, on average; 0 turns the rate limit off."""
    burst: int = 100
    """Bucket capacity of the bucket shapes: how many requests may arrive at once after a quiet spell."""
    window: float = 1.0
    """Window length in seconds of the window shapes."""
    penalty: float = 3.0
    """Seconds of the block that follows a refusal, for ``penalty-block``."""
    retry_after: RetryAfterMode = "seconds"
    """How a 429 says when to come back: whole seconds (rounded up), an HTTP date, or not at all."""
    first_page_index: int = 1
    """``PageIndex`` of the first page of a list."""
    default_page_size: int = 20
    """``PageSize`` used when the request has none (or a size below 1)."""
    max_page_size: int = 100
    """Larger ``PageSize`` values are cut down to this."""
    pdf_size: int = 0
    """Pad every downloaded PDF to at least this many bytes (streamed, never held in memory)."""
    seed: int = 0
    """Seed of the fault generator."""
    faults: FaultConfig = field(default_factory=FaultConfig)

    def __post_init__(self) -> None:
        if not self.api_key:
            raise ValueError("api_key must not be empty")
        if self.rate < 0 or self.burst < 1:
            raise ValueError("rate must be >= 0 and burst >= 1")
        if self.limiter not in LIMITER_SHAPES:
            raise ValueError(f"limiter must be one of {LIMITER_SHAPES}, not {self.limiter!r}")
        if not self.window > 0 or self.penalty < 0:
            raise ValueError("window must be > 0 and penalty >= 0")
        if self.retry_after not in RETRY_AFTER_MODES:
            raise ValueError(f"retry_after must be one of {RETRY_AFTER_MODES}")
        if not 1 <= self.default_page_size <= self.max_page_size:
            raise ValueError("need 1 <= default_page_size <= max_page_size")
        if self.pdf_size < 0:
            raise ValueError("pdf_size must not be negative")

    def updated(self, changes: Mapping[str, Any]) -> SandboxConfig:
        """Return a copy with ``changes`` applied; fault fields may be given flat or under ``faults``."""
        fault_names = {f.name for f in dataclasses.fields(FaultConfig)}
        top: dict[str, Any] = {}
        fault_changes: dict[str, Any] = dict(changes.get("faults") or {})
        for name, value in changes.items():
            if name == "faults":
                continue
            if name in fault_names:
                fault_changes[name] = value
            elif name in {f.name for f in dataclasses.fields(SandboxConfig)}:
                top[name] = value
            else:
                raise ValueError(f"unknown sandbox setting: {name}")
        if "error_codes" in fault_changes:
            fault_changes["error_codes"] = tuple(int(c) for c in fault_changes["error_codes"])
        if fault_changes:
            top["faults"] = dataclasses.replace(self.faults, **fault_changes)
        return dataclasses.replace(self, **top)

    def public_view(self) -> dict[str, Any]:
        """Return the settings as JSON-ready data, without the API key."""
        data = dataclasses.asdict(self)
        del data["api_key"]
        data["faults"]["error_codes"] = list(self.faults.error_codes)
        return data
