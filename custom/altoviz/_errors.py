"""One exception hierarchy for everything the SDK raises, and the mapping from an HTTP answer to it.

Every exception carries what a caller needs to react (the status, the server's ProblemDetails or validation
Error, the method and the URL) and nothing that could leak the API key: no request object, no headers.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

    from altoviz_client.models.error import Error
    from altoviz_client.models.problem_details import ProblemDetails

# The header is _config.API_KEY_HEADER; not imported from there because _config builds httpx objects at import,
# and these classes must import without httpx (altoviz.registry's errors, and so the command's --help, use them).
API_KEY_HEADER = "X-API-KEY"

# Enough of a non-JSON body (an HTML error page from a proxy) to say what it was, without flooding logs.
_TEXT_EXCERPT = 200
_PROBLEM_DETAILS_MEMBERS = frozenset({"title", "type", "status", "detail", "instance"})


class AltovizError(Exception):
    """The root of every exception the SDK raises."""


class APIConnectionError(AltovizError):
    """The request got no HTTP answer: DNS, connect, TLS, reset, or a broken response."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(f"{message} ({method} {url})")
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write, or waiting for a pooled connection)."""


class ResponseParseError(AltovizError):
    """A 2xx answer whose body does not parse as the operation's declared type."""


class MissingFieldError(ResponseParseError):
    """A 2xx answer that omits fields the read model types plainly (the document declares them non-nullable).

    ``model`` names the read model (``Customer``) and ``fields`` the wire names it lacks (``["id"]``). An omitted
    nullable field is not an error: it reads as ``None``, like the ``null`` the API sends for it.
    """

    def __init__(self, message: str, *, model: str, fields: list[str]) -> None:
        super().__init__(message)
        self.model = model
        self.fields = fields


class PaginationError(AltovizError):
    """The server answers pages that cannot be right: it ignores the page index."""


class DownloadError(AltovizError):
    """A download finished but its body is not what was promised (not a PDF)."""


class APIStatusError(AltovizError):
    """The server answered with a non-2xx status. Subclasses name the common ones."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str,
        url: str,
        body: ProblemDetails | Error | None = None,
        text: str = "",
    ) -> None:
        super().__init__(f"{status_code} {message} ({method} {url})")
        self.status_code = status_code
        self.method = method
        self.url = url
        self.body = body
        """The parsed ProblemDetails or validation Error, or None when the body was neither (HTML, empty)."""
        self.text = text
        """The start of the body as text, for answers that were not JSON."""

    @property
    def messages(self) -> list[str]:
        """Every message the body carries (an Error's ``message`` and ``errors``, or errors by field), flattened."""
        return validation_messages(self.body)


class BadRequestError(APIStatusError):
    """400 or 422: the request was invalid. ``messages`` lists what the server said is wrong."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the key is valid but may not do this."""


class NotFoundError(APIStatusError):
    """404: no such entity."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the entity's state (for instance, editing a finalized invoice)."""


class RateLimitError(APIStatusError):
    """429 after the retry budget ran out. ``retry_after`` is the wait the server asked for, in seconds."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """5xx, including non-standard codes such as Cloudflare's 520."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: BadRequestError,
    429: RateLimitError,
}


def error_class(status_code: int) -> type[APIStatusError]:
    """Return the exception class for a non-2xx status."""
    if status_code >= 500:
        return ServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def parse_error_body(content: bytes) -> tuple[ProblemDetails | Error | None, str]:
    """Return the body as ProblemDetails or Error when it is one, and its start as text; never raise."""
    from altoviz_client.models.error import Error
    from altoviz_client.models.problem_details import ProblemDetails

    text = content[:_TEXT_EXCERPT].decode("utf-8", errors="replace")
    try:
        data = json.loads(content)
    except (ValueError, RecursionError):  # RecursionError: JSON nested deeper than the parser's stack
        return None, text
    if not isinstance(data, dict):
        return None, text
    try:
        if is_error_shape(data):
            return Error.from_dict(data), text
        return ProblemDetails.from_dict(data), text
    except Exception:  # the body came from the network: whatever fails, it is just not parsed
        return None, text


def is_error_shape(data: dict[str, Any]) -> bool:
    """Tell the API's ``Error`` (``{"message", "errors": [str] | null}``, both optional) from RFC 7807.

    The published document declares ``Error`` for every create's 400 and three 404s, with both fields
    nullable: ``{"message": "...", "errors": null}`` and ``{"message": "..."}`` are Errors too. A body with a
    ProblemDetails member (``title``, ``type``, ``status``, ``detail``) or ``errors`` by field is RFC 7807.
    """
    if data.keys() & _PROBLEM_DETAILS_MEMBERS:
        return False
    errors = data.get("errors")
    return ("message" in data or "errors" in data) and (errors is None or isinstance(errors, list))


def validation_messages(body: ProblemDetails | Error | None) -> list[str]:
    """Messages from an Error (``errors``) or an ASP.NET ValidationProblemDetails (``errors`` by field)."""
    from altoviz_client.models.error import Error
    from altoviz_client.models.problem_details import ProblemDetails

    if isinstance(body, Error):
        found = [body.message] if isinstance(body.message, str) else []
        return found + [str(e) for e in body.errors or [] if isinstance(body.errors, list)]
    if isinstance(body, ProblemDetails):
        errors = body.additional_properties.get("errors")
        if isinstance(errors, dict):
            return [f"{field}: {msg}" for field, msgs in errors.items() for msg in _as_list(msgs)]
        if isinstance(errors, list):
            return [str(e) for e in errors]
    return []


def _as_list(value: object) -> list[object]:
    return value if isinstance(value, list) else [value]


def _summary(status_code: int, body: ProblemDetails | Error | None) -> str:
    from altoviz_client.models.error import Error
    from altoviz_client.models.problem_details import ProblemDetails

    if isinstance(body, ProblemDetails):
        parts = [p for p in (body.title, body.detail) if isinstance(p, str) and p]
        if parts:
            return ": ".join(parts)
    if isinstance(body, Error) and isinstance(body.message, str) and body.message:
        return body.message
    import httpx

    return httpx.codes.get_reason_phrase(status_code) or "Error"


def request_label(request: httpx.Request) -> tuple[str, str]:
    """Return method and URL as they appear in errors. The key travels in a header, never in these."""
    return request.method, str(request.url)


def error_from_response(
    response: httpx.Response, *, request: httpx.Request | None = None, retry_after: float | None = None
) -> APIStatusError:
    """Build the typed exception for a non-2xx answer whose body has been read.

    ``request`` is needed inside a transport, where httpx has not yet attached the request to the response.
    """
    request = request or response.request
    content = response.content
    key = request.headers.get(API_KEY_HEADER)
    if key:
        # A server that echoes the key it refused ("invalid key sk_...") must not put it in our exception.
        content = content.replace(key.encode(), b"***")
    body, text = parse_error_body(content)
    method, url = request_label(request)
    cls = error_class(response.status_code)
    message = _summary(response.status_code, body)
    # The server's own words, wherever they are; a message already used as the summary is not repeated.
    details = [d for d in validation_messages(body) if d != message]
    if details:
        message = f"{message}: {'; '.join(details)}"
    kwargs: dict[str, Any] = {"status_code": response.status_code, "method": method, "url": url}
    if cls is RateLimitError:
        return RateLimitError(message, retry_after=retry_after, body=body, text=text, **kwargs)
    return cls(message, body=body, text=text, **kwargs)


def error_from_transport(exc: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
    """Build the typed exception for a request that got no HTTP answer."""
    import httpx

    method, url = request_label(request)
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return cls(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__, method=method, url=url)
