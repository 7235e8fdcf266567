"""The body of a full-replace update: the server's copy with the wanted fields laid over it.

Altoviz's updates are PUTs: what the body leaves out is not kept. So an update that changes a few fields
sends the record as stored with the changes merged in, the way the official CLI's ``update`` does. Shared by
the bulk importer and the ``altoviz <resource> update`` command.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def merged(server: Mapping[str, Any], wanted: Mapping[str, Any]) -> dict[str, Any]:
    """Return the server's copy with ``wanted`` laid over it: nested objects merge field by field, lists whole."""
    result = _without_nulls(server)
    for key, value in wanted.items():
        current = result.get(key)
        if isinstance(value, Mapping) and isinstance(current, Mapping):
            result[key] = merged(current, value)
        else:
            result[key] = value
    return result


def _without_nulls(record: Mapping[str, Any]) -> dict[str, Any]:
    # A null read back is a field the server's copy does not have (read models give every absent nullable field
    # as None). Sent back in a full-replace update it would ask to set the field to null, which the API's binder
    # refuses for an object or an enum; left out, the field stays as it is. The wanted side's nulls still go.
    return {
        key: _without_nulls(value) if isinstance(value, Mapping) else value
        for key, value in record.items()
        if value is not None
    }
