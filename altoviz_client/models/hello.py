from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..types import Unset

T = TypeVar("T", bound="Hello")


@_attrs_define
class Hello:
    api_key_name: None | str
    company_name: None | str
    """ Company name """
    message: None | str
    server_timestamp: datetime.datetime
    url: None | str
    """ non-empty Webhook Uri """
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
        api_key_name: None | str
        api_key_name = self.api_key_name

        company_name: None | str
        company_name = self.company_name

        message: None | str
        message = self.message

        server_timestamp = self.server_timestamp.isoformat()

        url: None | str
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKeyName": api_key_name,
                "companyName": company_name,
                "message": message,
                "serverTimestamp": server_timestamp,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"serverTimestamp"}:
            missing = [name for name in ("serverTimestamp",) if name not in d]
            raise MissingFieldError(cls.__name__, missing)
        api_key_name = d.pop("apiKeyName", None)

        company_name = d.pop("companyName", None)

        message = d.pop("message", None)

        server_timestamp = datetime.datetime.fromisoformat(d.pop("serverTimestamp"))

        url = d.pop("url", None)

        hello = cls(
            api_key_name,
            company_name,
            message,
            server_timestamp,
            url,
        )

        if d:
            hello.additional_properties = d
        return hello

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
