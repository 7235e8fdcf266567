"""altoviz: the asyncio SDK for the Altoviz invoicing API.

The generated low level lives in ``altoviz_client``; this package is the hand-written layer on top::

    from altoviz import AltovizClient
    from altoviz_client.api.customers import get_customer, list_customers

    async with AltovizClient() as client:  # ALTOVIZ_API_KEY
        customer = await client.call(get_customer, id=42)
        async for c in client.paginate(list_customers, query="acme"):
            ...
"""

from typing import TYPE_CHECKING

from ._version import __version__

if TYPE_CHECKING:
    from ._bulk import BulkProgress, BulkReport, Outcome, RecordResult, bulk_upsert
    from ._call import ListOperation, Operation
    from ._client import AltovizClient, ApiKeyAuth
    from ._config import RetryPolicy, retry_options
    from ._deadline import DEFAULT_TOTAL_TIMEOUT, total_timeout
    from ._download import Download
    from ._errors import (
        AltovizError,
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        DownloadError,
        MissingFieldError,
        NotFoundError,
        PaginationError,
        PermissionDeniedError,
        RateLimitError,
        ResponseParseError,
        ServerError,
    )
    from ._events import (
        Attempted,
        Event,
        EventBus,
        EventHook,
        GaveUp,
        RateChanged,
        RetryScheduled,
        StoreStatus,
        Throttled,
    )
    from ._pacing import Pacer
    from ._pagination import Pager
    from ._records import InvalidFileError, LoadedRecords, Record, RecordError, load_records
    from ._resource import APIResource, FileInput
    from ._retry import ClientStats, RetryTransport
    from ._store import RedisStore
    from ._upload import MultipartStream, upload_file
    from .webhooks import (
        ForbiddenSourceError,
        InvalidSecretError,
        MalformedDeliveryError,
        WebhookError,
        WebhookEvent,
        WebhookReceiver,
        ensure_webhook,
    )

__all__ = [
    "DEFAULT_TOTAL_TIMEOUT",
    "APIConnectionError",
    "APIResource",
    "APIStatusError",
    "APITimeoutError",
    "AltovizClient",
    "AltovizError",
    "ApiKeyAuth",
    "Attempted",
    "AuthenticationError",
    "BadRequestError",
    "BulkProgress",
    "BulkReport",
    "ClientStats",
    "ConflictError",
    "Download",
    "DownloadError",
    "Event",
    "EventBus",
    "EventHook",
    "FileInput",
    "ForbiddenSourceError",
    "GaveUp",
    "InvalidFileError",
    "InvalidSecretError",
    "ListOperation",
    "LoadedRecords",
    "MalformedDeliveryError",
    "MissingFieldError",
    "MultipartStream",
    "NotFoundError",
    "Operation",
    "Outcome",
    "Pacer",
    "Pager",
    "PaginationError",
    "PermissionDeniedError",
    "RateChanged",
    "RateLimitError",
    "Record",
    "RecordError",
    "RecordResult",
    "RedisStore",
    "ResponseParseError",
    "RetryPolicy",
    "RetryScheduled",
    "RetryTransport",
    "ServerError",
    "StoreStatus",
    "Throttled",
    "WebhookError",
    "WebhookEvent",
    "WebhookReceiver",
    "__version__",
    "bulk_upsert",
    "ensure_webhook",
    "load_records",
    "retry_options",
    "total_timeout",
    "upload_file",
]

# Every public name is imported on first use (PEP 562): ``import altoviz`` costs no httpx, so the ``altoviz``
# command starts fast (its ``--help`` needs none of the client), and a program that only calls the API does not
# pay for the bulk importer or the record files. Type checkers see the eager imports above, and no __getattr__,
# so a misspelt name is still an error for them.
_LAZY = {
    **dict.fromkeys(("BulkProgress", "BulkReport", "Outcome", "RecordResult", "bulk_upsert"), "._bulk"),
    **dict.fromkeys(("InvalidFileError", "LoadedRecords", "Record", "RecordError", "load_records"), "._records"),
    **dict.fromkeys(("ListOperation", "Operation"), "._call"),
    **dict.fromkeys(("AltovizClient", "ApiKeyAuth"), "._client"),
    **dict.fromkeys(("RetryPolicy", "retry_options"), "._config"),
    **dict.fromkeys(("DEFAULT_TOTAL_TIMEOUT", "total_timeout"), "._deadline"),
    **dict.fromkeys(
        (
            "Attempted",
            "Event",
            "EventBus",
            "EventHook",
            "GaveUp",
            "RateChanged",
            "RetryScheduled",
            "StoreStatus",
            "Throttled",
        ),
        "._events",
    ),
    "RedisStore": "._store",
    "Download": "._download",
    **dict.fromkeys(
        (
            "AltovizError",
            "APIConnectionError",
            "APIStatusError",
            "APITimeoutError",
            "AuthenticationError",
            "BadRequestError",
            "ConflictError",
            "DownloadError",
            "MissingFieldError",
            "NotFoundError",
            "PaginationError",
            "PermissionDeniedError",
            "RateLimitError",
            "ResponseParseError",
            "ServerError",
        ),
        "._errors",
    ),
    "Pacer": "._pacing",
    **dict.fromkeys(("APIResource", "FileInput"), "._resource"),
    "Pager": "._pagination",
    **dict.fromkeys(("ClientStats", "RetryTransport"), "._retry"),
    **dict.fromkeys(("MultipartStream", "upload_file"), "._upload"),
    # The webhook receiver: for apps that receive events, not for every program that calls the API.
    **dict.fromkeys(
        (
            "ForbiddenSourceError",
            "InvalidSecretError",
            "MalformedDeliveryError",
            "WebhookError",
            "WebhookEvent",
            "WebhookReceiver",
            "ensure_webhook",
        ),
        ".webhooks",
    ),
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
