from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..types import Unset

T = TypeVar("T", bound="Commitment")


@_attrs_define
class Commitment:
    amount: float
    """ Amount to pay """
    date: datetime.date
    """ Paid date """
    due_amount: float
    id: int
    """ Customer id """
    third_id: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Only the fields that are set."""
        shown = [
            f"{field.name}={getattr(self, field.name)!r}"
            for field in _attrs_fields(type(self))
            if field.name != "additional_properties" and not isinstance(getattr(self, field.name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        date = self.date.isoformat()

        due_amount = self.due_amount

        id = self.id

        third_id = self.third_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "date": date,
                "dueAmount": due_amount,
                "id": id,
                "thirdId": third_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"amount", "date", "dueAmount", "id", "thirdId"}:
            missing = [name for name in ("amount", "date", "dueAmount", "id", "thirdId") if name not in d]
            raise MissingFieldError(cls.__name__, missing)
        amount = d.pop("amount")

        date = datetime.date.fromisoformat(d.pop("date"))

        due_amount = d.pop("dueAmount")

        id = d.pop("id")

        third_id = d.pop("thirdId")

        commitment = cls(
            amount,
            date,
            due_amount,
            id,
            third_id,
        )

        if d:
            commitment.additional_properties = d
        return commitment

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
