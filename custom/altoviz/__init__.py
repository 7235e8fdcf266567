"""altoviz: the asyncio SDK for the Altoviz invoicing API.

The generated low level lives in ``altoviz_client``; this package is the hand-written layer on top::

    from altoviz import AltovizClient
    from altoviz_client.api.customers import get_customer, list_customers

    async with AltovizClient() as client:  # ALTOVIZ_API_KEY
        customer = await client.call(get_customer, id=42)
        async for c in client.paginate(list_customers, query="acme"):
            ...
"""

from ._bulk import BulkProgress, BulkReport, Outcome, RecordResult, bulk_upsert
from ._call import ListOperation, Operation
from ._client import AltovizClient, ApiKeyAuth
from ._config import RetryPolicy, retry_options
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
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ServerError,
)
from ._pacing import Pacer
from ._pagination import Pager
from ._records import InvalidFileError, LoadedRecords, Record, RecordError, load_records
from ._retry import ClientStats, RetryTransport
from ._upload import MultipartStream, upload_file
from ._version import __version__

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AltovizClient",
    "AltovizError",
    "ApiKeyAuth",
    "AuthenticationError",
    "BadRequestError",
    "BulkProgress",
    "BulkReport",
    "ClientStats",
    "ConflictError",
    "Download",
    "DownloadError",
    "InvalidFileError",
    "ListOperation",
    "LoadedRecords",
    "MultipartStream",
    "NotFoundError",
    "Operation",
    "Outcome",
    "Pacer",
    "Pager",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "Record",
    "RecordError",
    "RecordResult",
    "ResponseParseError",
    "RetryPolicy",
    "RetryTransport",
    "ServerError",
    "__version__",
    "bulk_upsert",
    "load_records",
    "retry_options",
    "upload_file",
]
