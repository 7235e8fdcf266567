from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..models.customer_type import CustomerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerInput")


@_attrs_define
class CustomerInput:
    active: bool | Unset = UNSET
    """ Indicates whether the product is active """
    billing_address: AddressFieldsInput | None | Unset = UNSET
    billing_options: BillingOptionsInput | None | Unset = UNSET
    cell_phone: None | str | Unset = UNSET
    """ Cell phone number """
    company_informations: CompanyInfoInput | None | Unset = UNSET
    company_name: None | str | Unset = UNSET
    """ Company name """
    email: None | str | Unset = UNSET
    family: CustomerFamilyInput | None | Unset = UNSET
    first_name: None | str | Unset = UNSET
    """ First name """
    internal_id: None | str | Unset = UNSET
    """ ID used in your system: unique per entity type, the handle for safe retries. """
    internal_notes: None | str | Unset = UNSET
    """ Internal notes """
    last_name: None | str | Unset = UNSET
    """ Last name """
    number: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    """ Phone number """
    shipping_address: AddressFieldsInput | None | Unset = UNSET
    title: None | str | Unset = UNSET
    type_: CustomerType | None | Unset = UNSET
    """ Classification Type """

    def __repr__(self) -> str:
        """Only the fields that are set."""
        shown = [
            f"{field.name}={getattr(self, field.name)!r}"
            for field in _attrs_fields(type(self))
            if field.name != "additional_properties" and not isinstance(getattr(self, field.name), Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, AddressFieldsInput):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        billing_options: dict[str, Any] | None | Unset
        if isinstance(self.billing_options, Unset):
            billing_options = UNSET
        elif isinstance(self.billing_options, BillingOptionsInput):
            billing_options = self.billing_options.to_dict()
        else:
            billing_options = self.billing_options

        cell_phone: None | str | Unset
        if isinstance(self.cell_phone, Unset):
            cell_phone = UNSET
        else:
            cell_phone = self.cell_phone

        company_informations: dict[str, Any] | None | Unset
        if isinstance(self.company_informations, Unset):
            company_informations = UNSET
        elif isinstance(self.company_informations, CompanyInfoInput):
            company_informations = self.company_informations.to_dict()
        else:
            company_informations = self.company_informations

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        family: dict[str, Any] | None | Unset
        if isinstance(self.family, Unset):
            family = UNSET
        elif isinstance(self.family, CustomerFamilyInput):
            family = self.family.to_dict()
        else:
            family = self.family

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

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

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        shipping_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        elif isinstance(self.shipping_address, AddressFieldsInput):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CustomerType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if billing_options is not UNSET:
            field_dict["billingOptions"] = billing_options
        if cell_phone is not UNSET:
            field_dict["cellPhone"] = cell_phone
        if company_informations is not UNSET:
            field_dict["companyInformations"] = company_informations
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if email is not UNSET:
            field_dict["email"] = email
        if family is not UNSET:
            field_dict["family"] = family
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if internal_notes is not UNSET:
            field_dict["internalNotes"] = internal_notes
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if number is not UNSET:
            field_dict["number"] = number
        if phone is not UNSET:
            field_dict["phone"] = phone
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        billing_address = d.pop("billingAddress", UNSET)
        if billing_address is not None and not isinstance(billing_address, Unset):
            try:
                if not isinstance(billing_address, dict):
                    raise TypeError()
                billing_address_type_1 = AddressFieldsInput.from_dict(billing_address)

                billing_address = billing_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        billing_options = d.pop("billingOptions", UNSET)
        if billing_options is not None and not isinstance(billing_options, Unset):
            try:
                if not isinstance(billing_options, dict):
                    raise TypeError()
                billing_options_type_1 = BillingOptionsInput.from_dict(billing_options)

                billing_options = billing_options_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        cell_phone = d.pop("cellPhone", UNSET)

        company_informations = d.pop("companyInformations", UNSET)
        if company_informations is not None and not isinstance(company_informations, Unset):
            try:
                if not isinstance(company_informations, dict):
                    raise TypeError()
                company_informations_type_1 = CompanyInfoInput.from_dict(company_informations)

                company_informations = company_informations_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        company_name = d.pop("companyName", UNSET)

        email = d.pop("email", UNSET)

        family = d.pop("family", UNSET)
        if family is not None and not isinstance(family, Unset):
            try:
                if not isinstance(family, dict):
                    raise TypeError()
                family_type_1 = CustomerFamilyInput.from_dict(family)

                family = family_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        first_name = d.pop("firstName", UNSET)

        internal_id = d.pop("internalId", UNSET)

        internal_notes = d.pop("internalNotes", UNSET)

        last_name = d.pop("lastName", UNSET)

        number = d.pop("number", UNSET)

        phone = d.pop("phone", UNSET)

        shipping_address = d.pop("shippingAddress", UNSET)
        if shipping_address is not None and not isinstance(shipping_address, Unset):
            try:
                if not isinstance(shipping_address, dict):
                    raise TypeError()
                shipping_address_type_1 = AddressFieldsInput.from_dict(shipping_address)

                shipping_address = shipping_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        title = d.pop("title", UNSET)

        type_ = d.pop("type", UNSET)
        if type_ is not None and not isinstance(type_, Unset):
            try:
                if not isinstance(type_, str):
                    raise TypeError()
                type_type_1 = (
                    CustomerType._value2member_map_.get(type_) if isinstance(type_, str) else None
                ) or CustomerType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        customer_input = cls(
            active,
            billing_address,
            billing_options,
            cell_phone,
            company_informations,
            company_name,
            email,
            family,
            first_name,
            internal_id,
            internal_notes,
            last_name,
            number,
            phone,
            shipping_address,
            title,
            type_,
        )

        return customer_input


# Imported here, after the class, not at the top: models refer to each other in cycles.
from ..models.address_fields_input import AddressFieldsInput  # noqa: E402
from ..models.billing_options_input import BillingOptionsInput  # noqa: E402
from ..models.company_info_input import CompanyInfoInput  # noqa: E402
from ..models.customer_family_input import CustomerFamilyInput  # noqa: E402
