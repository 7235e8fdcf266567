from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..types import Unset

T = TypeVar("T", bound="VatSummary")


@_attrs_define
class VatSummary:
    tax_excluded_amount: float
    vat: None | Vat
    vat_amount: float
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
        tax_excluded_amount = self.tax_excluded_amount

        vat: dict[str, Any] | None
        if isinstance(self.vat, Vat):
            vat = self.vat.to_dict()
        else:
            vat = self.vat

        vat_amount = self.vat_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taxExcludedAmount": tax_excluded_amount,
                "vat": vat,
                "vatAmount": vat_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"taxExcludedAmount", "vatAmount"}:
            missing = [name for name in ("taxExcludedAmount", "vatAmount") if name not in d]
            raise MissingFieldError(cls.__name__, missing)
        tax_excluded_amount = d.pop("taxExcludedAmount")

        vat = d.pop("vat", None)
        if vat is not None:
            try:
                if not isinstance(vat, dict):
                    raise TypeError()
                vat_type_1 = Vat.from_dict(vat)

                vat = vat_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        vat_amount = d.pop("vatAmount")

        vat_summary = cls(
            tax_excluded_amount,
            vat,
            vat_amount,
        )

        if d:
            vat_summary.additional_properties = d
        return vat_summary

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


# Imported here, after the class, not at the top: models refer to each other in cycles.
from ..models.vat import Vat  # noqa: E402
