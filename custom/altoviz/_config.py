"""Settings: where the key and the base URL come from, the retry budget, and its per-call override."""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import ipaddress
import os
from collections.abc import Iterator
from typing import Any

import httpx

from ._version import __version__

API_KEY_ENV = "ALTOVIZ_API_KEY"
BASE_URL_ENV = "ALTOVIZ_BASE_URL"
DEFAULT_BASE_URL = "https://api.altoviz.com"
USER_AGENT = f"altoviz-python/{__version__}"
API_KEY_HEADER = "X-API-KEY"

# Reads can be slow on large lists and PDFs; connecting should never take long.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# One client serves a whole web app: enough connections for its concurrent handlers, few idle ones kept.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)

# The name of the httpx request extension that carries a per-request RetryPolicy.
RETRY_EXTENSION = "altoviz.retry"


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """How hard one request tries before it gives up.

    The defaults suit both a web request handler and a bulk import: a few retries absorb a short rate-limit
    episode, and the deadline keeps a request from hanging for minutes when the API is down.
    """

    max_retries: int = 6
    """Retries after the first attempt; 0 turns retrying off."""
    max_wait: float = 60.0
    """The longest single wait. A server asking for more (``Retry-After: 3600``) makes the request give up at
    once with a RateLimitError saying how long: retrying sooner than the server said would be refused anyway."""
    deadline: float = 120.0
    """Seconds from the first attempt after which no retry starts."""
    backoff_base: float = 0.5
    """The first backoff ceiling when the server gives no Retry-After; doubles at each retry."""
    backoff_max: float = 30.0
    """The largest backoff ceiling."""

    def __post_init__(self) -> None:
        if self.max_retries < 0 or self.max_wait < 0 or self.deadline < 0:
            raise ValueError("max_retries, max_wait and deadline must not be negative")


# Only the fields a ``retry_options`` block changed: the client's own policy supplies the rest.
_call_overrides: contextvars.ContextVar[dict[str, Any]] = contextvars.ContextVar("altoviz_retry_overrides")


def effective_policy(client_policy: RetryPolicy) -> RetryPolicy:
    """Return the client's policy with the enclosing ``retry_options`` blocks applied."""
    overrides = _call_overrides.get(None)
    return dataclasses.replace(client_policy, **overrides) if overrides else client_policy


@contextlib.contextmanager
def retry_options(
    *,
    max_retries: int | None = None,
    max_wait: float | None = None,
    deadline: float | None = None,
) -> Iterator[None]:
    """Override the retry budget of every request made inside the block, in this task and the tasks it starts.

    ``with altoviz.retry_options(max_retries=0): await client.call(...)`` turns retries off for that call.
    Fields left out keep the value of the enclosing block, else the client's. A context variable, so
    concurrent tasks never see each other's settings, and it reaches generated functions called directly.
    """
    changes: dict[str, Any] = {
        name: value
        for name, value in (("max_retries", max_retries), ("max_wait", max_wait), ("deadline", deadline))
        if value is not None
    }
    RetryPolicy(**changes)  # validate now, where the caller can see the mistake
    token = _call_overrides.set({**_call_overrides.get({}), **changes})
    try:
        yield
    finally:
        _call_overrides.reset(token)


def resolve_api_key(api_key: str | None) -> str:
    """Return the key given, else ``ALTOVIZ_API_KEY``; refuse to start without one."""
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if not key:
        raise ValueError(f"no Altoviz API key: pass api_key= or set {API_KEY_ENV}")
    return key


def resolve_base_url(base_url: str | None, *, allow_insecure_http: bool) -> str:
    """Return the URL given, else ``ALTOVIZ_BASE_URL``, else the public API; refuse plain http to others."""
    url = httpx.URL(base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base URL must be an http(s) URL with a host, got {str(url)!r}")
    if url.scheme == "http" and not allow_insecure_http and not is_loopback(url.host):
        raise ValueError(
            f"refusing plain http to {url.host}: the API key would travel in clear."
            " Use https, or pass allow_insecure_http=True if you really mean it."
        )
    return str(url).rstrip("/")


def is_loopback(host: str) -> bool:
    """Tell whether ``host`` is localhost or a loopback address, where plain http never leaves the machine."""
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
