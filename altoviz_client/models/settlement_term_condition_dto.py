from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition_type import ConditionType
from ..models.delay_type import DelayType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SettlementTermConditionDto")


@_attrs_define
class SettlementTermConditionDto:
    day_of_month: int | None | Unset = UNSET
    delay: int | Unset = UNSET
    delay_type: DelayType | None | Unset = UNSET
    id: int | Unset = UNSET
    """ Customer id """
    percent: float | Unset = UNSET
    type_: ConditionType | None | Unset = UNSET
    """ Classification Type """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day_of_month: int | None | Unset
        if isinstance(self.day_of_month, Unset):
            day_of_month = UNSET
        else:
            day_of_month = self.day_of_month

        delay = self.delay

        delay_type: None | str | Unset
        if isinstance(self.delay_type, Unset):
            delay_type = UNSET
        elif isinstance(self.delay_type, DelayType):
            delay_type = self.delay_type.value
        else:
            delay_type = self.delay_type

        id = self.id

        percent = self.percent

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ConditionType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day_of_month is not UNSET:
            field_dict["dayOfMonth"] = day_of_month
        if delay is not UNSET:
            field_dict["delay"] = delay
        if delay_type is not UNSET:
            field_dict["delayType"] = delay_type
        if id is not UNSET:
            field_dict["id"] = id
        if percent is not UNSET:
            field_dict["percent"] = percent
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_day_of_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        day_of_month = _parse_day_of_month(d.pop("dayOfMonth", UNSET))

        delay = d.pop("delay", UNSET)

        def _parse_delay_type(data: object) -> DelayType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delay_type_type_1 = DelayType(data)

                return delay_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DelayType | None | Unset, data)

        delay_type = _parse_delay_type(d.pop("delayType", UNSET))

        id = d.pop("id", UNSET)

        percent = d.pop("percent", UNSET)

        def _parse_type_(data: object) -> ConditionType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = ConditionType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConditionType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        settlement_term_condition_dto = cls(
            day_of_month=day_of_month,
            delay=delay,
            delay_type=delay_type,
            id=id,
            percent=percent,
            type_=type_,
        )

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
