from enum import Enum


class VatRegion(str, Enum):
    """A value this client does not list is kept as it came instead of raising."""

    CORSE = "Corse"
    DOM = "DOM"
    EU = "EU"
    FR = "FR"
    IE = "IE"
    MONACO = "Monaco"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VatRegion | None":
        # Forward compatibility: Altoviz adds enum values without notice, and a read must not fail.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
