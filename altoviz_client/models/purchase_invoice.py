from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.expense_status import ExpenseStatus
from ..models.vat_region import VatRegion
from ..types import Unset

if TYPE_CHECKING:
    from ..models.supplier import Supplier


T = TypeVar("T", bound="PurchaseInvoice")


@_attrs_define
class PurchaseInvoice:
    date: datetime.date
    """ Paid date """
    id: int
    """ Customer id """
    notes: None | str
    pdf_url: None | str
    reference: None | str
    region: None | VatRegion
    status: ExpenseStatus | None
    subject: None | str
    supplier: None | Supplier
    tax_included_amount: float
    vat_reverse_charge: bool
    """ VAT reverse charge """
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
        from ..models.supplier import Supplier  # noqa: PLC0415

        date = self.date.isoformat()

        id = self.id

        notes: None | str
        notes = self.notes

        pdf_url: None | str
        pdf_url = self.pdf_url

        reference: None | str
        reference = self.reference

        region: None | str
        if isinstance(self.region, VatRegion):
            region = self.region.value
        else:
            region = self.region

        status: None | str
        if isinstance(self.status, ExpenseStatus):
            status = self.status.value
        else:
            status = self.status

        subject: None | str
        subject = self.subject

        supplier: dict[str, Any] | None
        if isinstance(self.supplier, Supplier):
            supplier = self.supplier.to_dict()
        else:
            supplier = self.supplier

        tax_included_amount = self.tax_included_amount

        vat_reverse_charge = self.vat_reverse_charge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "id": id,
                "notes": notes,
                "pdfUrl": pdf_url,
                "reference": reference,
                "region": region,
                "status": status,
                "subject": subject,
                "supplier": supplier,
                "taxIncludedAmount": tax_included_amount,
                "vatReverseCharge": vat_reverse_charge,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.supplier import Supplier  # noqa: PLC0415

        d = dict(src_dict)
        missing = [
            name
            for name in (
                "date",
                "id",
                "taxIncludedAmount",
                "vatReverseCharge",
            )
            if name not in d
        ]
        if missing:
            raise MissingFieldError(cls.__name__, missing)
        date = datetime.date.fromisoformat(d.pop("date"))

        id = d.pop("id")

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes", None))

        def _parse_pdf_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pdf_url = _parse_pdf_url(d.pop("pdfUrl", None))

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference", None))

        def _parse_region(data: object) -> None | VatRegion:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                region_type_1 = VatRegion(data)

                return region_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | VatRegion, data)

        region = _parse_region(d.pop("region", None))

        def _parse_status(data: object) -> ExpenseStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = ExpenseStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExpenseStatus | None, data)

        status = _parse_status(d.pop("status", None))

        def _parse_subject(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject = _parse_subject(d.pop("subject", None))

        def _parse_supplier(data: object) -> None | Supplier:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                supplier_type_1 = Supplier.from_dict(data)

                return supplier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Supplier, data)

        supplier = _parse_supplier(d.pop("supplier", None))

        tax_included_amount = d.pop("taxIncludedAmount")

        vat_reverse_charge = d.pop("vatReverseCharge")

        purchase_invoice = cls(
            date=date,
            id=id,
            notes=notes,
            pdf_url=pdf_url,
            reference=reference,
            region=region,
            status=status,
            subject=subject,
            supplier=supplier,
            tax_included_amount=tax_included_amount,
            vat_reverse_charge=vat_reverse_charge,
        )

        purchase_invoice.additional_properties = d
        return purchase_invoice

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
