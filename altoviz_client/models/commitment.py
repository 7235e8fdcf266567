from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Commitment")


@_attrs_define
class Commitment:
    amount: float | Unset = UNSET
    """ Amount to pay """
    date: datetime.date | Unset = UNSET
    """ Paid date """
    due_amount: float | Unset = UNSET
    id: int | Unset = UNSET
    """ Customer id """
    third_id: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        due_amount = self.due_amount

        id = self.id

        third_id = self.third_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if date is not UNSET:
            field_dict["date"] = date
        if due_amount is not UNSET:
            field_dict["dueAmount"] = due_amount
        if id is not UNSET:
            field_dict["id"] = id
        if third_id is not UNSET:
            field_dict["thirdId"] = third_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        due_amount = d.pop("dueAmount", UNSET)

        id = d.pop("id", UNSET)

        third_id = d.pop("thirdId", UNSET)

        commitment = cls(
            amount=amount,
            date=date,
            due_amount=due_amount,
            id=id,
            third_id=third_id,
        )

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
