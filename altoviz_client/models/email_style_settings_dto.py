from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

T = TypeVar("T", bound="EmailStyleSettingsDto")


@_attrs_define
class EmailStyleSettingsDto:
    background_color: None | str
    fore_color: None | str
    header_background_color: None | str
    header_fore_color: None | str
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
        background_color: None | str
        background_color = self.background_color

        fore_color: None | str
        fore_color = self.fore_color

        header_background_color: None | str
        header_background_color = self.header_background_color

        header_fore_color: None | str
        header_fore_color = self.header_fore_color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backgroundColor": background_color,
                "foreColor": fore_color,
                "headerBackgroundColor": header_background_color,
                "headerForeColor": header_fore_color,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        background_color = d.pop("backgroundColor", None)

        fore_color = d.pop("foreColor", None)

        header_background_color = d.pop("headerBackgroundColor", None)

        header_fore_color = d.pop("headerForeColor", None)

        email_style_settings_dto = cls(
            background_color,
            fore_color,
            header_background_color,
            header_fore_color,
        )

        if d:
            email_style_settings_dto.additional_properties = d
        return email_style_settings_dto

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
