from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.customer_type import CustomerType
from ..models.vat_mode import VatMode
from ..models.vat_region import VatRegion
from ..types import Unset

T = TypeVar("T", bound="Credit")


@_attrs_define
class Credit:
    balance: float
    billing_address: AddressFields | None
    billing_contact: ContactFields | None
    cancelled_invoicet_id: int | None
    cancelled_invoicet_number: None | str
    commitments: list[Commitment] | None
    customer_electronic_address: None | str
    customer_id: int | None
    """ Customer ID """
    customer_name: None | str
    """ Customer name """
    customer_number: None | str
    """ Customer number """
    customer_order_reference: None | str
    """ Customer order reference """
    customer_siret: None | str
    customer_type: CustomerType | None
    customer_vat_number: None | str
    """ Customer VAT number """
    date: datetime.date | None
    """ Paid date """
    footer_notes: None | str
    """ Footer notes to be print """
    global_discount: Discount | None
    gross_tax_excluded_amount: float
    header_notes: None | str
    """ Header notes to be print """
    id: int
    """ Customer id """
    internal_id: None | str
    """ ID used in your system: unique per entity type, the handle for safe retries. """
    internal_notes: None | str
    """ Internal notes """
    is_draft: bool
    is_paid: bool
    liable_to_vat: bool | None
    """ Indicates whether the document is liable to VAT """
    lines: list[SaleDocumentLine] | None
    metadata: CreditMetadataType0 | None
    number: None | str
    overdue: float
    pdf_url: None | str
    public_link: None | str
    """ Public link """
    region: None | VatRegion
    sent_at: datetime.datetime | None
    shipping_address: AddressFields | None
    shipping_amount: float
    """ Shipping amount """
    shipping_contact: ContactFields | None
    shipping_vat: None | Vat
    subject: None | str
    tax_amount: float
    tax_excluded_amount: float
    tax_included_amount: float
    use_tax_included_prices: bool
    """ Indicates whether invoice prices and amount are tax included """
    vat_mode: None | VatMode
    vat_note: None | str
    """ VAT note to print """
    vat_reverse_charge: bool
    """ VAT reverse charge """
    vats: list[VatSummary] | None
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
        balance = self.balance

        billing_address: dict[str, Any] | None
        if isinstance(self.billing_address, AddressFields):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        billing_contact: dict[str, Any] | None
        if isinstance(self.billing_contact, ContactFields):
            billing_contact = self.billing_contact.to_dict()
        else:
            billing_contact = self.billing_contact

        cancelled_invoicet_id: int | None
        cancelled_invoicet_id = self.cancelled_invoicet_id

        cancelled_invoicet_number: None | str
        cancelled_invoicet_number = self.cancelled_invoicet_number

        commitments: list[dict[str, Any]] | None
        if isinstance(self.commitments, list):
            commitments = []
            for commitments_type_0_item_data in self.commitments:
                commitments_type_0_item = commitments_type_0_item_data.to_dict()
                commitments.append(commitments_type_0_item)

        else:
            commitments = self.commitments

        customer_electronic_address: None | str
        customer_electronic_address = self.customer_electronic_address

        customer_id: int | None
        customer_id = self.customer_id

        customer_name: None | str
        customer_name = self.customer_name

        customer_number: None | str
        customer_number = self.customer_number

        customer_order_reference: None | str
        customer_order_reference = self.customer_order_reference

        customer_siret: None | str
        customer_siret = self.customer_siret

        customer_type: None | str
        if isinstance(self.customer_type, CustomerType):
            customer_type = self.customer_type.value
        else:
            customer_type = self.customer_type

        customer_vat_number: None | str
        customer_vat_number = self.customer_vat_number

        date: None | str
        if isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        footer_notes: None | str
        footer_notes = self.footer_notes

        global_discount: dict[str, Any] | None
        if isinstance(self.global_discount, Discount):
            global_discount = self.global_discount.to_dict()
        else:
            global_discount = self.global_discount

        gross_tax_excluded_amount = self.gross_tax_excluded_amount

        header_notes: None | str
        header_notes = self.header_notes

        id = self.id

        internal_id: None | str
        internal_id = self.internal_id

        internal_notes: None | str
        internal_notes = self.internal_notes

        is_draft = self.is_draft

        is_paid = self.is_paid

        liable_to_vat: bool | None
        liable_to_vat = self.liable_to_vat

        lines: list[dict[str, Any]] | None
        if isinstance(self.lines, list):
            lines = []
            for lines_type_0_item_data in self.lines:
                lines_type_0_item = lines_type_0_item_data.to_dict()
                lines.append(lines_type_0_item)

        else:
            lines = self.lines

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, CreditMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        number: None | str
        number = self.number

        overdue = self.overdue

        pdf_url: None | str
        pdf_url = self.pdf_url

        public_link: None | str
        public_link = self.public_link

        region: None | str
        if isinstance(self.region, VatRegion):
            region = self.region.value
        else:
            region = self.region

        sent_at: None | str
        if isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        shipping_address: dict[str, Any] | None
        if isinstance(self.shipping_address, AddressFields):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        shipping_amount = self.shipping_amount

        shipping_contact: dict[str, Any] | None
        if isinstance(self.shipping_contact, ContactFields):
            shipping_contact = self.shipping_contact.to_dict()
        else:
            shipping_contact = self.shipping_contact

        shipping_vat: dict[str, Any] | None
        if isinstance(self.shipping_vat, Vat):
            shipping_vat = self.shipping_vat.to_dict()
        else:
            shipping_vat = self.shipping_vat

        subject: None | str
        subject = self.subject

        tax_amount = self.tax_amount

        tax_excluded_amount = self.tax_excluded_amount

        tax_included_amount = self.tax_included_amount

        use_tax_included_prices = self.use_tax_included_prices

        vat_mode: None | str
        if isinstance(self.vat_mode, VatMode):
            vat_mode = self.vat_mode.value
        else:
            vat_mode = self.vat_mode

        vat_note: None | str
        vat_note = self.vat_note

        vat_reverse_charge = self.vat_reverse_charge

        vats: list[dict[str, Any]] | None
        if isinstance(self.vats, list):
            vats = []
            for vats_type_0_item_data in self.vats:
                vats_type_0_item = vats_type_0_item_data.to_dict()
                vats.append(vats_type_0_item)

        else:
            vats = self.vats

        vendor_reference: None | str
        vendor_reference = self.vendor_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
                "billingAddress": billing_address,
                "billingContact": billing_contact,
                "cancelledInvoicetId": cancelled_invoicet_id,
                "cancelledInvoicetNumber": cancelled_invoicet_number,
                "commitments": commitments,
                "customerElectronicAddress": customer_electronic_address,
                "customerId": customer_id,
                "customerName": customer_name,
                "customerNumber": customer_number,
                "customerOrderReference": customer_order_reference,
                "customerSiret": customer_siret,
                "customerType": customer_type,
                "customerVatNumber": customer_vat_number,
                "date": date,
                "footerNotes": footer_notes,
                "globalDiscount": global_discount,
                "grossTaxExcludedAmount": gross_tax_excluded_amount,
                "headerNotes": header_notes,
                "id": id,
                "internalId": internal_id,
                "internalNotes": internal_notes,
                "isDraft": is_draft,
                "isPaid": is_paid,
                "liableToVat": liable_to_vat,
                "lines": lines,
                "metadata": metadata,
                "number": number,
                "overdue": overdue,
                "pdfUrl": pdf_url,
                "publicLink": public_link,
                "region": region,
                "sentAt": sent_at,
                "shippingAddress": shipping_address,
                "shippingAmount": shipping_amount,
                "shippingContact": shipping_contact,
                "shippingVat": shipping_vat,
                "subject": subject,
                "taxAmount": tax_amount,
                "taxExcludedAmount": tax_excluded_amount,
                "taxIncludedAmount": tax_included_amount,
                "useTaxIncludedPrices": use_tax_included_prices,
                "vatMode": vat_mode,
                "vatNote": vat_note,
                "vatReverseCharge": vat_reverse_charge,
                "vats": vats,
                "vendorReference": vendor_reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {
            "balance",
            "grossTaxExcludedAmount",
            "id",
            "isDraft",
            "isPaid",
            "overdue",
            "shippingAmount",
            "taxAmount",
            "taxExcludedAmount",
            "taxIncludedAmount",
            "useTaxIncludedPrices",
            "vatReverseCharge",
        }:
            missing = [
                name
                for name in (
                    "balance",
                    "grossTaxExcludedAmount",
                    "id",
                    "isDraft",
                    "isPaid",
                    "overdue",
                    "shippingAmount",
                    "taxAmount",
                    "taxExcludedAmount",
                    "taxIncludedAmount",
                    "useTaxIncludedPrices",
                    "vatReverseCharge",
                )
                if name not in d
            ]
            raise MissingFieldError(cls.__name__, missing)
        balance = d.pop("balance")

        billing_address = d.pop("billingAddress", None)
        if billing_address is not None:
            try:
                if not isinstance(billing_address, dict):
                    raise TypeError()
                billing_address_type_1 = AddressFields.from_dict(billing_address)

                billing_address = billing_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        billing_contact = d.pop("billingContact", None)
        if billing_contact is not None:
            try:
                if not isinstance(billing_contact, dict):
                    raise TypeError()
                billing_contact_type_1 = ContactFields.from_dict(billing_contact)

                billing_contact = billing_contact_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        cancelled_invoicet_id = d.pop("cancelledInvoicetId", None)

        cancelled_invoicet_number = d.pop("cancelledInvoicetNumber", None)

        commitments = d.pop("commitments", None)
        if commitments is not None:
            try:
                if not isinstance(commitments, list):
                    raise TypeError()
                commitments_type_0 = []
                _commitments_type_0 = commitments
                for commitments_type_0_item_data in _commitments_type_0:
                    commitments_type_0_item = Commitment.from_dict(commitments_type_0_item_data)

                    commitments_type_0.append(commitments_type_0_item)

                commitments = commitments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        customer_electronic_address = d.pop("customerElectronicAddress", None)

        customer_id = d.pop("customerId", None)

        customer_name = d.pop("customerName", None)

        customer_number = d.pop("customerNumber", None)

        customer_order_reference = d.pop("customerOrderReference", None)

        customer_siret = d.pop("customerSiret", None)

        customer_type = d.pop("customerType", None)
        if customer_type is not None:
            try:
                if not isinstance(customer_type, str):
                    raise TypeError()
                customer_type_type_1 = (
                    CustomerType._value2member_map_.get(customer_type) if isinstance(customer_type, str) else None
                ) or CustomerType(customer_type)

                customer_type = customer_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        customer_vat_number = d.pop("customerVatNumber", None)

        date = d.pop("date", None)
        if date is not None:
            try:
                if not isinstance(date, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(date)

                date = date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        footer_notes = d.pop("footerNotes", None)

        global_discount = d.pop("globalDiscount", None)
        if global_discount is not None:
            try:
                if not isinstance(global_discount, dict):
                    raise TypeError()
                global_discount_type_1 = Discount.from_dict(global_discount)

                global_discount = global_discount_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        gross_tax_excluded_amount = d.pop("grossTaxExcludedAmount")

        header_notes = d.pop("headerNotes", None)

        id = d.pop("id")

        internal_id = d.pop("internalId", None)

        internal_notes = d.pop("internalNotes", None)

        is_draft = d.pop("isDraft")

        is_paid = d.pop("isPaid")

        liable_to_vat = d.pop("liableToVat", None)

        lines = d.pop("lines", None)
        if lines is not None:
            try:
                if not isinstance(lines, list):
                    raise TypeError()
                lines_type_0 = []
                _lines_type_0 = lines
                for lines_type_0_item_data in _lines_type_0:
                    lines_type_0_item = SaleDocumentLine.from_dict(lines_type_0_item_data)

                    lines_type_0.append(lines_type_0_item)

                lines = lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        metadata = d.pop("metadata", None)
        if metadata is not None:
            try:
                if not isinstance(metadata, dict):
                    raise TypeError()
                metadata_type_0 = CreditMetadataType0.from_dict(metadata)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        number = d.pop("number", None)

        overdue = d.pop("overdue")

        pdf_url = d.pop("pdfUrl", None)

        public_link = d.pop("publicLink", None)

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

        sent_at = d.pop("sentAt", None)
        if sent_at is not None:
            try:
                if not isinstance(sent_at, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(sent_at)

                sent_at = sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        shipping_address = d.pop("shippingAddress", None)
        if shipping_address is not None:
            try:
                if not isinstance(shipping_address, dict):
                    raise TypeError()
                shipping_address_type_1 = AddressFields.from_dict(shipping_address)

                shipping_address = shipping_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        shipping_amount = d.pop("shippingAmount")

        shipping_contact = d.pop("shippingContact", None)
        if shipping_contact is not None:
            try:
                if not isinstance(shipping_contact, dict):
                    raise TypeError()
                shipping_contact_type_1 = ContactFields.from_dict(shipping_contact)

                shipping_contact = shipping_contact_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        shipping_vat = d.pop("shippingVat", None)
        if shipping_vat is not None:
            try:
                if not isinstance(shipping_vat, dict):
                    raise TypeError()
                shipping_vat_type_1 = Vat.from_dict(shipping_vat)

                shipping_vat = shipping_vat_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        subject = d.pop("subject", None)

        tax_amount = d.pop("taxAmount")

        tax_excluded_amount = d.pop("taxExcludedAmount")

        tax_included_amount = d.pop("taxIncludedAmount")

        use_tax_included_prices = d.pop("useTaxIncludedPrices")

        vat_mode = d.pop("vatMode", None)
        if vat_mode is not None:
            try:
                if not isinstance(vat_mode, str):
                    raise TypeError()
                vat_mode_type_1 = (
                    VatMode._value2member_map_.get(vat_mode) if isinstance(vat_mode, str) else None
                ) or VatMode(vat_mode)

                vat_mode = vat_mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        vat_note = d.pop("vatNote", None)

        vat_reverse_charge = d.pop("vatReverseCharge")

        vats = d.pop("vats", None)
        if vats is not None:
            try:
                if not isinstance(vats, list):
                    raise TypeError()
                vats_type_0 = []
                _vats_type_0 = vats
                for vats_type_0_item_data in _vats_type_0:
                    vats_type_0_item = VatSummary.from_dict(vats_type_0_item_data)

                    vats_type_0.append(vats_type_0_item)

                vats = vats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        vendor_reference = d.pop("vendorReference", None)

        credit = cls(
            balance,
            billing_address,
            billing_contact,
            cancelled_invoicet_id,
            cancelled_invoicet_number,
            commitments,
            customer_electronic_address,
            customer_id,
            customer_name,
            customer_number,
            customer_order_reference,
            customer_siret,
            customer_type,
            customer_vat_number,
            date,
            footer_notes,
            global_discount,
            gross_tax_excluded_amount,
            header_notes,
            id,
            internal_id,
            internal_notes,
            is_draft,
            is_paid,
            liable_to_vat,
            lines,
            metadata,
            number,
            overdue,
            pdf_url,
            public_link,
            region,
            sent_at,
            shipping_address,
            shipping_amount,
            shipping_contact,
            shipping_vat,
            subject,
            tax_amount,
            tax_excluded_amount,
            tax_included_amount,
            use_tax_included_prices,
            vat_mode,
            vat_note,
            vat_reverse_charge,
            vats,
            vendor_reference,
        )

        if d:
            credit.additional_properties = d
        return credit

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
from ..models.address_fields import AddressFields  # noqa: E402
from ..models.commitment import Commitment  # noqa: E402
from ..models.contact_fields import ContactFields  # noqa: E402
from ..models.credit_metadata_type_0 import CreditMetadataType0  # noqa: E402
from ..models.discount import Discount  # noqa: E402
from ..models.sale_document_line import SaleDocumentLine  # noqa: E402
from ..models.vat import Vat  # noqa: E402
from ..models.vat_summary import VatSummary  # noqa: E402
