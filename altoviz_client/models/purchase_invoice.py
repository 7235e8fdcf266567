from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expense_status import ExpenseStatus
from ..models.vat_region import VatRegion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.supplier import Supplier


T = TypeVar("T", bound="PurchaseInvoice")


@_attrs_define
class PurchaseInvoice:
    date: datetime.date | Unset = UNSET
    """ Paid date """
    id: int | Unset = UNSET
    """ Customer id """
    notes: None | str | Unset = UNSET
    pdf_url: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    region: None | Unset | VatRegion = UNSET
    status: ExpenseStatus | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    supplier: None | Supplier | Unset = UNSET
    tax_included_amount: float | Unset = UNSET
    vat_reverse_charge: bool | Unset = UNSET
    """ VAT reverse charge """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.supplier import Supplier  # noqa: PLC0415

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        id = self.id

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        pdf_url: None | str | Unset
        if isinstance(self.pdf_url, Unset):
            pdf_url = UNSET
        else:
            pdf_url = self.pdf_url

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        elif isinstance(self.region, VatRegion):
            region = self.region.value
        else:
            region = self.region

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ExpenseStatus):
            status = self.status.value
        else:
            status = self.status

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        supplier: dict[str, Any] | None | Unset
        if isinstance(self.supplier, Unset):
            supplier = UNSET
        elif isinstance(self.supplier, Supplier):
            supplier = self.supplier.to_dict()
        else:
            supplier = self.supplier

        tax_included_amount = self.tax_included_amount

        vat_reverse_charge = self.vat_reverse_charge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if id is not UNSET:
            field_dict["id"] = id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if pdf_url is not UNSET:
            field_dict["pdfUrl"] = pdf_url
        if reference is not UNSET:
            field_dict["reference"] = reference
        if region is not UNSET:
            field_dict["region"] = region
        if status is not UNSET:
            field_dict["status"] = status
        if subject is not UNSET:
            field_dict["subject"] = subject
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if tax_included_amount is not UNSET:
            field_dict["taxIncludedAmount"] = tax_included_amount
        if vat_reverse_charge is not UNSET:
            field_dict["vatReverseCharge"] = vat_reverse_charge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.supplier import Supplier  # noqa: PLC0415

        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        id = d.pop("id", UNSET)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_pdf_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pdf_url = _parse_pdf_url(d.pop("pdfUrl", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_region(data: object) -> None | Unset | VatRegion:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                region_type_1 = VatRegion(data)

                return region_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VatRegion, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_status(data: object) -> ExpenseStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = ExpenseStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExpenseStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_supplier(data: object) -> None | Supplier | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                supplier_type_1 = Supplier.from_dict(data)

                return supplier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Supplier | Unset, data)

        supplier = _parse_supplier(d.pop("supplier", UNSET))

        tax_included_amount = d.pop("taxIncludedAmount", UNSET)

        vat_reverse_charge = d.pop("vatReverseCharge", UNSET)

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
