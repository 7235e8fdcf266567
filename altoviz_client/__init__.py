"""A client library for accessing Altoviz API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> object:
    # The clients are imported on first use (PEP 562): reading the entity registry (altoviz_client.registry) or a
    # model costs no httpx, which keeps the altoviz command's start-up (altoviz --help) short.
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
