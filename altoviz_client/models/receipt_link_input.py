from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..models.receipt_link_type import ReceiptLinkType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceiptLinkInput")


@_attrs_define
class ReceiptLinkInput:
    amount: float | None | Unset = UNSET
    """ Amount to pay """
    id: int | Unset = UNSET
    """ Customer id """
    type_: None | ReceiptLinkType | Unset = UNSET
    """ Classification Type """

    def __repr__(self) -> str:
        """Only the fields that are set."""
        shown = [
            f"{field.name}={getattr(self, field.name)!r}"
            for field in _attrs_fields(type(self))
            if field.name != "additional_properties" and not isinstance(getattr(self, field.name), Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ReceiptLinkType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)
        if type_ is not None and not isinstance(type_, Unset):
            try:
                if not isinstance(type_, str):
                    raise TypeError()
                type_type_1 = (
                    ReceiptLinkType._value2member_map_.get(type_) if isinstance(type_, str) else None
                ) or ReceiptLinkType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        receipt_link_input = cls(
            amount,
            id,
            type_,
        )

        return receipt_link_input
