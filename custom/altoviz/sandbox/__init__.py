"""A local, stateful Altoviz server for tests, examples and offline development.

Install with ``pip install 'altoviz-client[sandbox]'``. Three ways to run it:

- ``altoviz sandbox --port 8000`` from a shell (prints the base URL and key);
- ``async with altoviz.sandbox.serve(rate=20, burst=5, seed=1) as sb:`` from Python;
- the ``altoviz_sandbox`` pytest fixture (registered automatically as a pytest plugin).

Importing this package needs only the standard library; the server's dependencies load when a
sandbox starts.
"""

from .config import LIMITER_SHAPES, FaultConfig, LimiterShape, RetryAfterMode, SandboxConfig, parse_size
from .server import SandboxServer, serve

__all__ = [
    "LIMITER_SHAPES",
    "FaultConfig",
    "LimiterShape",
    "RetryAfterMode",
    "SandboxConfig",
    "SandboxServer",
    "parse_size",
    "serve",
]
