"""JSON answers in the API's two error shapes: ProblemDetails (RFC 7807) and Error (validation)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from starlette.responses import Response

_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    405: "Method Not Allowed",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


def dumps(data: Any) -> bytes:
    """Compact JSON; NaN and infinities are refused, as the wire format has no place for them."""
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()


def json_response(data: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    """Return a JSON answer."""
    return Response(dumps(data), status_code=status, headers=headers, media_type="application/json")


def problem(status: int, detail: str, headers: Mapping[str, str] | None = None) -> Response:
    """Return a ProblemDetails answer, as the API gives for 401, 404 and 429 (declared as plain application/json)."""
    body = {
        "type": f"https://httpstatuses.io/{status}",
        "title": _TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
    }
    return Response(dumps(body), status_code=status, headers=headers, media_type="application/json")


def validation_error(message: str, errors: list[str] | None = None) -> Response:
    """Return a 400 with the API's ``Error`` body (message and list of problems)."""
    return json_response({"message": message, "errors": errors or [message]}, status=400)
