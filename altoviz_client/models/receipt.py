from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.payment_method import PaymentMethod
from ..models.payment_status import PaymentStatus
from ..types import Unset

if TYPE_CHECKING:
    from ..models.receipt_link import ReceiptLink
    from ..models.receipt_metadata_type_0 import ReceiptMetadataType0


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
        from ..models.receipt_metadata_type_0 import ReceiptMetadataType0  # noqa: PLC0415

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
        from ..models.receipt_link import ReceiptLink  # noqa: PLC0415
        from ..models.receipt_metadata_type_0 import ReceiptMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        missing = [
            name
            for name in (
                "amount",
                "date",
                "id",
            )
            if name not in d
        ]
        if missing:
            raise MissingFieldError(cls.__name__, missing)
        amount = d.pop("amount")

        def _parse_customer_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        customer_id = _parse_customer_id(d.pop("customerId", None))

        def _parse_customer_internal_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_internal_id = _parse_customer_internal_id(d.pop("customerInternalId", None))

        def _parse_customer_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_name = _parse_customer_name(d.pop("customerName", None))

        def _parse_customer_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_number = _parse_customer_number(d.pop("customerNumber", None))

        date = datetime.date.fromisoformat(d.pop("date"))

        id = d.pop("id")

        def _parse_internal_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        internal_id = _parse_internal_id(d.pop("internalId", None))

        def _parse_links(data: object) -> list[ReceiptLink] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                links_type_0 = []
                _links_type_0 = data
                for links_type_0_item_data in _links_type_0:
                    links_type_0_item = ReceiptLink.from_dict(links_type_0_item_data)

                    links_type_0.append(links_type_0_item)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReceiptLink] | None, data)

        links = _parse_links(d.pop("links", None))

        def _parse_metadata(data: object) -> None | ReceiptMetadataType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ReceiptMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReceiptMetadataType0, data)

        metadata = _parse_metadata(d.pop("metadata", None))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes", None))

        def _parse_payment_method(data: object) -> None | PaymentMethod:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_method_type_1 = PaymentMethod(data)

                return payment_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethod, data)

        payment_method = _parse_payment_method(d.pop("paymentMethod", None))

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference", None))

        def _parse_status(data: object) -> None | PaymentStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = PaymentStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentStatus, data)

        status = _parse_status(d.pop("status", None))

        receipt = cls(
            amount=amount,
            customer_id=customer_id,
            customer_internal_id=customer_internal_id,
            customer_name=customer_name,
            customer_number=customer_number,
            date=date,
            id=id,
            internal_id=internal_id,
            links=links,
            metadata=metadata,
            notes=notes,
            payment_method=payment_method,
            reference=reference,
            status=status,
        )

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
