from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.condition_type import ConditionType
from ..models.delay_type import DelayType
from ..types import Unset

T = TypeVar("T", bound="SettlementTermConditionDto")


@_attrs_define
class SettlementTermConditionDto:
    day_of_month: int | None
    delay: int
    delay_type: DelayType | None
    id: int
    """ Customer id """
    percent: float
    type_: ConditionType | None
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
        day_of_month: int | None
        day_of_month = self.day_of_month

        delay = self.delay

        delay_type: None | str
        if isinstance(self.delay_type, DelayType):
            delay_type = self.delay_type.value
        else:
            delay_type = self.delay_type

        id = self.id

        percent = self.percent

        type_: None | str
        if isinstance(self.type_, ConditionType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dayOfMonth": day_of_month,
                "delay": delay,
                "delayType": delay_type,
                "id": id,
                "percent": percent,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"delay", "id", "percent"}:
            missing = [name for name in ("delay", "id", "percent") if name not in d]
            raise MissingFieldError(cls.__name__, missing)
        day_of_month = d.pop("dayOfMonth", None)

        delay = d.pop("delay")

        delay_type = d.pop("delayType", None)
        if delay_type is not None:
            try:
                if not isinstance(delay_type, str):
                    raise TypeError()
                delay_type_type_1 = (
                    DelayType._value2member_map_.get(delay_type) if isinstance(delay_type, str) else None
                ) or DelayType(delay_type)

                delay_type = delay_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        id = d.pop("id")

        percent = d.pop("percent")

        type_ = d.pop("type", None)
        if type_ is not None:
            try:
                if not isinstance(type_, str):
                    raise TypeError()
                type_type_1 = (
                    ConditionType._value2member_map_.get(type_) if isinstance(type_, str) else None
                ) or ConditionType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        settlement_term_condition_dto = cls(
            day_of_month,
            delay,
            delay_type,
            id,
            percent,
            type_,
        )

        if d:
            settlement_term_condition_dto.additional_properties = d
        return settlement_term_condition_dto

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
