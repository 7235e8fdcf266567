from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="VatSummaryInput")


@_attrs_define
class VatSummaryInput:
    tax_excluded_amount: float | Unset = UNSET
    vat: None | Unset | VatInput = UNSET
    vat_amount: float | Unset = UNSET

    def __repr__(self) -> str:
        """Only the fields that are set."""
        shown = [
            f"{field.name}={getattr(self, field.name)!r}"
            for field in _attrs_fields(type(self))
            if field.name != "additional_properties" and not isinstance(getattr(self, field.name), Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        tax_excluded_amount = self.tax_excluded_amount

        vat: dict[str, Any] | None | Unset
        if isinstance(self.vat, Unset):
            vat = UNSET
        elif isinstance(self.vat, VatInput):
            vat = self.vat.to_dict()
        else:
            vat = self.vat

        vat_amount = self.vat_amount

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if tax_excluded_amount is not UNSET:
            field_dict["taxExcludedAmount"] = tax_excluded_amount
        if vat is not UNSET:
            field_dict["vat"] = vat
        if vat_amount is not UNSET:
            field_dict["vatAmount"] = vat_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tax_excluded_amount = d.pop("taxExcludedAmount", UNSET)

        vat = d.pop("vat", UNSET)
        if vat is not None and not isinstance(vat, Unset):
            try:
                if not isinstance(vat, dict):
                    raise TypeError()
                vat_type_1 = VatInput.from_dict(vat)

                vat = vat_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        vat_amount = d.pop("vatAmount", UNSET)

        vat_summary_input = cls(
            tax_excluded_amount,
            vat,
            vat_amount,
        )

        return vat_summary_input


# Imported here, after the class, not at the top: models refer to each other in cycles.
from ..models.vat_input import VatInput  # noqa: E402
