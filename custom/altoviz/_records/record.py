"""One valid record of an import file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Record:
    """One valid record: where it came from and its wire-format data, ready for ``Model.from_dict``."""

    row: int
    """The file line the record starts on, for reporting what the server later says about it."""
    data: dict[str, Any]

    @property
    def internal_id(self) -> str:
        """The record's ``internalId``: the importer's handle for creating it exactly once."""
        return str(self.data["internalId"])
