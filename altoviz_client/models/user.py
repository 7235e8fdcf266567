from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.user_profile import UserProfile
from ..models.user_status import UserStatus
from ..types import Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    display_name: None | str
    email: None | str
    first_name: None | str
    """ First name """
    last_name: None | str
    """ Last name """
    phone: None | str
    """ Phone number """
    profile: None | UserProfile
    status: None | UserStatus
    user_id: None | str
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
        display_name: None | str
        display_name = self.display_name

        email: None | str
        email = self.email

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        phone: None | str
        phone = self.phone

        profile: None | str
        if isinstance(self.profile, UserProfile):
            profile = self.profile.value
        else:
            profile = self.profile

        status: None | str
        if isinstance(self.status, UserStatus):
            status = self.status.value
        else:
            status = self.status

        user_id: None | str
        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
                "email": email,
                "firstName": first_name,
                "lastName": last_name,
                "phone": phone,
                "profile": profile,
                "status": status,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("displayName", None)

        email = d.pop("email", None)

        first_name = d.pop("firstName", None)

        last_name = d.pop("lastName", None)

        phone = d.pop("phone", None)

        profile = d.pop("profile", None)
        if profile is not None:
            try:
                if not isinstance(profile, str):
                    raise TypeError()
                profile_type_1 = (
                    UserProfile._value2member_map_.get(profile) if isinstance(profile, str) else None
                ) or UserProfile(profile)

                profile = profile_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        status = d.pop("status", None)
        if status is not None:
            try:
                if not isinstance(status, str):
                    raise TypeError()
                status_type_1 = (
                    UserStatus._value2member_map_.get(status) if isinstance(status, str) else None
                ) or UserStatus(status)

                status = status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        user_id = d.pop("userId", None)

        user = cls(
            display_name,
            email,
            first_name,
            last_name,
            phone,
            profile,
            status,
            user_id,
        )

        if d:
            user.additional_properties = d
        return user

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
