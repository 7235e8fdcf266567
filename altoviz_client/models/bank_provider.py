from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

T = TypeVar("T", bound="BankProvider")


@_attrs_define
class BankProvider:
    country_codes: list[str] | None
    id: None | str
    """ Customer id """
    logo_uri: None | str
    markets: list[str] | None
    name: None | str
    """ Company name """
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
        country_codes: list[str] | None
        if isinstance(self.country_codes, list):
            country_codes = self.country_codes

        else:
            country_codes = self.country_codes

        id: None | str
        id = self.id

        logo_uri: None | str
        logo_uri = self.logo_uri

        markets: list[str] | None
        if isinstance(self.markets, list):
            markets = self.markets

        else:
            markets = self.markets

        name: None | str
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countryCodes": country_codes,
                "id": id,
                "logoUri": logo_uri,
                "markets": markets,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_codes = d.pop("countryCodes", None)
        if country_codes is not None:
            try:
                if not isinstance(country_codes, list):
                    raise TypeError()
                country_codes_type_0 = cast("list[str]", country_codes)

                country_codes = country_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        id = d.pop("id", None)

        logo_uri = d.pop("logoUri", None)

        markets = d.pop("markets", None)
        if markets is not None:
            try:
                if not isinstance(markets, list):
                    raise TypeError()
                markets_type_0 = cast("list[str]", markets)

                markets = markets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        name = d.pop("name", None)

        bank_provider = cls(
            country_codes,
            id,
            logo_uri,
            markets,
            name,
        )

        if d:
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
