from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..models.discount_type import DiscountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscountInput")


@_attrs_define
class DiscountInput:
    type_: DiscountType | None | Unset = UNSET
    """ Classification Type """
    value: float | Unset = UNSET

    def __repr__(self) -> str:
        """Only the fields that are set."""
        shown = [
            f"{field.name}={getattr(self, field.name)!r}"
            for field in _attrs_fields(type(self))
            if field.name != "additional_properties" and not isinstance(getattr(self, field.name), Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DiscountType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_ is not None and not isinstance(type_, Unset):
            try:
                if not isinstance(type_, str):
                    raise TypeError()
                type_type_1 = (
                    DiscountType._value2member_map_.get(type_) if isinstance(type_, str) else None
                ) or DiscountType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        value = d.pop("value", UNSET)

        discount_input = cls(
            type_,
            value,
        )

        return discount_input
