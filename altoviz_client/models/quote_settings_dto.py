from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteSettingsDto")


@_attrs_define
class QuoteSettingsDto:
    deposit_default_value: float | Unset = UNSET
    validity_duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deposit_default_value = self.deposit_default_value

        validity_duration = self.validity_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deposit_default_value is not UNSET:
            field_dict["depositDefaultValue"] = deposit_default_value
        if validity_duration is not UNSET:
            field_dict["validityDuration"] = validity_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deposit_default_value = d.pop("depositDefaultValue", UNSET)

        validity_duration = d.pop("validityDuration", UNSET)

        quote_settings_dto = cls(
            deposit_default_value=deposit_default_value,
            validity_duration=validity_duration,
        )

        quote_settings_dto.additional_properties = d
        return quote_settings_dto

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
