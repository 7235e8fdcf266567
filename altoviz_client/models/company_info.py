from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

T = TypeVar("T", bound="CompanyInfo")


@_attrs_define
class CompanyInfo:
    effective_electronic_address: None | str
    electronic_address: None | str
    siret: None | str
    vat_number: None | str
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
        effective_electronic_address: None | str
        effective_electronic_address = self.effective_electronic_address

        electronic_address: None | str
        electronic_address = self.electronic_address

        siret: None | str
        siret = self.siret

        vat_number: None | str
        vat_number = self.vat_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "effectiveElectronicAddress": effective_electronic_address,
                "electronicAddress": electronic_address,
                "siret": siret,
                "vatNumber": vat_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effective_electronic_address = d.pop("effectiveElectronicAddress", None)

        electronic_address = d.pop("electronicAddress", None)

        siret = d.pop("siret", None)

        vat_number = d.pop("vatNumber", None)

        company_info = cls(
            effective_electronic_address,
            electronic_address,
            siret,
            vat_number,
        )

        if d:
            company_info.additional_properties = d
        return company_info

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
