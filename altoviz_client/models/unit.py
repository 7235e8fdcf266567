from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.unit_type import UnitType
from ..types import Unset

T = TypeVar("T", bound="Unit")


@_attrs_define
class Unit:
    code: None | str
    conversion: float
    decimals: float | None
    id: int | None
    """ Customer id """
    name: None | str
    """ Company name """
    type_: None | UnitType
    """ Classification Type """
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
        code: None | str
        code = self.code

        conversion = self.conversion

        decimals: float | None
        decimals = self.decimals

        id: int | None
        id = self.id

        name: None | str
        name = self.name

        type_: None | str
        if isinstance(self.type_, UnitType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "conversion": conversion,
                "decimals": decimals,
                "id": id,
                "name": name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"conversion"}:
            missing = [name for name in ("conversion",) if name not in d]
            raise MissingFieldError(cls.__name__, missing)
        code = d.pop("code", None)

        conversion = d.pop("conversion")

        decimals = d.pop("decimals", None)

        id = d.pop("id", None)

        name = d.pop("name", None)

        type_ = d.pop("type", None)
        if type_ is not None:
            try:
                if not isinstance(type_, str):
                    raise TypeError()
                type_type_1 = (UnitType._value2member_map_.get(type_) if isinstance(type_, str) else None) or UnitType(
                    type_
                )

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        unit = cls(
            code,
            conversion,
            decimals,
            id,
            name,
            type_,
        )

        if d:
            unit.additional_properties = d
        return unit

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
