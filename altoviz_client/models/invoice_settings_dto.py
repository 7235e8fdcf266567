from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceSettingsDto")


@_attrs_define
class InvoiceSettingsDto:
    collection_costs: None | str | Unset = UNSET
    early_finalization_duration: int | None | Unset = UNSET
    late_payment_penalty: None | str | Unset = UNSET
    substract_deposit_from_tax_excluded_amount: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection_costs: None | str | Unset
        if isinstance(self.collection_costs, Unset):
            collection_costs = UNSET
        else:
            collection_costs = self.collection_costs

        early_finalization_duration: int | None | Unset
        if isinstance(self.early_finalization_duration, Unset):
            early_finalization_duration = UNSET
        else:
            early_finalization_duration = self.early_finalization_duration

        late_payment_penalty: None | str | Unset
        if isinstance(self.late_payment_penalty, Unset):
            late_payment_penalty = UNSET
        else:
            late_payment_penalty = self.late_payment_penalty

        substract_deposit_from_tax_excluded_amount = self.substract_deposit_from_tax_excluded_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collection_costs is not UNSET:
            field_dict["collectionCosts"] = collection_costs
        if early_finalization_duration is not UNSET:
            field_dict["earlyFinalizationDuration"] = early_finalization_duration
        if late_payment_penalty is not UNSET:
            field_dict["latePaymentPenalty"] = late_payment_penalty
        if substract_deposit_from_tax_excluded_amount is not UNSET:
            field_dict["substractDepositFromTaxExcludedAmount"] = substract_deposit_from_tax_excluded_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_collection_costs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collection_costs = _parse_collection_costs(d.pop("collectionCosts", UNSET))

        def _parse_early_finalization_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        early_finalization_duration = _parse_early_finalization_duration(d.pop("earlyFinalizationDuration", UNSET))

        def _parse_late_payment_penalty(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        late_payment_penalty = _parse_late_payment_penalty(d.pop("latePaymentPenalty", UNSET))

        substract_deposit_from_tax_excluded_amount = d.pop("substractDepositFromTaxExcludedAmount", UNSET)

        invoice_settings_dto = cls(
            collection_costs=collection_costs,
            early_finalization_duration=early_finalization_duration,
            late_payment_penalty=late_payment_penalty,
            substract_deposit_from_tax_excluded_amount=substract_deposit_from_tax_excluded_amount,
        )

        invoice_settings_dto.additional_properties = d
        return invoice_settings_dto

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
