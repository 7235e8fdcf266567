from enum import Enum


class LineType(str, Enum):
    """A value this client does not list is kept as it came instead of raising."""

    EMPTY = "Empty"
    NEWPAGE = "NewPage"
    PRODUCT = "Product"
    SERVICE = "Service"
    SUBTOTAL = "Subtotal"
    TEXT = "Text"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LineType | None":
        # Forward compatibility: Altoviz adds enum values without notice, and a read must not fail.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
