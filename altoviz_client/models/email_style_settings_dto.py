from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailStyleSettingsDto")


@_attrs_define
class EmailStyleSettingsDto:
    background_color: None | str | Unset = UNSET
    fore_color: None | str | Unset = UNSET
    header_background_color: None | str | Unset = UNSET
    header_fore_color: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        background_color: None | str | Unset
        if isinstance(self.background_color, Unset):
            background_color = UNSET
        else:
            background_color = self.background_color

        fore_color: None | str | Unset
        if isinstance(self.fore_color, Unset):
            fore_color = UNSET
        else:
            fore_color = self.fore_color

        header_background_color: None | str | Unset
        if isinstance(self.header_background_color, Unset):
            header_background_color = UNSET
        else:
            header_background_color = self.header_background_color

        header_fore_color: None | str | Unset
        if isinstance(self.header_fore_color, Unset):
            header_fore_color = UNSET
        else:
            header_fore_color = self.header_fore_color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if background_color is not UNSET:
            field_dict["backgroundColor"] = background_color
        if fore_color is not UNSET:
            field_dict["foreColor"] = fore_color
        if header_background_color is not UNSET:
            field_dict["headerBackgroundColor"] = header_background_color
        if header_fore_color is not UNSET:
            field_dict["headerForeColor"] = header_fore_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_background_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        background_color = _parse_background_color(d.pop("backgroundColor", UNSET))

        def _parse_fore_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fore_color = _parse_fore_color(d.pop("foreColor", UNSET))

        def _parse_header_background_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        header_background_color = _parse_header_background_color(d.pop("headerBackgroundColor", UNSET))

        def _parse_header_fore_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        header_fore_color = _parse_header_fore_color(d.pop("headerForeColor", UNSET))

        email_style_settings_dto = cls(
            background_color=background_color,
            fore_color=fore_color,
            header_background_color=header_background_color,
            header_fore_color=header_fore_color,
        )

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
