from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..models.customer_type import CustomerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_fields_input import AddressFieldsInput
    from ..models.billing_options_input import BillingOptionsInput
    from ..models.company_info_input import CompanyInfoInput
    from ..models.customer_family_input import CustomerFamilyInput


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
        from ..models.address_fields_input import AddressFieldsInput  # noqa: PLC0415
        from ..models.billing_options_input import BillingOptionsInput  # noqa: PLC0415
        from ..models.company_info_input import CompanyInfoInput  # noqa: PLC0415
        from ..models.customer_family_input import CustomerFamilyInput  # noqa: PLC0415

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
        from ..models.address_fields_input import AddressFieldsInput  # noqa: PLC0415
        from ..models.billing_options_input import BillingOptionsInput  # noqa: PLC0415
        from ..models.company_info_input import CompanyInfoInput  # noqa: PLC0415
        from ..models.customer_family_input import CustomerFamilyInput  # noqa: PLC0415

        d = dict(src_dict)
        active = d.pop("active", UNSET)

        def _parse_billing_address(data: object) -> AddressFieldsInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_address_type_1 = AddressFieldsInput.from_dict(data)

                return billing_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressFieldsInput | None | Unset, data)

        billing_address = _parse_billing_address(d.pop("billingAddress", UNSET))

        def _parse_billing_options(data: object) -> BillingOptionsInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_options_type_1 = BillingOptionsInput.from_dict(data)

                return billing_options_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingOptionsInput | None | Unset, data)

        billing_options = _parse_billing_options(d.pop("billingOptions", UNSET))

        def _parse_cell_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cell_phone = _parse_cell_phone(d.pop("cellPhone", UNSET))

        def _parse_company_informations(data: object) -> CompanyInfoInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                company_informations_type_1 = CompanyInfoInput.from_dict(data)

                return company_informations_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompanyInfoInput | None | Unset, data)

        company_informations = _parse_company_informations(d.pop("companyInformations", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("companyName", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_family(data: object) -> CustomerFamilyInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                family_type_1 = CustomerFamilyInput.from_dict(data)

                return family_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerFamilyInput | None | Unset, data)

        family = _parse_family(d.pop("family", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("firstName", UNSET))

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

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("lastName", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_shipping_address(data: object) -> AddressFieldsInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_address_type_1 = AddressFieldsInput.from_dict(data)

                return shipping_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressFieldsInput | None | Unset, data)

        shipping_address = _parse_shipping_address(d.pop("shippingAddress", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_type_(data: object) -> CustomerType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = CustomerType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        customer_input = cls(
            active=active,
            billing_address=billing_address,
            billing_options=billing_options,
            cell_phone=cell_phone,
            company_informations=company_informations,
            company_name=company_name,
            email=email,
            family=family,
            first_name=first_name,
            internal_id=internal_id,
            internal_notes=internal_notes,
            last_name=last_name,
            number=number,
            phone=phone,
            shipping_address=shipping_address,
            title=title,
            type_=type_,
        )

        return customer_input
