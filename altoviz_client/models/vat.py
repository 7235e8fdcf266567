from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.vat_region import VatRegion
from ..types import Unset

T = TypeVar("T", bound="Vat")


@_attrs_define
class Vat:
    default: bool
    id: int | None
    """ Customer id """
    label: None | str
    rate: float | None
    region: None | VatRegion
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
        default = self.default

        id: int | None
        id = self.id

        label: None | str
        label = self.label

        rate: float | None
        rate = self.rate

        region: None | str
        if isinstance(self.region, VatRegion):
            region = self.region.value
        else:
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "default": default,
                "id": id,
                "label": label,
                "rate": rate,
                "region": region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"default"}:
            missing = [name for name in ("default",) if name not in d]
            raise MissingFieldError(cls.__name__, missing)
        default = d.pop("default")

        id = d.pop("id", None)

        label = d.pop("label", None)

        rate = d.pop("rate", None)

        region = d.pop("region", None)
        if region is not None:
            try:
                if not isinstance(region, str):
                    raise TypeError()
                region_type_1 = (
                    VatRegion._value2member_map_.get(region) if isinstance(region, str) else None
                ) or VatRegion(region)

                region = region_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        vat = cls(
            default,
            id,
            label,
            rate,
            region,
        )

        if d:
            vat.additional_properties = d
        return vat

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
