from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..types import Unset

T = TypeVar("T", bound="SettlementTermDto")


@_attrs_define
class SettlementTermDto:
    conditions: list[SettlementTermConditionDto] | None
    id: int
    """ Customer id """
    is_custom: bool
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
        conditions: list[dict[str, Any]] | None
        if isinstance(self.conditions, list):
            conditions = []
            for conditions_type_0_item_data in self.conditions:
                conditions_type_0_item = conditions_type_0_item_data.to_dict()
                conditions.append(conditions_type_0_item)

        else:
            conditions = self.conditions

        id = self.id

        is_custom = self.is_custom

        name: None | str
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditions": conditions,
                "id": id,
                "isCustom": is_custom,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"id", "isCustom"}:
            missing = [name for name in ("id", "isCustom") if name not in d]
            raise MissingFieldError(cls.__name__, missing)
        conditions = d.pop("conditions", None)
        if conditions is not None:
            try:
                if not isinstance(conditions, list):
                    raise TypeError()
                conditions_type_0 = []
                _conditions_type_0 = conditions
                for conditions_type_0_item_data in _conditions_type_0:
                    conditions_type_0_item = SettlementTermConditionDto.from_dict(conditions_type_0_item_data)

                    conditions_type_0.append(conditions_type_0_item)

                conditions = conditions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        id = d.pop("id")

        is_custom = d.pop("isCustom")

        name = d.pop("name", None)

        settlement_term_dto = cls(
            conditions,
            id,
            is_custom,
            name,
        )

        if d:
            settlement_term_dto.additional_properties = d
        return settlement_term_dto

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
from ..models.settlement_term_condition_dto import SettlementTermConditionDto  # noqa: E402
