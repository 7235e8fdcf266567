"""What goes wrong while reading an import file: one typed error per bad value, and the exceptions that carry them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .._errors import AltovizError
from ..registry import UnknownEntityError

# An exception message is read by a person in a terminal: past this many lines the rest is a count, while
# ``InvalidFileError.errors`` keeps every one of them for code that wants them all.
_MESSAGE_LINES = 50


@dataclass(frozen=True)
class RecordError:
    """One problem in an import file: where it is and what is wrong.

    ``row`` is the file's line number (1-based; a CSV header is line 1), the line where the record starts.
    ``field`` is the wire field the value was meant for (``billingAddress.street``), or ``None`` when the
    problem is the whole line (not JSON, wrong number of values).
    """

    row: int
    field: str | None
    reason: str

    def __str__(self) -> str:
        if self.field is None:
            return f"row {self.row}: {self.reason}"
        return f"row {self.row}, field {self.field}: {self.reason}"


class InvalidFileError(AltovizError, ValueError):
    """An import file that cannot be imported as it is. ``errors`` lists every problem found, in file order."""

    def __init__(self, errors: Sequence[RecordError], *, path: str | None = None) -> None:
        self.errors = tuple(errors)
        self.path = path
        super().__init__(_describe(self.errors, path))


class MappingError(AltovizError, ValueError):
    """A column mapping that cannot be used: bad ``column=field`` syntax, an unknown field, a column not in the file."""


def _describe(errors: Sequence[RecordError], path: str | None) -> str:
    where = f"{path}: " if path else ""
    count = len(errors)
    head = f"{where}{count} error{'s' if count != 1 else ''} in the file, nothing was imported"
    lines = [head, *(str(error) for error in errors[:_MESSAGE_LINES])]
    if count > _MESSAGE_LINES:
        lines.append(f"... and {count - _MESSAGE_LINES} more")
    return "\n".join(lines)


__all__ = ["InvalidFileError", "MappingError", "RecordError", "UnknownEntityError"]
