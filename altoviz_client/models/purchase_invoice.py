from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.expense_status import ExpenseStatus
from ..models.vat_region import VatRegion
from ..types import Unset

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
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"date", "id", "taxIncludedAmount", "vatReverseCharge"}:
            missing = [name for name in ("date", "id", "taxIncludedAmount", "vatReverseCharge") if name not in d]
            raise MissingFieldError(cls.__name__, missing)
        date = datetime.date.fromisoformat(d.pop("date"))

        id = d.pop("id")

        notes = d.pop("notes", None)

        pdf_url = d.pop("pdfUrl", None)

        reference = d.pop("reference", None)

        region = d.pop("region", None)
        if region is not None:
            try:
                if not isinstance(region, str):
                    raise TypeError()
                region_type_1 = (
                    VatRegion._value2member_map_.get(region) if isinstance(region, str) else None
                ) or VatRegion(region)

                region = region_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        status = d.pop("status", None)
        if status is not None:
            try:
                if not isinstance(status, str):
                    raise TypeError()
                status_type_1 = (
                    ExpenseStatus._value2member_map_.get(status) if isinstance(status, str) else None
                ) or ExpenseStatus(status)

                status = status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        subject = d.pop("subject", None)

        supplier = d.pop("supplier", None)
        if supplier is not None:
            try:
                if not isinstance(supplier, dict):
                    raise TypeError()
                supplier_type_1 = Supplier.from_dict(supplier)

                supplier = supplier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        tax_included_amount = d.pop("taxIncludedAmount")

        vat_reverse_charge = d.pop("vatReverseCharge")

        purchase_invoice = cls(
            date,
            id,
            notes,
            pdf_url,
            reference,
            region,
            status,
            subject,
            supplier,
            tax_included_amount,
            vat_reverse_charge,
        )

        if d:
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


# Imported here, after the class, not at the top: models refer to each other in cycles.
from ..models.supplier import Supplier  # noqa: E402
