from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.customer_type import CustomerType
from ..models.vat_mode import VatMode
from ..models.vat_region import VatRegion
from ..types import Unset

if TYPE_CHECKING:
    from ..models.address_fields import AddressFields
    from ..models.commitment import Commitment
    from ..models.contact_fields import ContactFields
    from ..models.credit_metadata_type_0 import CreditMetadataType0
    from ..models.discount import Discount
    from ..models.sale_document_line import SaleDocumentLine
    from ..models.vat import Vat
    from ..models.vat_summary import VatSummary


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
        from ..models.address_fields import AddressFields  # noqa: PLC0415
        from ..models.contact_fields import ContactFields  # noqa: PLC0415
        from ..models.credit_metadata_type_0 import CreditMetadataType0  # noqa: PLC0415
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.vat import Vat  # noqa: PLC0415

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
        from ..models.address_fields import AddressFields  # noqa: PLC0415
        from ..models.commitment import Commitment  # noqa: PLC0415
        from ..models.contact_fields import ContactFields  # noqa: PLC0415
        from ..models.credit_metadata_type_0 import CreditMetadataType0  # noqa: PLC0415
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.sale_document_line import SaleDocumentLine  # noqa: PLC0415
        from ..models.vat import Vat  # noqa: PLC0415
        from ..models.vat_summary import VatSummary  # noqa: PLC0415

        d = dict(src_dict)
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
        if missing:
            raise MissingFieldError(cls.__name__, missing)
        balance = d.pop("balance")

        def _parse_billing_address(data: object) -> AddressFields | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_address_type_1 = AddressFields.from_dict(data)

                return billing_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressFields | None, data)

        billing_address = _parse_billing_address(d.pop("billingAddress", None))

        def _parse_billing_contact(data: object) -> ContactFields | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_contact_type_1 = ContactFields.from_dict(data)

                return billing_contact_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactFields | None, data)

        billing_contact = _parse_billing_contact(d.pop("billingContact", None))

        def _parse_cancelled_invoicet_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cancelled_invoicet_id = _parse_cancelled_invoicet_id(d.pop("cancelledInvoicetId", None))

        def _parse_cancelled_invoicet_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cancelled_invoicet_number = _parse_cancelled_invoicet_number(d.pop("cancelledInvoicetNumber", None))

        def _parse_commitments(data: object) -> list[Commitment] | None:
            if data is None:
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
            return cast(list[Commitment] | None, data)

        commitments = _parse_commitments(d.pop("commitments", None))

        def _parse_customer_electronic_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_electronic_address = _parse_customer_electronic_address(d.pop("customerElectronicAddress", None))

        def _parse_customer_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        customer_id = _parse_customer_id(d.pop("customerId", None))

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

        def _parse_customer_order_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_order_reference = _parse_customer_order_reference(d.pop("customerOrderReference", None))

        def _parse_customer_siret(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_siret = _parse_customer_siret(d.pop("customerSiret", None))

        def _parse_customer_type(data: object) -> CustomerType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_type_type_1 = CustomerType(data)

                return customer_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerType | None, data)

        customer_type = _parse_customer_type(d.pop("customerType", None))

        def _parse_customer_vat_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_vat_number = _parse_customer_vat_number(d.pop("customerVatNumber", None))

        def _parse_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date = _parse_date(d.pop("date", None))

        def _parse_footer_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        footer_notes = _parse_footer_notes(d.pop("footerNotes", None))

        def _parse_global_discount(data: object) -> Discount | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                global_discount_type_1 = Discount.from_dict(data)

                return global_discount_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Discount | None, data)

        global_discount = _parse_global_discount(d.pop("globalDiscount", None))

        gross_tax_excluded_amount = d.pop("grossTaxExcludedAmount")

        def _parse_header_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        header_notes = _parse_header_notes(d.pop("headerNotes", None))

        id = d.pop("id")

        def _parse_internal_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        internal_id = _parse_internal_id(d.pop("internalId", None))

        def _parse_internal_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        internal_notes = _parse_internal_notes(d.pop("internalNotes", None))

        is_draft = d.pop("isDraft")

        is_paid = d.pop("isPaid")

        def _parse_liable_to_vat(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        liable_to_vat = _parse_liable_to_vat(d.pop("liableToVat", None))

        def _parse_lines(data: object) -> list[SaleDocumentLine] | None:
            if data is None:
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
            return cast(list[SaleDocumentLine] | None, data)

        lines = _parse_lines(d.pop("lines", None))

        def _parse_metadata(data: object) -> CreditMetadataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CreditMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditMetadataType0 | None, data)

        metadata = _parse_metadata(d.pop("metadata", None))

        def _parse_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        number = _parse_number(d.pop("number", None))

        overdue = d.pop("overdue")

        def _parse_pdf_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pdf_url = _parse_pdf_url(d.pop("pdfUrl", None))

        def _parse_public_link(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        public_link = _parse_public_link(d.pop("publicLink", None))

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

        def _parse_sent_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        sent_at = _parse_sent_at(d.pop("sentAt", None))

        def _parse_shipping_address(data: object) -> AddressFields | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_address_type_1 = AddressFields.from_dict(data)

                return shipping_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressFields | None, data)

        shipping_address = _parse_shipping_address(d.pop("shippingAddress", None))

        shipping_amount = d.pop("shippingAmount")

        def _parse_shipping_contact(data: object) -> ContactFields | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_contact_type_1 = ContactFields.from_dict(data)

                return shipping_contact_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactFields | None, data)

        shipping_contact = _parse_shipping_contact(d.pop("shippingContact", None))

        def _parse_shipping_vat(data: object) -> None | Vat:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_vat_type_1 = Vat.from_dict(data)

                return shipping_vat_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Vat, data)

        shipping_vat = _parse_shipping_vat(d.pop("shippingVat", None))

        def _parse_subject(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject = _parse_subject(d.pop("subject", None))

        tax_amount = d.pop("taxAmount")

        tax_excluded_amount = d.pop("taxExcludedAmount")

        tax_included_amount = d.pop("taxIncludedAmount")

        use_tax_included_prices = d.pop("useTaxIncludedPrices")

        def _parse_vat_mode(data: object) -> None | VatMode:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vat_mode_type_1 = VatMode(data)

                return vat_mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | VatMode, data)

        vat_mode = _parse_vat_mode(d.pop("vatMode", None))

        def _parse_vat_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        vat_note = _parse_vat_note(d.pop("vatNote", None))

        vat_reverse_charge = d.pop("vatReverseCharge")

        def _parse_vats(data: object) -> list[VatSummary] | None:
            if data is None:
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
            return cast(list[VatSummary] | None, data)

        vats = _parse_vats(d.pop("vats", None))

        def _parse_vendor_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        vendor_reference = _parse_vendor_reference(d.pop("vendorReference", None))

        credit = cls(
            balance=balance,
            billing_address=billing_address,
            billing_contact=billing_contact,
            cancelled_invoicet_id=cancelled_invoicet_id,
            cancelled_invoicet_number=cancelled_invoicet_number,
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
            is_draft=is_draft,
            is_paid=is_paid,
            liable_to_vat=liable_to_vat,
            lines=lines,
            metadata=metadata,
            number=number,
            overdue=overdue,
            pdf_url=pdf_url,
            public_link=public_link,
            region=region,
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
