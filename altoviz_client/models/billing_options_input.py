from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..models.commitment_status import CommitmentStatus
from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingOptionsInput")


@_attrs_define
class BillingOptionsInput:
    allowed: bool | None | Unset = UNSET
    bank_account_id: int | None | Unset = UNSET
    buyer_reference: None | str | Unset = UNSET
    colleague_id: int | None | Unset = UNSET
    discount: DiscountInput | None | Unset = UNSET
    initial_commitment_amount: float | None | Unset = UNSET
    initial_commitment_date: datetime.date | None | Unset = UNSET
    initial_commitment_status: CommitmentStatus | None | Unset = UNSET
    payment_method: None | PaymentMethod | Unset = UNSET
    send_document_as_attachment: bool | None | Unset = UNSET
    settlement_term_id: int | None | Unset = UNSET
    use_tax_included_prices: bool | None | Unset = UNSET
    """ Indicates whether invoice prices and amount are tax included """
    vat_reverse_charge: bool | None | Unset = UNSET
    """ VAT reverse charge """
    vendor_reference: None | str | Unset = UNSET
    """ Vendor reference to be print """

    def __repr__(self) -> str:
        """Only the fields that are set."""
        shown = [
            f"{field.name}={getattr(self, field.name)!r}"
            for field in _attrs_fields(type(self))
            if field.name != "additional_properties" and not isinstance(getattr(self, field.name), Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        allowed: bool | None | Unset
        if isinstance(self.allowed, Unset):
            allowed = UNSET
        else:
            allowed = self.allowed

        bank_account_id: int | None | Unset
        if isinstance(self.bank_account_id, Unset):
            bank_account_id = UNSET
        else:
            bank_account_id = self.bank_account_id

        buyer_reference: None | str | Unset
        if isinstance(self.buyer_reference, Unset):
            buyer_reference = UNSET
        else:
            buyer_reference = self.buyer_reference

        colleague_id: int | None | Unset
        if isinstance(self.colleague_id, Unset):
            colleague_id = UNSET
        else:
            colleague_id = self.colleague_id

        discount: dict[str, Any] | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        elif isinstance(self.discount, DiscountInput):
            discount = self.discount.to_dict()
        else:
            discount = self.discount

        initial_commitment_amount: float | None | Unset
        if isinstance(self.initial_commitment_amount, Unset):
            initial_commitment_amount = UNSET
        else:
            initial_commitment_amount = self.initial_commitment_amount

        initial_commitment_date: None | str | Unset
        if isinstance(self.initial_commitment_date, Unset):
            initial_commitment_date = UNSET
        elif isinstance(self.initial_commitment_date, datetime.date):
            initial_commitment_date = self.initial_commitment_date.isoformat()
        else:
            initial_commitment_date = self.initial_commitment_date

        initial_commitment_status: None | str | Unset
        if isinstance(self.initial_commitment_status, Unset):
            initial_commitment_status = UNSET
        elif isinstance(self.initial_commitment_status, CommitmentStatus):
            initial_commitment_status = self.initial_commitment_status.value
        else:
            initial_commitment_status = self.initial_commitment_status

        payment_method: None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        elif isinstance(self.payment_method, PaymentMethod):
            payment_method = self.payment_method.value
        else:
            payment_method = self.payment_method

        send_document_as_attachment: bool | None | Unset
        if isinstance(self.send_document_as_attachment, Unset):
            send_document_as_attachment = UNSET
        else:
            send_document_as_attachment = self.send_document_as_attachment

        settlement_term_id: int | None | Unset
        if isinstance(self.settlement_term_id, Unset):
            settlement_term_id = UNSET
        else:
            settlement_term_id = self.settlement_term_id

        use_tax_included_prices: bool | None | Unset
        if isinstance(self.use_tax_included_prices, Unset):
            use_tax_included_prices = UNSET
        else:
            use_tax_included_prices = self.use_tax_included_prices

        vat_reverse_charge: bool | None | Unset
        if isinstance(self.vat_reverse_charge, Unset):
            vat_reverse_charge = UNSET
        else:
            vat_reverse_charge = self.vat_reverse_charge

        vendor_reference: None | str | Unset
        if isinstance(self.vendor_reference, Unset):
            vendor_reference = UNSET
        else:
            vendor_reference = self.vendor_reference

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if allowed is not UNSET:
            field_dict["allowed"] = allowed
        if bank_account_id is not UNSET:
            field_dict["bankAccountId"] = bank_account_id
        if buyer_reference is not UNSET:
            field_dict["buyerReference"] = buyer_reference
        if colleague_id is not UNSET:
            field_dict["colleagueId"] = colleague_id
        if discount is not UNSET:
            field_dict["discount"] = discount
        if initial_commitment_amount is not UNSET:
            field_dict["initialCommitmentAmount"] = initial_commitment_amount
        if initial_commitment_date is not UNSET:
            field_dict["initialCommitmentDate"] = initial_commitment_date
        if initial_commitment_status is not UNSET:
            field_dict["initialCommitmentStatus"] = initial_commitment_status
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if send_document_as_attachment is not UNSET:
            field_dict["sendDocumentAsAttachment"] = send_document_as_attachment
        if settlement_term_id is not UNSET:
            field_dict["settlementTermId"] = settlement_term_id
        if use_tax_included_prices is not UNSET:
            field_dict["useTaxIncludedPrices"] = use_tax_included_prices
        if vat_reverse_charge is not UNSET:
            field_dict["vatReverseCharge"] = vat_reverse_charge
        if vendor_reference is not UNSET:
            field_dict["vendorReference"] = vendor_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed = d.pop("allowed", UNSET)

        bank_account_id = d.pop("bankAccountId", UNSET)

        buyer_reference = d.pop("buyerReference", UNSET)

        colleague_id = d.pop("colleagueId", UNSET)

        discount = d.pop("discount", UNSET)
        if discount is not None and not isinstance(discount, Unset):
            try:
                if not isinstance(discount, dict):
                    raise TypeError()
                discount_type_1 = DiscountInput.from_dict(discount)

                discount = discount_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        initial_commitment_amount = d.pop("initialCommitmentAmount", UNSET)

        initial_commitment_date = d.pop("initialCommitmentDate", UNSET)
        if initial_commitment_date is not None and not isinstance(initial_commitment_date, Unset):
            try:
                if not isinstance(initial_commitment_date, str):
                    raise TypeError()
                initial_commitment_date_type_0 = datetime.date.fromisoformat(initial_commitment_date)

                initial_commitment_date = initial_commitment_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        initial_commitment_status = d.pop("initialCommitmentStatus", UNSET)
        if initial_commitment_status is not None and not isinstance(initial_commitment_status, Unset):
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

        send_document_as_attachment = d.pop("sendDocumentAsAttachment", UNSET)

        settlement_term_id = d.pop("settlementTermId", UNSET)

        use_tax_included_prices = d.pop("useTaxIncludedPrices", UNSET)

        vat_reverse_charge = d.pop("vatReverseCharge", UNSET)

        vendor_reference = d.pop("vendorReference", UNSET)

        billing_options_input = cls(
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

        return billing_options_input


# Imported here, after the class, not at the top: models refer to each other in cycles.
from ..models.discount_input import DiscountInput  # noqa: E402
