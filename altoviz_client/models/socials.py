from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

T = TypeVar("T", bound="Socials")


@_attrs_define
class Socials:
    facebook: None | str
    instagram: None | str
    linked_in: None | str
    pinterest: None | str
    twitter: None | str
    youtube: None | str
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
        facebook: None | str
        facebook = self.facebook

        instagram: None | str
        instagram = self.instagram

        linked_in: None | str
        linked_in = self.linked_in

        pinterest: None | str
        pinterest = self.pinterest

        twitter: None | str
        twitter = self.twitter

        youtube: None | str
        youtube = self.youtube

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "facebook": facebook,
                "instagram": instagram,
                "linkedIn": linked_in,
                "pinterest": pinterest,
                "twitter": twitter,
                "youtube": youtube,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        facebook = d.pop("facebook", None)

        instagram = d.pop("instagram", None)

        linked_in = d.pop("linkedIn", None)

        pinterest = d.pop("pinterest", None)

        twitter = d.pop("twitter", None)

        youtube = d.pop("youtube", None)

        socials = cls(
            facebook,
            instagram,
            linked_in,
            pinterest,
            twitter,
            youtube,
        )

        if d:
            socials.additional_properties = d
        return socials

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
