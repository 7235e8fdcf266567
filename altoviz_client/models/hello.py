from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Hello")


@_attrs_define
class Hello:
    api_key_name: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    """ Company name """
    message: None | str | Unset = UNSET
    server_timestamp: datetime.datetime | Unset = UNSET
    url: None | str | Unset = UNSET
    """ non-empty Webhook Uri """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_name: None | str | Unset
        if isinstance(self.api_key_name, Unset):
            api_key_name = UNSET
        else:
            api_key_name = self.api_key_name

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        server_timestamp: str | Unset = UNSET
        if not isinstance(self.server_timestamp, Unset):
            server_timestamp = self.server_timestamp.isoformat()

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key_name is not UNSET:
            field_dict["apiKeyName"] = api_key_name
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if message is not UNSET:
            field_dict["message"] = message
        if server_timestamp is not UNSET:
            field_dict["serverTimestamp"] = server_timestamp
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_api_key_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key_name = _parse_api_key_name(d.pop("apiKeyName", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("companyName", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        _server_timestamp = d.pop("serverTimestamp", UNSET)
        server_timestamp: datetime.datetime | Unset
        if isinstance(_server_timestamp, Unset):
            server_timestamp = UNSET
        else:
            server_timestamp = datetime.datetime.fromisoformat(_server_timestamp)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        hello = cls(
            api_key_name=api_key_name,
            company_name=company_name,
            message=message,
            server_timestamp=server_timestamp,
            url=url,
        )

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
