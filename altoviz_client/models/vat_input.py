from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..models.vat_region import VatRegion
from ..types import UNSET, Unset

T = TypeVar("T", bound="VatInput")


@_attrs_define
class VatInput:
    rate: float | None | Unset = UNSET
    region: None | Unset | VatRegion = UNSET

    def __repr__(self) -> str:
        """Only the fields that are set."""
        shown = [
            f"{field.name}={getattr(self, field.name)!r}"
            for field in _attrs_fields(type(self))
            if field.name != "additional_properties" and not isinstance(getattr(self, field.name), Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        elif isinstance(self.region, VatRegion):
            region = self.region.value
        else:
            region = self.region

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if rate is not UNSET:
            field_dict["rate"] = rate
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rate = d.pop("rate", UNSET)

        region = d.pop("region", UNSET)
        if region is not None and not isinstance(region, Unset):
            try:
                if not isinstance(region, str):
                    raise TypeError()
                region_type_1 = (
                    VatRegion._value2member_map_.get(region) if isinstance(region, str) else None
                ) or VatRegion(region)

                region = region_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        vat_input = cls(
            rate,
            region,
        )

        return vat_input
