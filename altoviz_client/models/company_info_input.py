from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyInfoInput")


@_attrs_define
class CompanyInfoInput:
    effective_electronic_address: None | str | Unset = UNSET
    electronic_address: None | str | Unset = UNSET
    siret: None | str | Unset = UNSET
    vat_number: None | str | Unset = UNSET

    def __repr__(self) -> str:
        """Only the fields that are set."""
        shown = [
            f"{field.name}={getattr(self, field.name)!r}"
            for field in _attrs_fields(type(self))
            if field.name != "additional_properties" and not isinstance(getattr(self, field.name), Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        effective_electronic_address: None | str | Unset
        if isinstance(self.effective_electronic_address, Unset):
            effective_electronic_address = UNSET
        else:
            effective_electronic_address = self.effective_electronic_address

        electronic_address: None | str | Unset
        if isinstance(self.electronic_address, Unset):
            electronic_address = UNSET
        else:
            electronic_address = self.electronic_address

        siret: None | str | Unset
        if isinstance(self.siret, Unset):
            siret = UNSET
        else:
            siret = self.siret

        vat_number: None | str | Unset
        if isinstance(self.vat_number, Unset):
            vat_number = UNSET
        else:
            vat_number = self.vat_number

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if effective_electronic_address is not UNSET:
            field_dict["effectiveElectronicAddress"] = effective_electronic_address
        if electronic_address is not UNSET:
            field_dict["electronicAddress"] = electronic_address
        if siret is not UNSET:
            field_dict["siret"] = siret
        if vat_number is not UNSET:
            field_dict["vatNumber"] = vat_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effective_electronic_address = d.pop("effectiveElectronicAddress", UNSET)

        electronic_address = d.pop("electronicAddress", UNSET)

        siret = d.pop("siret", UNSET)

        vat_number = d.pop("vatNumber", UNSET)

        company_info_input = cls(
            effective_electronic_address,
            electronic_address,
            siret,
            vat_number,
        )

        return company_info_input
