from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.payment_method import PaymentMethod
from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayInvoice")


@_attrs_define
class PayInvoice:
    allow_update: bool | Unset = UNSET
    amount: float | None | Unset = UNSET
    """ Amount to pay """
    date: datetime.date | Unset = UNSET
    """ Paid date """
    finalize_invoice: bool | Unset = UNSET
    """ Indicates whether the invoice has to be finalized if draft """
    invoice_id: int | Unset = UNSET
    """ Invoice ID """
    metadata: None | PayInvoiceMetadataType0 | Unset = UNSET
    payment_method: None | PaymentMethod | Unset = UNSET
    payment_reference: None | str | Unset = UNSET
    """ Payment reference """
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
        allow_update = self.allow_update

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        finalize_invoice = self.finalize_invoice

        invoice_id = self.invoice_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, PayInvoiceMetadataType0):
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

        payment_reference: None | str | Unset
        if isinstance(self.payment_reference, Unset):
            payment_reference = UNSET
        else:
            payment_reference = self.payment_reference

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
        if allow_update is not UNSET:
            field_dict["allowUpdate"] = allow_update
        if amount is not UNSET:
            field_dict["amount"] = amount
        if date is not UNSET:
            field_dict["date"] = date
        if finalize_invoice is not UNSET:
            field_dict["finalizeInvoice"] = finalize_invoice
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if payment_reference is not UNSET:
            field_dict["paymentReference"] = payment_reference
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_update = d.pop("allowUpdate", UNSET)

        amount = d.pop("amount", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        finalize_invoice = d.pop("finalizeInvoice", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        metadata = d.pop("metadata", UNSET)
        if metadata is not None and not isinstance(metadata, Unset):
            try:
                if not isinstance(metadata, dict):
                    raise TypeError()
                metadata_type_0 = PayInvoiceMetadataType0.from_dict(metadata)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        payment_method = d.pop("paymentMethod", UNSET)
        if payment_method is not None and not isinstance(payment_method, Unset):
            try:
                if not isinstance(payment_method, str):
                    raise TypeError()
                payment_method_type_1 = (
                    PaymentMethod._value2member_map_.get(payment_method) if isinstance(payment_method, str) else None
                ) or PaymentMethod(payment_method)

                payment_method = payment_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        payment_reference = d.pop("paymentReference", UNSET)

        status = d.pop("status", UNSET)
        if status is not None and not isinstance(status, Unset):
            try:
                if not isinstance(status, str):
                    raise TypeError()
                status_type_1 = (
                    PaymentStatus._value2member_map_.get(status) if isinstance(status, str) else None
                ) or PaymentStatus(status)

                status = status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        pay_invoice = cls(
            allow_update,
            amount,
            date,
            finalize_invoice,
            invoice_id,
            metadata,
            payment_method,
            payment_reference,
            status,
        )

        if d:
            pay_invoice.additional_properties = d
        return pay_invoice

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
from ..models.pay_invoice_metadata_type_0 import PayInvoiceMetadataType0  # noqa: E402
