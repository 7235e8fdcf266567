from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.customer_type import CustomerType
from ..types import Unset

if TYPE_CHECKING:
    from ..models.address_fields import AddressFields
    from ..models.billing_options import BillingOptions
    from ..models.company_info import CompanyInfo
    from ..models.customer_family import CustomerFamily


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
        from ..models.address_fields import AddressFields  # noqa: PLC0415
        from ..models.billing_options import BillingOptions  # noqa: PLC0415
        from ..models.company_info import CompanyInfo  # noqa: PLC0415
        from ..models.customer_family import CustomerFamily  # noqa: PLC0415

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
        from ..models.address_fields import AddressFields  # noqa: PLC0415
        from ..models.billing_options import BillingOptions  # noqa: PLC0415
        from ..models.company_info import CompanyInfo  # noqa: PLC0415
        from ..models.customer_family import CustomerFamily  # noqa: PLC0415

        d = dict(src_dict)
        missing = [
            name
            for name in (
                "active",
                "id",
            )
            if name not in d
        ]
        if missing:
            raise MissingFieldError(cls.__name__, missing)
        active = d.pop("active")

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

        def _parse_billing_options(data: object) -> BillingOptions | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_options_type_1 = BillingOptions.from_dict(data)

                return billing_options_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingOptions | None, data)

        billing_options = _parse_billing_options(d.pop("billingOptions", None))

        def _parse_cell_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cell_phone = _parse_cell_phone(d.pop("cellPhone", None))

        def _parse_company_informations(data: object) -> CompanyInfo | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                company_informations_type_1 = CompanyInfo.from_dict(data)

                return company_informations_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompanyInfo | None, data)

        company_informations = _parse_company_informations(d.pop("companyInformations", None))

        def _parse_company_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_name = _parse_company_name(d.pop("companyName", None))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email", None))

        def _parse_family(data: object) -> CustomerFamily | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                family_type_1 = CustomerFamily.from_dict(data)

                return family_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerFamily | None, data)

        family = _parse_family(d.pop("family", None))

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(d.pop("firstName", None))

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

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(d.pop("lastName", None))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name", None))

        def _parse_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        number = _parse_number(d.pop("number", None))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone", None))

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

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title", None))

        def _parse_type_(data: object) -> CustomerType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = CustomerType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerType | None, data)

        type_ = _parse_type_(d.pop("type", None))

        customer = cls(
            active=active,
            billing_address=billing_address,
            billing_options=billing_options,
            cell_phone=cell_phone,
            company_informations=company_informations,
            company_name=company_name,
            email=email,
            family=family,
            first_name=first_name,
            id=id,
            internal_id=internal_id,
            internal_notes=internal_notes,
            last_name=last_name,
            name=name,
            number=number,
            phone=phone,
            shipping_address=shipping_address,
            title=title,
            type_=type_,
        )

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
