from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Socials")


@_attrs_define
class Socials:
    facebook: None | str | Unset = UNSET
    instagram: None | str | Unset = UNSET
    linked_in: None | str | Unset = UNSET
    pinterest: None | str | Unset = UNSET
    twitter: None | str | Unset = UNSET
    youtube: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        facebook: None | str | Unset
        if isinstance(self.facebook, Unset):
            facebook = UNSET
        else:
            facebook = self.facebook

        instagram: None | str | Unset
        if isinstance(self.instagram, Unset):
            instagram = UNSET
        else:
            instagram = self.instagram

        linked_in: None | str | Unset
        if isinstance(self.linked_in, Unset):
            linked_in = UNSET
        else:
            linked_in = self.linked_in

        pinterest: None | str | Unset
        if isinstance(self.pinterest, Unset):
            pinterest = UNSET
        else:
            pinterest = self.pinterest

        twitter: None | str | Unset
        if isinstance(self.twitter, Unset):
            twitter = UNSET
        else:
            twitter = self.twitter

        youtube: None | str | Unset
        if isinstance(self.youtube, Unset):
            youtube = UNSET
        else:
            youtube = self.youtube

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if facebook is not UNSET:
            field_dict["facebook"] = facebook
        if instagram is not UNSET:
            field_dict["instagram"] = instagram
        if linked_in is not UNSET:
            field_dict["linkedIn"] = linked_in
        if pinterest is not UNSET:
            field_dict["pinterest"] = pinterest
        if twitter is not UNSET:
            field_dict["twitter"] = twitter
        if youtube is not UNSET:
            field_dict["youtube"] = youtube

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_facebook(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        facebook = _parse_facebook(d.pop("facebook", UNSET))

        def _parse_instagram(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instagram = _parse_instagram(d.pop("instagram", UNSET))

        def _parse_linked_in(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linked_in = _parse_linked_in(d.pop("linkedIn", UNSET))

        def _parse_pinterest(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pinterest = _parse_pinterest(d.pop("pinterest", UNSET))

        def _parse_twitter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        twitter = _parse_twitter(d.pop("twitter", UNSET))

        def _parse_youtube(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        youtube = _parse_youtube(d.pop("youtube", UNSET))

        socials = cls(
            facebook=facebook,
            instagram=instagram,
            linked_in=linked_in,
            pinterest=pinterest,
            twitter=twitter,
            youtube=youtube,
        )

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
