from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.commitment_status import CommitmentStatus
from ..models.payment_method import PaymentMethod
from ..types import Unset

if TYPE_CHECKING:
    from ..models.discount import Discount


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
        from ..models.discount import Discount  # noqa: PLC0415

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
        from ..models.discount import Discount  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_allowed(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        allowed = _parse_allowed(d.pop("allowed", None))

        def _parse_bank_account_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        bank_account_id = _parse_bank_account_id(d.pop("bankAccountId", None))

        def _parse_buyer_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        buyer_reference = _parse_buyer_reference(d.pop("buyerReference", None))

        def _parse_colleague_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        colleague_id = _parse_colleague_id(d.pop("colleagueId", None))

        def _parse_discount(data: object) -> Discount | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                discount_type_1 = Discount.from_dict(data)

                return discount_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Discount | None, data)

        discount = _parse_discount(d.pop("discount", None))

        def _parse_initial_commitment_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        initial_commitment_amount = _parse_initial_commitment_amount(d.pop("initialCommitmentAmount", None))

        def _parse_initial_commitment_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                initial_commitment_date_type_0 = datetime.date.fromisoformat(data)

                return initial_commitment_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        initial_commitment_date = _parse_initial_commitment_date(d.pop("initialCommitmentDate", None))

        def _parse_initial_commitment_status(data: object) -> CommitmentStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                initial_commitment_status_type_1 = CommitmentStatus(data)

                return initial_commitment_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommitmentStatus | None, data)

        initial_commitment_status = _parse_initial_commitment_status(d.pop("initialCommitmentStatus", None))

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

        def _parse_send_document_as_attachment(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        send_document_as_attachment = _parse_send_document_as_attachment(d.pop("sendDocumentAsAttachment", None))

        def _parse_settlement_term_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        settlement_term_id = _parse_settlement_term_id(d.pop("settlementTermId", None))

        def _parse_use_tax_included_prices(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        use_tax_included_prices = _parse_use_tax_included_prices(d.pop("useTaxIncludedPrices", None))

        def _parse_vat_reverse_charge(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        vat_reverse_charge = _parse_vat_reverse_charge(d.pop("vatReverseCharge", None))

        def _parse_vendor_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        vendor_reference = _parse_vendor_reference(d.pop("vendorReference", None))

        billing_options = cls(
            allowed=allowed,
            bank_account_id=bank_account_id,
            buyer_reference=buyer_reference,
            colleague_id=colleague_id,
            discount=discount,
            initial_commitment_amount=initial_commitment_amount,
            initial_commitment_date=initial_commitment_date,
            initial_commitment_status=initial_commitment_status,
            payment_method=payment_method,
            send_document_as_attachment=send_document_as_attachment,
            settlement_term_id=settlement_term_id,
            use_tax_included_prices=use_tax_included_prices,
            vat_reverse_charge=vat_reverse_charge,
            vendor_reference=vendor_reference,
        )

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
