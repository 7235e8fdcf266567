from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..models.customer_type import CustomerType
from ..models.vat_mode import VatMode
from ..models.vat_region import VatRegion
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditInput")


@_attrs_define
class CreditInput:
    billing_address: AddressFieldsInput | None | Unset = UNSET
    billing_contact: ContactFieldsInput | None | Unset = UNSET
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
    global_discount: DiscountInput | None | Unset = UNSET
    header_notes: None | str | Unset = UNSET
    """ Header notes to be print """
    internal_id: None | str | Unset = UNSET
    """ ID used in your system: unique per entity type, the handle for safe retries. """
    internal_notes: None | str | Unset = UNSET
    """ Internal notes """
    liable_to_vat: bool | None | Unset = UNSET
    """ Indicates whether the document is liable to VAT """
    lines: list[SaleDocumentLineInput] | None | Unset = UNSET
    metadata: CreditInputMetadataType0 | None | Unset = UNSET
    number: None | str | Unset = UNSET
    public_link: None | str | Unset = UNSET
    """ Public link """
    region: None | Unset | VatRegion = UNSET
    shipping_address: AddressFieldsInput | None | Unset = UNSET
    shipping_amount: float | Unset = UNSET
    """ Shipping amount """
    shipping_contact: ContactFieldsInput | None | Unset = UNSET
    shipping_vat: None | Unset | VatInput = UNSET
    subject: None | str | Unset = UNSET
    use_tax_included_prices: bool | Unset = UNSET
    """ Indicates whether invoice prices and amount are tax included """
    vat_mode: None | Unset | VatMode = UNSET
    vat_note: None | str | Unset = UNSET
    """ VAT note to print """
    vat_reverse_charge: bool | Unset = UNSET
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
        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, AddressFieldsInput):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        billing_contact: dict[str, Any] | None | Unset
        if isinstance(self.billing_contact, Unset):
            billing_contact = UNSET
        elif isinstance(self.billing_contact, ContactFieldsInput):
            billing_contact = self.billing_contact.to_dict()
        else:
            billing_contact = self.billing_contact

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
        elif isinstance(self.global_discount, DiscountInput):
            global_discount = self.global_discount.to_dict()
        else:
            global_discount = self.global_discount

        header_notes: None | str | Unset
        if isinstance(self.header_notes, Unset):
            header_notes = UNSET
        else:
            header_notes = self.header_notes

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
        elif isinstance(self.metadata, CreditInputMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

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

        shipping_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        elif isinstance(self.shipping_address, AddressFieldsInput):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        shipping_amount = self.shipping_amount

        shipping_contact: dict[str, Any] | None | Unset
        if isinstance(self.shipping_contact, Unset):
            shipping_contact = UNSET
        elif isinstance(self.shipping_contact, ContactFieldsInput):
            shipping_contact = self.shipping_contact.to_dict()
        else:
            shipping_contact = self.shipping_contact

        shipping_vat: dict[str, Any] | None | Unset
        if isinstance(self.shipping_vat, Unset):
            shipping_vat = UNSET
        elif isinstance(self.shipping_vat, VatInput):
            shipping_vat = self.shipping_vat.to_dict()
        else:
            shipping_vat = self.shipping_vat

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

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

        vendor_reference: None | str | Unset
        if isinstance(self.vendor_reference, Unset):
            vendor_reference = UNSET
        else:
            vendor_reference = self.vendor_reference

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if billing_contact is not UNSET:
            field_dict["billingContact"] = billing_contact
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
        if header_notes is not UNSET:
            field_dict["headerNotes"] = header_notes
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if internal_notes is not UNSET:
            field_dict["internalNotes"] = internal_notes
        if liable_to_vat is not UNSET:
            field_dict["liableToVat"] = liable_to_vat
        if lines is not UNSET:
            field_dict["lines"] = lines
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if number is not UNSET:
            field_dict["number"] = number
        if public_link is not UNSET:
            field_dict["publicLink"] = public_link
        if region is not UNSET:
            field_dict["region"] = region
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
        if use_tax_included_prices is not UNSET:
            field_dict["useTaxIncludedPrices"] = use_tax_included_prices
        if vat_mode is not UNSET:
            field_dict["vatMode"] = vat_mode
        if vat_note is not UNSET:
            field_dict["vatNote"] = vat_note
        if vat_reverse_charge is not UNSET:
            field_dict["vatReverseCharge"] = vat_reverse_charge
        if vendor_reference is not UNSET:
            field_dict["vendorReference"] = vendor_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        billing_address = d.pop("billingAddress", UNSET)
        if billing_address is not None and not isinstance(billing_address, Unset):
            try:
                if not isinstance(billing_address, dict):
                    raise TypeError()
                billing_address_type_1 = AddressFieldsInput.from_dict(billing_address)

                billing_address = billing_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        billing_contact = d.pop("billingContact", UNSET)
        if billing_contact is not None and not isinstance(billing_contact, Unset):
            try:
                if not isinstance(billing_contact, dict):
                    raise TypeError()
                billing_contact_type_1 = ContactFieldsInput.from_dict(billing_contact)

                billing_contact = billing_contact_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        customer_electronic_address = d.pop("customerElectronicAddress", UNSET)

        customer_id = d.pop("customerId", UNSET)

        customer_name = d.pop("customerName", UNSET)

        customer_number = d.pop("customerNumber", UNSET)

        customer_order_reference = d.pop("customerOrderReference", UNSET)

        customer_siret = d.pop("customerSiret", UNSET)

        customer_type = d.pop("customerType", UNSET)
        if customer_type is not None and not isinstance(customer_type, Unset):
            try:
                if not isinstance(customer_type, str):
                    raise TypeError()
                customer_type_type_1 = (
                    CustomerType._value2member_map_.get(customer_type) if isinstance(customer_type, str) else None
                ) or CustomerType(customer_type)

                customer_type = customer_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        customer_vat_number = d.pop("customerVatNumber", UNSET)

        date = d.pop("date", UNSET)
        if date is not None and not isinstance(date, Unset):
            try:
                if not isinstance(date, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(date)

                date = date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        footer_notes = d.pop("footerNotes", UNSET)

        global_discount = d.pop("globalDiscount", UNSET)
        if global_discount is not None and not isinstance(global_discount, Unset):
            try:
                if not isinstance(global_discount, dict):
                    raise TypeError()
                global_discount_type_1 = DiscountInput.from_dict(global_discount)

                global_discount = global_discount_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        header_notes = d.pop("headerNotes", UNSET)

        internal_id = d.pop("internalId", UNSET)

        internal_notes = d.pop("internalNotes", UNSET)

        liable_to_vat = d.pop("liableToVat", UNSET)

        lines = d.pop("lines", UNSET)
        if lines is not None and not isinstance(lines, Unset):
            try:
                if not isinstance(lines, list):
                    raise TypeError()
                lines_type_0 = []
                _lines_type_0 = lines
                for lines_type_0_item_data in _lines_type_0:
                    lines_type_0_item = SaleDocumentLineInput.from_dict(lines_type_0_item_data)

                    lines_type_0.append(lines_type_0_item)

                lines = lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        metadata = d.pop("metadata", UNSET)
        if metadata is not None and not isinstance(metadata, Unset):
            try:
                if not isinstance(metadata, dict):
                    raise TypeError()
                metadata_type_0 = CreditInputMetadataType0.from_dict(metadata)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        number = d.pop("number", UNSET)

        public_link = d.pop("publicLink", UNSET)

        region = d.pop("region", UNSET)
        if region is not None and not isinstance(region, Unset):
            try:
                if not isinstance(region, str):
                    raise TypeError()
                region_type_1 = (
                    VatRegion._value2member_map_.get(region) if isinstance(region, str) else None
                ) or VatRegion(region)

                region = region_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        shipping_address = d.pop("shippingAddress", UNSET)
        if shipping_address is not None and not isinstance(shipping_address, Unset):
            try:
                if not isinstance(shipping_address, dict):
                    raise TypeError()
                shipping_address_type_1 = AddressFieldsInput.from_dict(shipping_address)

                shipping_address = shipping_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        shipping_amount = d.pop("shippingAmount", UNSET)

        shipping_contact = d.pop("shippingContact", UNSET)
        if shipping_contact is not None and not isinstance(shipping_contact, Unset):
            try:
                if not isinstance(shipping_contact, dict):
                    raise TypeError()
                shipping_contact_type_1 = ContactFieldsInput.from_dict(shipping_contact)

                shipping_contact = shipping_contact_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        shipping_vat = d.pop("shippingVat", UNSET)
        if shipping_vat is not None and not isinstance(shipping_vat, Unset):
            try:
                if not isinstance(shipping_vat, dict):
                    raise TypeError()
                shipping_vat_type_1 = VatInput.from_dict(shipping_vat)

                shipping_vat = shipping_vat_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        subject = d.pop("subject", UNSET)

        use_tax_included_prices = d.pop("useTaxIncludedPrices", UNSET)

        vat_mode = d.pop("vatMode", UNSET)
        if vat_mode is not None and not isinstance(vat_mode, Unset):
            try:
                if not isinstance(vat_mode, str):
                    raise TypeError()
                vat_mode_type_1 = (
                    VatMode._value2member_map_.get(vat_mode) if isinstance(vat_mode, str) else None
                ) or VatMode(vat_mode)

                vat_mode = vat_mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        vat_note = d.pop("vatNote", UNSET)

        vat_reverse_charge = d.pop("vatReverseCharge", UNSET)

        vendor_reference = d.pop("vendorReference", UNSET)

        credit_input = cls(
            billing_address,
            billing_contact,
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
            header_notes,
            internal_id,
            internal_notes,
            liable_to_vat,
            lines,
            metadata,
            number,
            public_link,
            region,
            shipping_address,
            shipping_amount,
            shipping_contact,
            shipping_vat,
            subject,
            use_tax_included_prices,
            vat_mode,
            vat_note,
            vat_reverse_charge,
            vendor_reference,
        )

        return credit_input


# Imported here, after the class, not at the top: models refer to each other in cycles.
from ..models.address_fields_input import AddressFieldsInput  # noqa: E402
from ..models.contact_fields_input import ContactFieldsInput  # noqa: E402
from ..models.credit_input_metadata_type_0 import CreditInputMetadataType0  # noqa: E402
from ..models.discount_input import DiscountInput  # noqa: E402
from ..models.sale_document_line_input import SaleDocumentLineInput  # noqa: E402
from ..models.vat_input import VatInput  # noqa: E402
