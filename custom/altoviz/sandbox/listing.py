"""List semantics shared by every list operation: full-text search, ordering and pages."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from starlette.exceptions import HTTPException

from .config import SandboxConfig
from .store import Record


def parse_int(value: str | None) -> int | None:
    """Return an int32 query value, or None when absent or not a number (a bad value is ignored, not an error)."""
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return None


def search(records: Iterable[Record], query: str | None) -> list[Record]:
    """Keep records where some top-level text field contains ``query``, ignoring case."""
    items = list(records)
    if not query:
        return items
    needle = query.casefold()
    return [r for r in items if any(isinstance(v, str) and needle in v.casefold() for v in r.values())]


def _sort_key(value: Any) -> tuple[int, Any]:
    # Mixed types never compare in Python: rank them first (missing, numbers, text, the rest).
    if value is None:
        return (0, 0)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (1, value)
    if isinstance(value, str):
        return (2, value.casefold())
    return (3, str(value))


def order(records: list[Record], order_by: str | None) -> list[Record]:
    """Sort by ``OrderBy``: ``field``, ``field desc``, ``field asc`` or ``-field``; field names ignore case.

    An unknown field keeps the default order (by id), as the real API does not fail on one either.
    """
    if not order_by or not order_by.strip():
        return records
    spec = order_by.strip()
    descending = spec.startswith("-")
    spec = spec.lstrip("-+").strip()
    parts = spec.split()
    if len(parts) == 2 and parts[1].lower() in {"asc", "desc"}:
        descending = parts[1].lower() == "desc"
    name = parts[0].casefold() if parts else ""
    field_name = next((k for r in records for k in r if k.casefold() == name), None)
    if field_name is None:
        return records
    return sorted(records, key=lambda r: _sort_key(r.get(field_name)), reverse=descending)


def page(records: list[Record], params: Mapping[str, str], config: SandboxConfig) -> list[Record]:
    """Cut one page out of ``records`` from ``PageIndex``/``PageSize``, with the sandbox's page settings.

    A size below 1 means the default and a size above the maximum is cut to it. An index below the
    first one means the first page (``below_first_page="clamp"``: a client that guessed the wrong base
    sees a repeated page, which it can detect) or a 400 (``"reject"``): the two ways a 1-based server
    may treat index 0, since the API does not document where pages start.
    """
    first = config.first_page_index
    size = parse_int(params.get("PageSize"))
    size = config.default_page_size if size is None or size < 1 else min(size, config.max_page_size)
    index = parse_int(params.get("PageIndex"))
    if index is not None and index < first and config.below_first_page == "reject":
        raise HTTPException(400, f"PageIndex must be at least {first}")
    index = first if index is None or index < first else index
    start = (index - first) * size
    return records[start : start + size]
