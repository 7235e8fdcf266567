from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_type import CustomerType
from ..models.vat_mode import VatMode
from ..models.vat_region import VatRegion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_fields import AddressFields
    from ..models.commitment import Commitment
    from ..models.contact_fields import ContactFields
    from ..models.discount import Discount
    from ..models.invoice_metadata_type_0 import InvoiceMetadataType0
    from ..models.sale_document_line import SaleDocumentLine
    from ..models.vat import Vat
    from ..models.vat_summary import VatSummary


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    balance: float | Unset = UNSET
    billing_address: AddressFields | None | Unset = UNSET
    billing_contact: ContactFields | None | Unset = UNSET
    cancellation_credit_id: int | None | Unset = UNSET
    cancellation_credit_number: None | str | Unset = UNSET
    commitments: list[Commitment] | None | Unset = UNSET
    customer_electronic_address: None | str | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    """ Customer ID """
    customer_name: None | str | Unset = UNSET
    """ Customer name """
    customer_number: None | str | Unset = UNSET
    """ Customer number """
    customer_order_reference: None | str | Unset = UNSET
    """ Customer order reference """
    customer_siret: None | str | Unset = UNSET
    customer_type: CustomerType | None | Unset = UNSET
    customer_vat_number: None | str | Unset = UNSET
    """ Customer VAT number """
    date: datetime.date | None | Unset = UNSET
    """ Paid date """
    footer_notes: None | str | Unset = UNSET
    """ Footer notes to be print """
    global_discount: Discount | None | Unset = UNSET
    gross_tax_excluded_amount: float | Unset = UNSET
    header_notes: None | str | Unset = UNSET
    """ Header notes to be print """
    id: int | Unset = UNSET
    """ Customer id """
    internal_id: None | str | Unset = UNSET
    """ ID used in your system: unique per entity type, the handle for safe retries. """
    internal_notes: None | str | Unset = UNSET
    """ Internal notes """
    is_cancelled: bool | Unset = UNSET
    is_draft: bool | Unset = UNSET
    is_paid: bool | Unset = UNSET
    is_proforma: bool | Unset = UNSET
    liable_to_vat: bool | None | Unset = UNSET
    """ Indicates whether the document is liable to VAT """
    lines: list[SaleDocumentLine] | None | Unset = UNSET
    metadata: InvoiceMetadataType0 | None | Unset = UNSET
    number: None | str | Unset = UNSET
    overdue: float | Unset = UNSET
    pdf_url: None | str | Unset = UNSET
    public_link: None | str | Unset = UNSET
    """ Public link """
    region: None | Unset | VatRegion = UNSET
    replaced_by: int | None | Unset = UNSET
    sent_at: datetime.datetime | None | Unset = UNSET
    shipping_address: AddressFields | None | Unset = UNSET
    shipping_amount: float | Unset = UNSET
    """ Shipping amount """
    shipping_contact: ContactFields | None | Unset = UNSET
    shipping_vat: None | Unset | Vat = UNSET
    subject: None | str | Unset = UNSET
    tax_amount: float | Unset = UNSET
    tax_excluded_amount: float | Unset = UNSET
    tax_included_amount: float | Unset = UNSET
    use_tax_included_prices: bool | Unset = UNSET
    """ Indicates whether invoice prices and amount are tax included """
    vat_mode: None | Unset | VatMode = UNSET
    vat_note: None | str | Unset = UNSET
    """ VAT note to print """
    vat_reverse_charge: bool | Unset = UNSET
    """ VAT reverse charge """
    vats: list[VatSummary] | None | Unset = UNSET
    vendor_reference: None | str | Unset = UNSET
    """ Vendor reference to be print """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address_fields import AddressFields  # noqa: PLC0415
        from ..models.contact_fields import ContactFields  # noqa: PLC0415
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.invoice_metadata_type_0 import InvoiceMetadataType0  # noqa: PLC0415
        from ..models.vat import Vat  # noqa: PLC0415

        balance = self.balance

        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, AddressFields):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        billing_contact: dict[str, Any] | None | Unset
        if isinstance(self.billing_contact, Unset):
            billing_contact = UNSET
        elif isinstance(self.billing_contact, ContactFields):
            billing_contact = self.billing_contact.to_dict()
        else:
            billing_contact = self.billing_contact

        cancellation_credit_id: int | None | Unset
        if isinstance(self.cancellation_credit_id, Unset):
            cancellation_credit_id = UNSET
        else:
            cancellation_credit_id = self.cancellation_credit_id

        cancellation_credit_number: None | str | Unset
        if isinstance(self.cancellation_credit_number, Unset):
            cancellation_credit_number = UNSET
        else:
            cancellation_credit_number = self.cancellation_credit_number

        commitments: list[dict[str, Any]] | None | Unset
        if isinstance(self.commitments, Unset):
            commitments = UNSET
        elif isinstance(self.commitments, list):
            commitments = []
            for commitments_type_0_item_data in self.commitments:
                commitments_type_0_item = commitments_type_0_item_data.to_dict()
                commitments.append(commitments_type_0_item)

        else:
            commitments = self.commitments

        customer_electronic_address: None | str | Unset
        if isinstance(self.customer_electronic_address, Unset):
            customer_electronic_address = UNSET
        else:
            customer_electronic_address = self.customer_electronic_address

        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_name: None | str | Unset
        if isinstance(self.customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = self.customer_name

        customer_number: None | str | Unset
        if isinstance(self.customer_number, Unset):
            customer_number = UNSET
        else:
            customer_number = self.customer_number

        customer_order_reference: None | str | Unset
        if isinstance(self.customer_order_reference, Unset):
            customer_order_reference = UNSET
        else:
            customer_order_reference = self.customer_order_reference

        customer_siret: None | str | Unset
        if isinstance(self.customer_siret, Unset):
            customer_siret = UNSET
        else:
            customer_siret = self.customer_siret

        customer_type: None | str | Unset
        if isinstance(self.customer_type, Unset):
            customer_type = UNSET
        elif isinstance(self.customer_type, CustomerType):
            customer_type = self.customer_type.value
        else:
            customer_type = self.customer_type

        customer_vat_number: None | str | Unset
        if isinstance(self.customer_vat_number, Unset):
            customer_vat_number = UNSET
        else:
            customer_vat_number = self.customer_vat_number

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        footer_notes: None | str | Unset
        if isinstance(self.footer_notes, Unset):
            footer_notes = UNSET
        else:
            footer_notes = self.footer_notes

        global_discount: dict[str, Any] | None | Unset
        if isinstance(self.global_discount, Unset):
            global_discount = UNSET
        elif isinstance(self.global_discount, Discount):
            global_discount = self.global_discount.to_dict()
        else:
            global_discount = self.global_discount

        gross_tax_excluded_amount = self.gross_tax_excluded_amount

        header_notes: None | str | Unset
        if isinstance(self.header_notes, Unset):
            header_notes = UNSET
        else:
            header_notes = self.header_notes

        id = self.id

        internal_id: None | str | Unset
        if isinstance(self.internal_id, Unset):
            internal_id = UNSET
        else:
            internal_id = self.internal_id

        internal_notes: None | str | Unset
        if isinstance(self.internal_notes, Unset):
            internal_notes = UNSET
        else:
            internal_notes = self.internal_notes

        is_cancelled = self.is_cancelled

        is_draft = self.is_draft

        is_paid = self.is_paid

        is_proforma = self.is_proforma

        liable_to_vat: bool | None | Unset
        if isinstance(self.liable_to_vat, Unset):
            liable_to_vat = UNSET
        else:
            liable_to_vat = self.liable_to_vat

        lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.lines, Unset):
            lines = UNSET
        elif isinstance(self.lines, list):
            lines = []
            for lines_type_0_item_data in self.lines:
                lines_type_0_item = lines_type_0_item_data.to_dict()
                lines.append(lines_type_0_item)

        else:
            lines = self.lines

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, InvoiceMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        overdue = self.overdue

        pdf_url: None | str | Unset
        if isinstance(self.pdf_url, Unset):
            pdf_url = UNSET
        else:
            pdf_url = self.pdf_url

        public_link: None | str | Unset
        if isinstance(self.public_link, Unset):
            public_link = UNSET
        else:
            public_link = self.public_link

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        elif isinstance(self.region, VatRegion):
            region = self.region.value
        else:
            region = self.region

        replaced_by: int | None | Unset
        if isinstance(self.replaced_by, Unset):
            replaced_by = UNSET
        else:
            replaced_by = self.replaced_by

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        shipping_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        elif isinstance(self.shipping_address, AddressFields):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        shipping_amount = self.shipping_amount

        shipping_contact: dict[str, Any] | None | Unset
        if isinstance(self.shipping_contact, Unset):
            shipping_contact = UNSET
        elif isinstance(self.shipping_contact, ContactFields):
            shipping_contact = self.shipping_contact.to_dict()
        else:
            shipping_contact = self.shipping_contact

        shipping_vat: dict[str, Any] | None | Unset
        if isinstance(self.shipping_vat, Unset):
            shipping_vat = UNSET
        elif isinstance(self.shipping_vat, Vat):
            shipping_vat = self.shipping_vat.to_dict()
        else:
            shipping_vat = self.shipping_vat

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        tax_amount = self.tax_amount

        tax_excluded_amount = self.tax_excluded_amount

        tax_included_amount = self.tax_included_amount

        use_tax_included_prices = self.use_tax_included_prices

        vat_mode: None | str | Unset
        if isinstance(self.vat_mode, Unset):
            vat_mode = UNSET
        elif isinstance(self.vat_mode, VatMode):
            vat_mode = self.vat_mode.value
        else:
            vat_mode = self.vat_mode

        vat_note: None | str | Unset
        if isinstance(self.vat_note, Unset):
            vat_note = UNSET
        else:
            vat_note = self.vat_note

        vat_reverse_charge = self.vat_reverse_charge

        vats: list[dict[str, Any]] | None | Unset
        if isinstance(self.vats, Unset):
            vats = UNSET
        elif isinstance(self.vats, list):
            vats = []
            for vats_type_0_item_data in self.vats:
                vats_type_0_item = vats_type_0_item_data.to_dict()
                vats.append(vats_type_0_item)

        else:
            vats = self.vats

        vendor_reference: None | str | Unset
        if isinstance(self.vendor_reference, Unset):
            vendor_reference = UNSET
        else:
            vendor_reference = self.vendor_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance is not UNSET:
            field_dict["balance"] = balance
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if billing_contact is not UNSET:
            field_dict["billingContact"] = billing_contact
        if cancellation_credit_id is not UNSET:
            field_dict["cancellationCreditId"] = cancellation_credit_id
        if cancellation_credit_number is not UNSET:
            field_dict["cancellationCreditNumber"] = cancellation_credit_number
        if commitments is not UNSET:
            field_dict["commitments"] = commitments
        if customer_electronic_address is not UNSET:
            field_dict["customerElectronicAddress"] = customer_electronic_address
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name
        if customer_number is not UNSET:
            field_dict["customerNumber"] = customer_number
        if customer_order_reference is not UNSET:
            field_dict["customerOrderReference"] = customer_order_reference
        if customer_siret is not UNSET:
            field_dict["customerSiret"] = customer_siret
        if customer_type is not UNSET:
            field_dict["customerType"] = customer_type
        if customer_vat_number is not UNSET:
            field_dict["customerVatNumber"] = customer_vat_number
        if date is not UNSET:
            field_dict["date"] = date
        if footer_notes is not UNSET:
            field_dict["footerNotes"] = footer_notes
        if global_discount is not UNSET:
            field_dict["globalDiscount"] = global_discount
        if gross_tax_excluded_amount is not UNSET:
            field_dict["grossTaxExcludedAmount"] = gross_tax_excluded_amount
        if header_notes is not UNSET:
            field_dict["headerNotes"] = header_notes
        if id is not UNSET:
            field_dict["id"] = id
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if internal_notes is not UNSET:
            field_dict["internalNotes"] = internal_notes
        if is_cancelled is not UNSET:
            field_dict["isCancelled"] = is_cancelled
        if is_draft is not UNSET:
            field_dict["isDraft"] = is_draft
        if is_paid is not UNSET:
            field_dict["isPaid"] = is_paid
        if is_proforma is not UNSET:
            field_dict["isProforma"] = is_proforma
        if liable_to_vat is not UNSET:
            field_dict["liableToVat"] = liable_to_vat
        if lines is not UNSET:
            field_dict["lines"] = lines
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if number is not UNSET:
            field_dict["number"] = number
        if overdue is not UNSET:
            field_dict["overdue"] = overdue
        if pdf_url is not UNSET:
            field_dict["pdfUrl"] = pdf_url
        if public_link is not UNSET:
            field_dict["publicLink"] = public_link
        if region is not UNSET:
            field_dict["region"] = region
        if replaced_by is not UNSET:
            field_dict["replacedBy"] = replaced_by
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address
        if shipping_amount is not UNSET:
            field_dict["shippingAmount"] = shipping_amount
        if shipping_contact is not UNSET:
            field_dict["shippingContact"] = shipping_contact
        if shipping_vat is not UNSET:
            field_dict["shippingVat"] = shipping_vat
        if subject is not UNSET:
            field_dict["subject"] = subject
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if tax_excluded_amount is not UNSET:
            field_dict["taxExcludedAmount"] = tax_excluded_amount
        if tax_included_amount is not UNSET:
            field_dict["taxIncludedAmount"] = tax_included_amount
        if use_tax_included_prices is not UNSET:
            field_dict["useTaxIncludedPrices"] = use_tax_included_prices
        if vat_mode is not UNSET:
            field_dict["vatMode"] = vat_mode
        if vat_note is not UNSET:
            field_dict["vatNote"] = vat_note
        if vat_reverse_charge is not UNSET:
            field_dict["vatReverseCharge"] = vat_reverse_charge
        if vats is not UNSET:
            field_dict["vats"] = vats
        if vendor_reference is not UNSET:
            field_dict["vendorReference"] = vendor_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_fields import AddressFields  # noqa: PLC0415
        from ..models.commitment import Commitment  # noqa: PLC0415
        from ..models.contact_fields import ContactFields  # noqa: PLC0415
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.invoice_metadata_type_0 import InvoiceMetadataType0  # noqa: PLC0415
        from ..models.sale_document_line import SaleDocumentLine  # noqa: PLC0415
        from ..models.vat import Vat  # noqa: PLC0415
        from ..models.vat_summary import VatSummary  # noqa: PLC0415

        d = dict(src_dict)
        balance = d.pop("balance", UNSET)

        def _parse_billing_address(data: object) -> AddressFields | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_address_type_1 = AddressFields.from_dict(data)

                return billing_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressFields | None | Unset, data)

        billing_address = _parse_billing_address(d.pop("billingAddress", UNSET))

        def _parse_billing_contact(data: object) -> ContactFields | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_contact_type_1 = ContactFields.from_dict(data)

                return billing_contact_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactFields | None | Unset, data)

        billing_contact = _parse_billing_contact(d.pop("billingContact", UNSET))

        def _parse_cancellation_credit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cancellation_credit_id = _parse_cancellation_credit_id(d.pop("cancellationCreditId", UNSET))

        def _parse_cancellation_credit_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancellation_credit_number = _parse_cancellation_credit_number(d.pop("cancellationCreditNumber", UNSET))

        def _parse_commitments(data: object) -> list[Commitment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                commitments_type_0 = []
                _commitments_type_0 = data
                for commitments_type_0_item_data in _commitments_type_0:
                    commitments_type_0_item = Commitment.from_dict(commitments_type_0_item_data)

                    commitments_type_0.append(commitments_type_0_item)

                return commitments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Commitment] | None | Unset, data)

        commitments = _parse_commitments(d.pop("commitments", UNSET))

        def _parse_customer_electronic_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_electronic_address = _parse_customer_electronic_address(d.pop("customerElectronicAddress", UNSET))

        def _parse_customer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        customer_id = _parse_customer_id(d.pop("customerId", UNSET))

        def _parse_customer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_name = _parse_customer_name(d.pop("customerName", UNSET))

        def _parse_customer_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_number = _parse_customer_number(d.pop("customerNumber", UNSET))

        def _parse_customer_order_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_order_reference = _parse_customer_order_reference(d.pop("customerOrderReference", UNSET))

        def _parse_customer_siret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_siret = _parse_customer_siret(d.pop("customerSiret", UNSET))

        def _parse_customer_type(data: object) -> CustomerType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_type_type_1 = CustomerType(data)

                return customer_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerType | None | Unset, data)

        customer_type = _parse_customer_type(d.pop("customerType", UNSET))

        def _parse_customer_vat_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_vat_number = _parse_customer_vat_number(d.pop("customerVatNumber", UNSET))

        def _parse_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_footer_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        footer_notes = _parse_footer_notes(d.pop("footerNotes", UNSET))

        def _parse_global_discount(data: object) -> Discount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                global_discount_type_1 = Discount.from_dict(data)

                return global_discount_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Discount | None | Unset, data)

        global_discount = _parse_global_discount(d.pop("globalDiscount", UNSET))

        gross_tax_excluded_amount = d.pop("grossTaxExcludedAmount", UNSET)

        def _parse_header_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        header_notes = _parse_header_notes(d.pop("headerNotes", UNSET))

        id = d.pop("id", UNSET)

        def _parse_internal_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        internal_id = _parse_internal_id(d.pop("internalId", UNSET))

        def _parse_internal_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        internal_notes = _parse_internal_notes(d.pop("internalNotes", UNSET))

        is_cancelled = d.pop("isCancelled", UNSET)

        is_draft = d.pop("isDraft", UNSET)

        is_paid = d.pop("isPaid", UNSET)

        is_proforma = d.pop("isProforma", UNSET)

        def _parse_liable_to_vat(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        liable_to_vat = _parse_liable_to_vat(d.pop("liableToVat", UNSET))

        def _parse_lines(data: object) -> list[SaleDocumentLine] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lines_type_0 = []
                _lines_type_0 = data
                for lines_type_0_item_data in _lines_type_0:
                    lines_type_0_item = SaleDocumentLine.from_dict(lines_type_0_item_data)

                    lines_type_0.append(lines_type_0_item)

                return lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SaleDocumentLine] | None | Unset, data)

        lines = _parse_lines(d.pop("lines", UNSET))

        def _parse_metadata(data: object) -> InvoiceMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = InvoiceMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        overdue = d.pop("overdue", UNSET)

        def _parse_pdf_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pdf_url = _parse_pdf_url(d.pop("pdfUrl", UNSET))

        def _parse_public_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_link = _parse_public_link(d.pop("publicLink", UNSET))

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

        def _parse_replaced_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        replaced_by = _parse_replaced_by(d.pop("replacedBy", UNSET))

        def _parse_sent_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        sent_at = _parse_sent_at(d.pop("sentAt", UNSET))

        def _parse_shipping_address(data: object) -> AddressFields | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_address_type_1 = AddressFields.from_dict(data)

                return shipping_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressFields | None | Unset, data)

        shipping_address = _parse_shipping_address(d.pop("shippingAddress", UNSET))

        shipping_amount = d.pop("shippingAmount", UNSET)

        def _parse_shipping_contact(data: object) -> ContactFields | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_contact_type_1 = ContactFields.from_dict(data)

                return shipping_contact_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactFields | None | Unset, data)

        shipping_contact = _parse_shipping_contact(d.pop("shippingContact", UNSET))

        def _parse_shipping_vat(data: object) -> None | Unset | Vat:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_vat_type_1 = Vat.from_dict(data)

                return shipping_vat_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Vat, data)

        shipping_vat = _parse_shipping_vat(d.pop("shippingVat", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        tax_amount = d.pop("taxAmount", UNSET)

        tax_excluded_amount = d.pop("taxExcludedAmount", UNSET)

        tax_included_amount = d.pop("taxIncludedAmount", UNSET)

        use_tax_included_prices = d.pop("useTaxIncludedPrices", UNSET)

        def _parse_vat_mode(data: object) -> None | Unset | VatMode:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vat_mode_type_1 = VatMode(data)

                return vat_mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VatMode, data)

        vat_mode = _parse_vat_mode(d.pop("vatMode", UNSET))

        def _parse_vat_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vat_note = _parse_vat_note(d.pop("vatNote", UNSET))

        vat_reverse_charge = d.pop("vatReverseCharge", UNSET)

        def _parse_vats(data: object) -> list[VatSummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                vats_type_0 = []
                _vats_type_0 = data
                for vats_type_0_item_data in _vats_type_0:
                    vats_type_0_item = VatSummary.from_dict(vats_type_0_item_data)

                    vats_type_0.append(vats_type_0_item)

                return vats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VatSummary] | None | Unset, data)

        vats = _parse_vats(d.pop("vats", UNSET))

        def _parse_vendor_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vendor_reference = _parse_vendor_reference(d.pop("vendorReference", UNSET))

        invoice = cls(
            balance=balance,
            billing_address=billing_address,
            billing_contact=billing_contact,
            cancellation_credit_id=cancellation_credit_id,
            cancellation_credit_number=cancellation_credit_number,
            commitments=commitments,
            customer_electronic_address=customer_electronic_address,
            customer_id=customer_id,
            customer_name=customer_name,
            customer_number=customer_number,
            customer_order_reference=customer_order_reference,
            customer_siret=customer_siret,
            customer_type=customer_type,
            customer_vat_number=customer_vat_number,
            date=date,
            footer_notes=footer_notes,
            global_discount=global_discount,
            gross_tax_excluded_amount=gross_tax_excluded_amount,
            header_notes=header_notes,
            id=id,
            internal_id=internal_id,
            internal_notes=internal_notes,
            is_cancelled=is_cancelled,
            is_draft=is_draft,
            is_paid=is_paid,
            is_proforma=is_proforma,
            liable_to_vat=liable_to_vat,
            lines=lines,
            metadata=metadata,
            number=number,
            overdue=overdue,
            pdf_url=pdf_url,
            public_link=public_link,
            region=region,
            replaced_by=replaced_by,
            sent_at=sent_at,
            shipping_address=shipping_address,
            shipping_amount=shipping_amount,
            shipping_contact=shipping_contact,
            shipping_vat=shipping_vat,
            subject=subject,
            tax_amount=tax_amount,
            tax_excluded_amount=tax_excluded_amount,
            tax_included_amount=tax_included_amount,
            use_tax_included_prices=use_tax_included_prices,
            vat_mode=vat_mode,
            vat_note=vat_note,
            vat_reverse_charge=vat_reverse_charge,
            vats=vats,
            vendor_reference=vendor_reference,
        )

        invoice.additional_properties = d
        return invoice

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
