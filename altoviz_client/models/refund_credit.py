from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.payment_method import PaymentMethod
from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.refund_credit_metadata_type_0 import RefundCreditMetadataType0


T = TypeVar("T", bound="RefundCredit")


@_attrs_define
class RefundCredit:
    amount: float | None | Unset = UNSET
    """ Amount to pay """
    credit_id: int | Unset = UNSET
    date: datetime.date | Unset = UNSET
    """ Paid date """
    finalize_credit: bool | Unset = UNSET
    metadata: None | RefundCreditMetadataType0 | Unset = UNSET
    payment_method: None | PaymentMethod | Unset = UNSET
    refund_reference: None | str | Unset = UNSET
    status: None | PaymentStatus | Unset = UNSET
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
        from ..models.refund_credit_metadata_type_0 import RefundCreditMetadataType0  # noqa: PLC0415

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        credit_id = self.credit_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        finalize_credit = self.finalize_credit

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, RefundCreditMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        payment_method: None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        elif isinstance(self.payment_method, PaymentMethod):
            payment_method = self.payment_method.value
        else:
            payment_method = self.payment_method

        refund_reference: None | str | Unset
        if isinstance(self.refund_reference, Unset):
            refund_reference = UNSET
        else:
            refund_reference = self.refund_reference

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, PaymentStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if credit_id is not UNSET:
            field_dict["creditId"] = credit_id
        if date is not UNSET:
            field_dict["date"] = date
        if finalize_credit is not UNSET:
            field_dict["finalizeCredit"] = finalize_credit
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if refund_reference is not UNSET:
            field_dict["refundReference"] = refund_reference
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.refund_credit_metadata_type_0 import RefundCreditMetadataType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        credit_id = d.pop("creditId", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        finalize_credit = d.pop("finalizeCredit", UNSET)

        def _parse_metadata(data: object) -> None | RefundCreditMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = RefundCreditMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RefundCreditMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_payment_method(data: object) -> None | PaymentMethod | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_method_type_1 = PaymentMethod(data)

                return payment_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethod | Unset, data)

        payment_method = _parse_payment_method(d.pop("paymentMethod", UNSET))

        def _parse_refund_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refund_reference = _parse_refund_reference(d.pop("refundReference", UNSET))

        def _parse_status(data: object) -> None | PaymentStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = PaymentStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        refund_credit = cls(
            amount=amount,
            credit_id=credit_id,
            date=date,
            finalize_credit=finalize_credit,
            metadata=metadata,
            payment_method=payment_method,
            refund_reference=refund_reference,
            status=status,
        )

        refund_credit.additional_properties = d
        return refund_credit

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
