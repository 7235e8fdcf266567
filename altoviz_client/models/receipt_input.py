from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..models.payment_method import PaymentMethod
from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.receipt_input_metadata_type_0 import ReceiptInputMetadataType0
    from ..models.receipt_link_input import ReceiptLinkInput


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
        from ..models.receipt_input_metadata_type_0 import ReceiptInputMetadataType0  # noqa: PLC0415

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
        from ..models.receipt_input_metadata_type_0 import ReceiptInputMetadataType0  # noqa: PLC0415
        from ..models.receipt_link_input import ReceiptLinkInput  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        def _parse_customer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        customer_id = _parse_customer_id(d.pop("customerId", UNSET))

        def _parse_customer_internal_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_internal_id = _parse_customer_internal_id(d.pop("customerInternalId", UNSET))

        def _parse_customer_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_number = _parse_customer_number(d.pop("customerNumber", UNSET))

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        def _parse_internal_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        internal_id = _parse_internal_id(d.pop("internalId", UNSET))

        def _parse_links(data: object) -> list[ReceiptLinkInput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                links_type_0 = []
                _links_type_0 = data
                for links_type_0_item_data in _links_type_0:
                    links_type_0_item = ReceiptLinkInput.from_dict(links_type_0_item_data)

                    links_type_0.append(links_type_0_item)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReceiptLinkInput] | None | Unset, data)

        links = _parse_links(d.pop("links", UNSET))

        def _parse_metadata(data: object) -> None | ReceiptInputMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ReceiptInputMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReceiptInputMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

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

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

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

        receipt_input = cls(
            amount=amount,
            customer_id=customer_id,
            customer_internal_id=customer_internal_id,
            customer_number=customer_number,
            date=date,
            internal_id=internal_id,
            links=links,
            metadata=metadata,
            notes=notes,
            payment_method=payment_method,
            reference=reference,
            status=status,
        )

        return receipt_input
