from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.vat_declaration_periodicity import VatDeclarationPeriodicity
from ..models.vat_mode import VatMode
from ..types import Unset

T = TypeVar("T", bound="VatSettingsDto")


@_attrs_define
class VatSettingsDto:
    liable_to_vat: bool
    """ Indicates whether the document is liable to VAT """
    non_liable_text_to_print: None | str
    vat_mode: None | VatMode
    vat_period: None | VatDeclarationPeriodicity
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
        liable_to_vat = self.liable_to_vat

        non_liable_text_to_print: None | str
        non_liable_text_to_print = self.non_liable_text_to_print

        vat_mode: None | str
        if isinstance(self.vat_mode, VatMode):
            vat_mode = self.vat_mode.value
        else:
            vat_mode = self.vat_mode

        vat_period: None | str
        if isinstance(self.vat_period, VatDeclarationPeriodicity):
            vat_period = self.vat_period.value
        else:
            vat_period = self.vat_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "liableToVat": liable_to_vat,
                "nonLiableTextToPrint": non_liable_text_to_print,
                "vatMode": vat_mode,
                "vatPeriod": vat_period,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"liableToVat"}:
            missing = [name for name in ("liableToVat",) if name not in d]
            raise MissingFieldError(cls.__name__, missing)
        liable_to_vat = d.pop("liableToVat")

        non_liable_text_to_print = d.pop("nonLiableTextToPrint", None)

        vat_mode = d.pop("vatMode", None)
        if vat_mode is not None:
            try:
                if not isinstance(vat_mode, str):
                    raise TypeError()
                vat_mode_type_1 = (
                    VatMode._value2member_map_.get(vat_mode) if isinstance(vat_mode, str) else None
                ) or VatMode(vat_mode)

                vat_mode = vat_mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        vat_period = d.pop("vatPeriod", None)
        if vat_period is not None:
            try:
                if not isinstance(vat_period, str):
                    raise TypeError()
                vat_period_type_1 = (
                    VatDeclarationPeriodicity._value2member_map_.get(vat_period)
                    if isinstance(vat_period, str)
                    else None
                ) or VatDeclarationPeriodicity(vat_period)

                vat_period = vat_period_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        vat_settings_dto = cls(
            liable_to_vat,
            non_liable_text_to_print,
            vat_mode,
            vat_period,
        )

        if d:
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
