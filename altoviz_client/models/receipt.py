from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.payment_method import PaymentMethod
from ..models.payment_status import PaymentStatus
from ..types import Unset

T = TypeVar("T", bound="Receipt")


@_attrs_define
class Receipt:
    amount: float
    """ Amount to pay """
    customer_id: int | None
    """ Customer ID """
    customer_internal_id: None | str
    customer_name: None | str
    """ Customer name """
    customer_number: None | str
    """ Customer number """
    date: datetime.date
    """ Paid date """
    id: int
    """ Customer id """
    internal_id: None | str
    """ ID used in your system: unique per entity type, the handle for safe retries. """
    links: list[ReceiptLink] | None
    metadata: None | ReceiptMetadataType0
    notes: None | str
    payment_method: None | PaymentMethod
    reference: None | str
    status: None | PaymentStatus
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
        amount = self.amount

        customer_id: int | None
        customer_id = self.customer_id

        customer_internal_id: None | str
        customer_internal_id = self.customer_internal_id

        customer_name: None | str
        customer_name = self.customer_name

        customer_number: None | str
        customer_number = self.customer_number

        date = self.date.isoformat()

        id = self.id

        internal_id: None | str
        internal_id = self.internal_id

        links: list[dict[str, Any]] | None
        if isinstance(self.links, list):
            links = []
            for links_type_0_item_data in self.links:
                links_type_0_item = links_type_0_item_data.to_dict()
                links.append(links_type_0_item)

        else:
            links = self.links

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, ReceiptMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        notes: None | str
        notes = self.notes

        payment_method: None | str
        if isinstance(self.payment_method, PaymentMethod):
            payment_method = self.payment_method.value
        else:
            payment_method = self.payment_method

        reference: None | str
        reference = self.reference

        status: None | str
        if isinstance(self.status, PaymentStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "customerId": customer_id,
                "customerInternalId": customer_internal_id,
                "customerName": customer_name,
                "customerNumber": customer_number,
                "date": date,
                "id": id,
                "internalId": internal_id,
                "links": links,
                "metadata": metadata,
                "notes": notes,
                "paymentMethod": payment_method,
                "reference": reference,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"amount", "date", "id"}:
            missing = [name for name in ("amount", "date", "id") if name not in d]
            raise MissingFieldError(cls.__name__, missing)
        amount = d.pop("amount")

        customer_id = d.pop("customerId", None)

        customer_internal_id = d.pop("customerInternalId", None)

        customer_name = d.pop("customerName", None)

        customer_number = d.pop("customerNumber", None)

        date = datetime.date.fromisoformat(d.pop("date"))

        id = d.pop("id")

        internal_id = d.pop("internalId", None)

        links = d.pop("links", None)
        if links is not None:
            try:
                if not isinstance(links, list):
                    raise TypeError()
                links_type_0 = []
                _links_type_0 = links
                for links_type_0_item_data in _links_type_0:
                    links_type_0_item = ReceiptLink.from_dict(links_type_0_item_data)

                    links_type_0.append(links_type_0_item)

                links = links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        metadata = d.pop("metadata", None)
        if metadata is not None:
            try:
                if not isinstance(metadata, dict):
                    raise TypeError()
                metadata_type_0 = ReceiptMetadataType0.from_dict(metadata)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        notes = d.pop("notes", None)

        payment_method = d.pop("paymentMethod", None)
        if payment_method is not None:
            try:
                if not isinstance(payment_method, str):
                    raise TypeError()
                payment_method_type_1 = (
                    PaymentMethod._value2member_map_.get(payment_method) if isinstance(payment_method, str) else None
                ) or PaymentMethod(payment_method)

                payment_method = payment_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        reference = d.pop("reference", None)

        status = d.pop("status", None)
        if status is not None:
            try:
                if not isinstance(status, str):
                    raise TypeError()
                status_type_1 = (
                    PaymentStatus._value2member_map_.get(status) if isinstance(status, str) else None
                ) or PaymentStatus(status)

                status = status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        receipt = cls(
            amount,
            customer_id,
            customer_internal_id,
            customer_name,
            customer_number,
            date,
            id,
            internal_id,
            links,
            metadata,
            notes,
            payment_method,
            reference,
            status,
        )

        if d:
            receipt.additional_properties = d
        return receipt

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
from ..models.receipt_link import ReceiptLink  # noqa: E402
from ..models.receipt_metadata_type_0 import ReceiptMetadataType0  # noqa: E402
