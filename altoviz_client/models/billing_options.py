from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.commitment_status import CommitmentStatus
from ..models.payment_method import PaymentMethod
from ..types import Unset

T = TypeVar("T", bound="BillingOptions")


@_attrs_define
class BillingOptions:
    allowed: bool | None
    bank_account_id: int | None
    buyer_reference: None | str
    colleague_id: int | None
    discount: Discount | None
    initial_commitment_amount: float | None
    initial_commitment_date: datetime.date | None
    initial_commitment_status: CommitmentStatus | None
    payment_method: None | PaymentMethod
    send_document_as_attachment: bool | None
    settlement_term_id: int | None
    use_tax_included_prices: bool | None
    """ Indicates whether invoice prices and amount are tax included """
    vat_reverse_charge: bool | None
    """ VAT reverse charge """
    vendor_reference: None | str
    """ Vendor reference to be print """
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
        allowed: bool | None
        allowed = self.allowed

        bank_account_id: int | None
        bank_account_id = self.bank_account_id

        buyer_reference: None | str
        buyer_reference = self.buyer_reference

        colleague_id: int | None
        colleague_id = self.colleague_id

        discount: dict[str, Any] | None
        if isinstance(self.discount, Discount):
            discount = self.discount.to_dict()
        else:
            discount = self.discount

        initial_commitment_amount: float | None
        initial_commitment_amount = self.initial_commitment_amount

        initial_commitment_date: None | str
        if isinstance(self.initial_commitment_date, datetime.date):
            initial_commitment_date = self.initial_commitment_date.isoformat()
        else:
            initial_commitment_date = self.initial_commitment_date

        initial_commitment_status: None | str
        if isinstance(self.initial_commitment_status, CommitmentStatus):
            initial_commitment_status = self.initial_commitment_status.value
        else:
            initial_commitment_status = self.initial_commitment_status

        payment_method: None | str
        if isinstance(self.payment_method, PaymentMethod):
            payment_method = self.payment_method.value
        else:
            payment_method = self.payment_method

        send_document_as_attachment: bool | None
        send_document_as_attachment = self.send_document_as_attachment

        settlement_term_id: int | None
        settlement_term_id = self.settlement_term_id

        use_tax_included_prices: bool | None
        use_tax_included_prices = self.use_tax_included_prices

        vat_reverse_charge: bool | None
        vat_reverse_charge = self.vat_reverse_charge

        vendor_reference: None | str
        vendor_reference = self.vendor_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed": allowed,
                "bankAccountId": bank_account_id,
                "buyerReference": buyer_reference,
                "colleagueId": colleague_id,
                "discount": discount,
                "initialCommitmentAmount": initial_commitment_amount,
                "initialCommitmentDate": initial_commitment_date,
                "initialCommitmentStatus": initial_commitment_status,
                "paymentMethod": payment_method,
                "sendDocumentAsAttachment": send_document_as_attachment,
                "settlementTermId": settlement_term_id,
                "useTaxIncludedPrices": use_tax_included_prices,
                "vatReverseCharge": vat_reverse_charge,
                "vendorReference": vendor_reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed = d.pop("allowed", None)

        bank_account_id = d.pop("bankAccountId", None)

        buyer_reference = d.pop("buyerReference", None)

        colleague_id = d.pop("colleagueId", None)

        discount = d.pop("discount", None)
        if discount is not None:
            try:
                if not isinstance(discount, dict):
                    raise TypeError()
                discount_type_1 = Discount.from_dict(discount)

                discount = discount_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        initial_commitment_amount = d.pop("initialCommitmentAmount", None)

        initial_commitment_date = d.pop("initialCommitmentDate", None)
        if initial_commitment_date is not None:
            try:
                if not isinstance(initial_commitment_date, str):
                    raise TypeError()
                initial_commitment_date_type_0 = datetime.date.fromisoformat(initial_commitment_date)

                initial_commitment_date = initial_commitment_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        initial_commitment_status = d.pop("initialCommitmentStatus", None)
        if initial_commitment_status is not None:
            try:
                if not isinstance(initial_commitment_status, str):
                    raise TypeError()
                initial_commitment_status_type_1 = (
                    CommitmentStatus._value2member_map_.get(initial_commitment_status)
                    if isinstance(initial_commitment_status, str)
                    else None
                ) or CommitmentStatus(initial_commitment_status)

                initial_commitment_status = initial_commitment_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

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

        send_document_as_attachment = d.pop("sendDocumentAsAttachment", None)

        settlement_term_id = d.pop("settlementTermId", None)

        use_tax_included_prices = d.pop("useTaxIncludedPrices", None)

        vat_reverse_charge = d.pop("vatReverseCharge", None)

        vendor_reference = d.pop("vendorReference", None)

        billing_options = cls(
            allowed,
            bank_account_id,
            buyer_reference,
            colleague_id,
            discount,
            initial_commitment_amount,
            initial_commitment_date,
            initial_commitment_status,
            payment_method,
            send_document_as_attachment,
            settlement_term_id,
            use_tax_included_prices,
            vat_reverse_charge,
            vendor_reference,
        )

        if d:
            billing_options.additional_properties = d
        return billing_options

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
from ..models.discount import Discount  # noqa: E402
