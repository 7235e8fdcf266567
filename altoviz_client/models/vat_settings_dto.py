from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_declaration_periodicity import VatDeclarationPeriodicity
from ..models.vat_mode import VatMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="VatSettingsDto")


@_attrs_define
class VatSettingsDto:
    liable_to_vat: bool | Unset = UNSET
    """ Indicates whether the document is liable to VAT """
    non_liable_text_to_print: None | str | Unset = UNSET
    vat_mode: None | Unset | VatMode = UNSET
    vat_period: None | Unset | VatDeclarationPeriodicity = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        liable_to_vat = self.liable_to_vat

        non_liable_text_to_print: None | str | Unset
        if isinstance(self.non_liable_text_to_print, Unset):
            non_liable_text_to_print = UNSET
        else:
            non_liable_text_to_print = self.non_liable_text_to_print

        vat_mode: None | str | Unset
        if isinstance(self.vat_mode, Unset):
            vat_mode = UNSET
        elif isinstance(self.vat_mode, VatMode):
            vat_mode = self.vat_mode.value
        else:
            vat_mode = self.vat_mode

        vat_period: None | str | Unset
        if isinstance(self.vat_period, Unset):
            vat_period = UNSET
        elif isinstance(self.vat_period, VatDeclarationPeriodicity):
            vat_period = self.vat_period.value
        else:
            vat_period = self.vat_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if liable_to_vat is not UNSET:
            field_dict["liableToVat"] = liable_to_vat
        if non_liable_text_to_print is not UNSET:
            field_dict["nonLiableTextToPrint"] = non_liable_text_to_print
        if vat_mode is not UNSET:
            field_dict["vatMode"] = vat_mode
        if vat_period is not UNSET:
            field_dict["vatPeriod"] = vat_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        liable_to_vat = d.pop("liableToVat", UNSET)

        def _parse_non_liable_text_to_print(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        non_liable_text_to_print = _parse_non_liable_text_to_print(d.pop("nonLiableTextToPrint", UNSET))

        def _parse_vat_mode(data: object) -> None | Unset | VatMode:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vat_mode_type_1 = VatMode(data)

                return vat_mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VatMode, data)

        vat_mode = _parse_vat_mode(d.pop("vatMode", UNSET))

        def _parse_vat_period(data: object) -> None | Unset | VatDeclarationPeriodicity:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vat_period_type_1 = VatDeclarationPeriodicity(data)

                return vat_period_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VatDeclarationPeriodicity, data)

        vat_period = _parse_vat_period(d.pop("vatPeriod", UNSET))

        vat_settings_dto = cls(
            liable_to_vat=liable_to_vat,
            non_liable_text_to_print=non_liable_text_to_print,
            vat_mode=vat_mode,
            vat_period=vat_period,
        )

        vat_settings_dto.additional_properties = d
        return vat_settings_dto

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
