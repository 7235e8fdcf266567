from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.customer_type import CustomerType
from ..types import Unset

T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    active: bool
    """ Indicates whether the product is active """
    billing_address: AddressFields | None
    billing_options: BillingOptions | None
    cell_phone: None | str
    """ Cell phone number """
    company_informations: CompanyInfo | None
    company_name: None | str
    """ Company name """
    email: None | str
    family: CustomerFamily | None
    first_name: None | str
    """ First name """
    id: int
    """ Customer id """
    internal_id: None | str
    """ ID used in your system: unique per entity type, the handle for safe retries. """
    internal_notes: None | str
    """ Internal notes """
    last_name: None | str
    """ Last name """
    name: None | str
    """ Company name """
    number: None | str
    phone: None | str
    """ Phone number """
    shipping_address: AddressFields | None
    title: None | str
    type_: CustomerType | None
    """ Classification Type """
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
        active = self.active

        billing_address: dict[str, Any] | None
        if isinstance(self.billing_address, AddressFields):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        billing_options: dict[str, Any] | None
        if isinstance(self.billing_options, BillingOptions):
            billing_options = self.billing_options.to_dict()
        else:
            billing_options = self.billing_options

        cell_phone: None | str
        cell_phone = self.cell_phone

        company_informations: dict[str, Any] | None
        if isinstance(self.company_informations, CompanyInfo):
            company_informations = self.company_informations.to_dict()
        else:
            company_informations = self.company_informations

        company_name: None | str
        company_name = self.company_name

        email: None | str
        email = self.email

        family: dict[str, Any] | None
        if isinstance(self.family, CustomerFamily):
            family = self.family.to_dict()
        else:
            family = self.family

        first_name: None | str
        first_name = self.first_name

        id = self.id

        internal_id: None | str
        internal_id = self.internal_id

        internal_notes: None | str
        internal_notes = self.internal_notes

        last_name: None | str
        last_name = self.last_name

        name: None | str
        name = self.name

        number: None | str
        number = self.number

        phone: None | str
        phone = self.phone

        shipping_address: dict[str, Any] | None
        if isinstance(self.shipping_address, AddressFields):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        title: None | str
        title = self.title

        type_: None | str
        if isinstance(self.type_, CustomerType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "billingAddress": billing_address,
                "billingOptions": billing_options,
                "cellPhone": cell_phone,
                "companyInformations": company_informations,
                "companyName": company_name,
                "email": email,
                "family": family,
                "firstName": first_name,
                "id": id,
                "internalId": internal_id,
                "internalNotes": internal_notes,
                "lastName": last_name,
                "name": name,
                "number": number,
                "phone": phone,
                "shippingAddress": shipping_address,
                "title": title,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"active", "id"}:
            missing = [name for name in ("active", "id") if name not in d]
            raise MissingFieldError(cls.__name__, missing)
        active = d.pop("active")

        billing_address = d.pop("billingAddress", None)
        if billing_address is not None:
            try:
                if not isinstance(billing_address, dict):
                    raise TypeError()
                billing_address_type_1 = AddressFields.from_dict(billing_address)

                billing_address = billing_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        billing_options = d.pop("billingOptions", None)
        if billing_options is not None:
            try:
                if not isinstance(billing_options, dict):
                    raise TypeError()
                billing_options_type_1 = BillingOptions.from_dict(billing_options)

                billing_options = billing_options_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        cell_phone = d.pop("cellPhone", None)

        company_informations = d.pop("companyInformations", None)
        if company_informations is not None:
            try:
                if not isinstance(company_informations, dict):
                    raise TypeError()
                company_informations_type_1 = CompanyInfo.from_dict(company_informations)

                company_informations = company_informations_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        company_name = d.pop("companyName", None)

        email = d.pop("email", None)

        family = d.pop("family", None)
        if family is not None:
            try:
                if not isinstance(family, dict):
                    raise TypeError()
                family_type_1 = CustomerFamily.from_dict(family)

                family = family_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        first_name = d.pop("firstName", None)

        id = d.pop("id")

        internal_id = d.pop("internalId", None)

        internal_notes = d.pop("internalNotes", None)

        last_name = d.pop("lastName", None)

        name = d.pop("name", None)

        number = d.pop("number", None)

        phone = d.pop("phone", None)

        shipping_address = d.pop("shippingAddress", None)
        if shipping_address is not None:
            try:
                if not isinstance(shipping_address, dict):
                    raise TypeError()
                shipping_address_type_1 = AddressFields.from_dict(shipping_address)

                shipping_address = shipping_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        title = d.pop("title", None)

        type_ = d.pop("type", None)
        if type_ is not None:
            try:
                if not isinstance(type_, str):
                    raise TypeError()
                type_type_1 = (
                    CustomerType._value2member_map_.get(type_) if isinstance(type_, str) else None
                ) or CustomerType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        customer = cls(
            active,
            billing_address,
            billing_options,
            cell_phone,
            company_informations,
            company_name,
            email,
            family,
            first_name,
            id,
            internal_id,
            internal_notes,
            last_name,
            name,
            number,
            phone,
            shipping_address,
            title,
            type_,
        )

        if d:
            customer.additional_properties = d
        return customer

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
from ..models.billing_options import BillingOptions  # noqa: E402
from ..models.company_info import CompanyInfo  # noqa: E402
from ..models.customer_family import CustomerFamily  # noqa: E402
