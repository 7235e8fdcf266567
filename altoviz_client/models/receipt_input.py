from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..models.payment_method import PaymentMethod
from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceiptInput")


@_attrs_define
class ReceiptInput:
    amount: float | Unset = UNSET
    """ Amount to pay """
    customer_id: int | None | Unset = UNSET
    """ Customer ID """
    customer_internal_id: None | str | Unset = UNSET
    customer_number: None | str | Unset = UNSET
    """ Customer number """
    date: datetime.date | Unset = UNSET
    """ Paid date """
    internal_id: None | str | Unset = UNSET
    """ ID used in your system: unique per entity type, the handle for safe retries. """
    links: list[ReceiptLinkInput] | None | Unset = UNSET
    metadata: None | ReceiptInputMetadataType0 | Unset = UNSET
    notes: None | str | Unset = UNSET
    payment_method: None | PaymentMethod | Unset = UNSET
    reference: None | str | Unset = UNSET
    status: None | PaymentStatus | Unset = UNSET

    def __repr__(self) -> str:
        """Only the fields that are set."""
        shown = [
            f"{field.name}={getattr(self, field.name)!r}"
            for field in _attrs_fields(type(self))
            if field.name != "additional_properties" and not isinstance(getattr(self, field.name), Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_internal_id: None | str | Unset
        if isinstance(self.customer_internal_id, Unset):
            customer_internal_id = UNSET
        else:
            customer_internal_id = self.customer_internal_id

        customer_number: None | str | Unset
        if isinstance(self.customer_number, Unset):
            customer_number = UNSET
        else:
            customer_number = self.customer_number

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        internal_id: None | str | Unset
        if isinstance(self.internal_id, Unset):
            internal_id = UNSET
        else:
            internal_id = self.internal_id

        links: list[dict[str, Any]] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, list):
            links = []
            for links_type_0_item_data in self.links:
                links_type_0_item = links_type_0_item_data.to_dict()
                links.append(links_type_0_item)

        else:
            links = self.links

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ReceiptInputMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        payment_method: None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        elif isinstance(self.payment_method, PaymentMethod):
            payment_method = self.payment_method.value
        else:
            payment_method = self.payment_method

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, PaymentStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_internal_id is not UNSET:
            field_dict["customerInternalId"] = customer_internal_id
        if customer_number is not UNSET:
            field_dict["customerNumber"] = customer_number
        if date is not UNSET:
            field_dict["date"] = date
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if links is not UNSET:
            field_dict["links"] = links
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if notes is not UNSET:
            field_dict["notes"] = notes
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if reference is not UNSET:
            field_dict["reference"] = reference
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        customer_id = d.pop("customerId", UNSET)

        customer_internal_id = d.pop("customerInternalId", UNSET)

        customer_number = d.pop("customerNumber", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        internal_id = d.pop("internalId", UNSET)

        links = d.pop("links", UNSET)
        if links is not None and not isinstance(links, Unset):
            try:
                if not isinstance(links, list):
                    raise TypeError()
                links_type_0 = []
                _links_type_0 = links
                for links_type_0_item_data in _links_type_0:
                    links_type_0_item = ReceiptLinkInput.from_dict(links_type_0_item_data)

                    links_type_0.append(links_type_0_item)

                links = links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        metadata = d.pop("metadata", UNSET)
        if metadata is not None and not isinstance(metadata, Unset):
            try:
                if not isinstance(metadata, dict):
                    raise TypeError()
                metadata_type_0 = ReceiptInputMetadataType0.from_dict(metadata)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        notes = d.pop("notes", UNSET)

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

        reference = d.pop("reference", UNSET)

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

        receipt_input = cls(
            amount,
            customer_id,
            customer_internal_id,
            customer_number,
            date,
            internal_id,
            links,
            metadata,
            notes,
            payment_method,
            reference,
            status,
        )

        return receipt_input


# Imported here, after the class, not at the top: models refer to each other in cycles.
from ..models.receipt_input_metadata_type_0 import ReceiptInputMetadataType0  # noqa: E402
from ..models.receipt_link_input import ReceiptLinkInput  # noqa: E402
