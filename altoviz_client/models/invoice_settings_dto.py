from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..types import Unset

T = TypeVar("T", bound="InvoiceSettingsDto")


@_attrs_define
class InvoiceSettingsDto:
    collection_costs: None | str
    early_finalization_duration: int | None
    late_payment_penalty: None | str
    substract_deposit_from_tax_excluded_amount: bool
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
        collection_costs: None | str
        collection_costs = self.collection_costs

        early_finalization_duration: int | None
        early_finalization_duration = self.early_finalization_duration

        late_payment_penalty: None | str
        late_payment_penalty = self.late_payment_penalty

        substract_deposit_from_tax_excluded_amount = self.substract_deposit_from_tax_excluded_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collectionCosts": collection_costs,
                "earlyFinalizationDuration": early_finalization_duration,
                "latePaymentPenalty": late_payment_penalty,
                "substractDepositFromTaxExcludedAmount": substract_deposit_from_tax_excluded_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"substractDepositFromTaxExcludedAmount"}:
            missing = [name for name in ("substractDepositFromTaxExcludedAmount",) if name not in d]
            raise MissingFieldError(cls.__name__, missing)
        collection_costs = d.pop("collectionCosts", None)

        early_finalization_duration = d.pop("earlyFinalizationDuration", None)

        late_payment_penalty = d.pop("latePaymentPenalty", None)

        substract_deposit_from_tax_excluded_amount = d.pop("substractDepositFromTaxExcludedAmount")

        invoice_settings_dto = cls(
            collection_costs,
            early_finalization_duration,
            late_payment_penalty,
            substract_deposit_from_tax_excluded_amount,
        )

        if d:
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
