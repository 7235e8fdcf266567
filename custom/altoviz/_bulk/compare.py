"""Deciding updated or unchanged: compare the fields a record sets with the server's copy, and merge them.

Both sides go through the generated model first (``Model.from_dict(...).to_dict()``), so they are compared
in one wire shape: dates, enums and numbers written the same way. Only the fields the record sets count,
recursively: a record that gives ``billingAddress.city`` alone is unchanged when the server's city is the same,
whatever the server holds in ``billingAddress.street`` or in fields it computes itself (``name``, totals).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._merge import merged
from .._records.entities import WireModel

__all__ = ["differing_fields", "merged", "normalized"]


def normalized(model: type[WireModel], data: Mapping[str, Any]) -> dict[str, Any]:
    """Return ``data`` in the model's wire shape."""
    result: dict[str, Any] = model.from_dict(dict(data)).to_dict()
    return result


def differing_fields(wanted: Mapping[str, Any], server: Mapping[str, Any]) -> list[str]:
    """Return the paths where ``server`` differs from what ``wanted`` sets (empty: unchanged)."""
    return [path for path in _diff(wanted, server, "")]


def _diff(wanted: Any, server: Any, path: str) -> list[str]:
    if isinstance(wanted, Mapping):
        if not isinstance(server, Mapping):
            return [path or "."]
        found: list[str] = []
        for key, value in wanted.items():
            if key == "id":
                continue  # the server's id, never the record's to set
            found += _diff(value, server.get(key), f"{path}.{key}" if path else str(key))
        return found
    if isinstance(wanted, list):
        if not isinstance(server, list) or len(server) != len(wanted):
            return [path]
        return [
            p for index, (w, s) in enumerate(zip(wanted, server, strict=True)) for p in _diff(w, s, f"{path}[{index}]")
        ]
    if _same_scalar(wanted, server):
        return []
    return [path]


def _same_scalar(wanted: Any, server: Any) -> bool:
    # 12 and 12.0 are one price; True and 1 are not one value (bool is an int to Python).
    if isinstance(wanted, bool) or isinstance(server, bool):
        return wanted is server
    if isinstance(wanted, (int, float)) and isinstance(server, (int, float)):
        return abs(wanted - server) <= 1e-9 * max(1.0, abs(wanted), abs(server))
    return bool(wanted == server)
