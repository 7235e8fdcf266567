from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        missing = [name for name in ("conversion",) if name not in d]
        if missing:
            raise MissingFieldError(cls.__name__, missing)

        def _parse_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code = _parse_code(d.pop("code", None))

        conversion = d.pop("conversion")

        def _parse_decimals(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        decimals = _parse_decimals(d.pop("decimals", None))

        def _parse_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        id = _parse_id(d.pop("id", None))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name", None))

        def _parse_type_(data: object) -> None | UnitType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = UnitType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnitType, data)

        type_ = _parse_type_(d.pop("type", None))

        unit = cls(
            code=code,
            conversion=conversion,
            decimals=decimals,
            id=id,
            name=name,
            type_=type_,
        )

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
