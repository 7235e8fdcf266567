from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

T = TypeVar("T", bound="AddressFields")


@_attrs_define
class AddressFields:
    city: None | str
    country_iso: None | str
    country_name: None | str
    formatted_address: None | str
    inline_address: None | str
    street: None | str
    zipcode: None | str
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
        city: None | str
        city = self.city

        country_iso: None | str
        country_iso = self.country_iso

        country_name: None | str
        country_name = self.country_name

        formatted_address: None | str
        formatted_address = self.formatted_address

        inline_address: None | str
        inline_address = self.inline_address

        street: None | str
        street = self.street

        zipcode: None | str
        zipcode = self.zipcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "countryIso": country_iso,
                "countryName": country_name,
                "formattedAddress": formatted_address,
                "inlineAddress": inline_address,
                "street": street,
                "zipcode": zipcode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        city = d.pop("city", None)

        country_iso = d.pop("countryIso", None)

        country_name = d.pop("countryName", None)

        formatted_address = d.pop("formattedAddress", None)

        inline_address = d.pop("inlineAddress", None)

        street = d.pop("street", None)

        zipcode = d.pop("zipcode", None)

        address_fields = cls(
            city,
            country_iso,
            country_name,
            formatted_address,
            inline_address,
            street,
            zipcode,
        )

        if d:
            address_fields.additional_properties = d
        return address_fields

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
