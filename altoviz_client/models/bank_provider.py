from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankProvider")


@_attrs_define
class BankProvider:
    country_codes: list[str] | None | Unset = UNSET
    id: None | str | Unset = UNSET
    """ Customer id """
    logo_uri: None | str | Unset = UNSET
    markets: list[str] | None | Unset = UNSET
    name: None | str | Unset = UNSET
    """ Company name """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_codes: list[str] | None | Unset
        if isinstance(self.country_codes, Unset):
            country_codes = UNSET
        elif isinstance(self.country_codes, list):
            country_codes = self.country_codes

        else:
            country_codes = self.country_codes

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        logo_uri: None | str | Unset
        if isinstance(self.logo_uri, Unset):
            logo_uri = UNSET
        else:
            logo_uri = self.logo_uri

        markets: list[str] | None | Unset
        if isinstance(self.markets, Unset):
            markets = UNSET
        elif isinstance(self.markets, list):
            markets = self.markets

        else:
            markets = self.markets

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_codes is not UNSET:
            field_dict["countryCodes"] = country_codes
        if id is not UNSET:
            field_dict["id"] = id
        if logo_uri is not UNSET:
            field_dict["logoUri"] = logo_uri
        if markets is not UNSET:
            field_dict["markets"] = markets
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_country_codes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                country_codes_type_0 = cast(list[str], data)

                return country_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        country_codes = _parse_country_codes(d.pop("countryCodes", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_logo_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_uri = _parse_logo_uri(d.pop("logoUri", UNSET))

        def _parse_markets(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                markets_type_0 = cast(list[str], data)

                return markets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        markets = _parse_markets(d.pop("markets", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        bank_provider = cls(
            country_codes=country_codes,
            id=id,
            logo_uri=logo_uri,
            markets=markets,
            name=name,
        )

        bank_provider.additional_properties = d
        return bank_provider

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
