from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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

        def _parse_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        display_name = _parse_display_name(d.pop("displayName", None))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email", None))

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(d.pop("firstName", None))

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(d.pop("lastName", None))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone", None))

        def _parse_profile(data: object) -> None | UserProfile:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                profile_type_1 = UserProfile(data)

                return profile_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UserProfile, data)

        profile = _parse_profile(d.pop("profile", None))

        def _parse_status(data: object) -> None | UserStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = UserStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UserStatus, data)

        status = _parse_status(d.pop("status", None))

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("userId", None))

        user = cls(
            display_name=display_name,
            email=email,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            profile=profile,
            status=status,
            user_id=user_id,
        )

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
