from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="SupplierInput")


@_attrs_define
class SupplierInput:
    address: AddressFieldsInput | None | Unset = UNSET
    cell_phone: None | str | Unset = UNSET
    """ Cell phone number """
    company_informations: CompanyInfoInput | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    default_payment_method: None | PaymentMethod | Unset = UNSET
    email: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    """ First name """
    internal_id: None | str | Unset = UNSET
    """ ID used in your system: unique per entity type, the handle for safe retries. """
    internal_notes: None | str | Unset = UNSET
    """ Internal notes """
    last_name: None | str | Unset = UNSET
    """ Last name """
    name: None | str | Unset = UNSET
    """ Company name """
    number: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    """ Phone number """
    title: None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    updated_by_id: None | str | Unset = UNSET

    def __repr__(self) -> str:
        """Only the fields that are set."""
        shown = [
            f"{field.name}={getattr(self, field.name)!r}"
            for field in _attrs_fields(type(self))
            if field.name != "additional_properties" and not isinstance(getattr(self, field.name), Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, AddressFieldsInput):
            address = self.address.to_dict()
        else:
            address = self.address

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

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        default_payment_method: None | str | Unset
        if isinstance(self.default_payment_method, Unset):
            default_payment_method = UNSET
        elif isinstance(self.default_payment_method, PaymentMethod):
            default_payment_method = self.default_payment_method.value
        else:
            default_payment_method = self.default_payment_method

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        updated_by_id: None | str | Unset
        if isinstance(self.updated_by_id, Unset):
            updated_by_id = UNSET
        else:
            updated_by_id = self.updated_by_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if cell_phone is not UNSET:
            field_dict["cellPhone"] = cell_phone
        if company_informations is not UNSET:
            field_dict["companyInformations"] = company_informations
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if default_payment_method is not UNSET:
            field_dict["defaultPaymentMethod"] = default_payment_method
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if internal_notes is not UNSET:
            field_dict["internalNotes"] = internal_notes
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if phone is not UNSET:
            field_dict["phone"] = phone
        if title is not UNSET:
            field_dict["title"] = title
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if updated_by_id is not UNSET:
            field_dict["updatedById"] = updated_by_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)
        if address is not None and not isinstance(address, Unset):
            try:
                if not isinstance(address, dict):
                    raise TypeError()
                address_type_1 = AddressFieldsInput.from_dict(address)

                address = address_type_1
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

        created_at = d.pop("createdAt", UNSET)
        if created_at is not None and not isinstance(created_at, Unset):
            try:
                if not isinstance(created_at, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        created_by_id = d.pop("createdById", UNSET)

        default_payment_method = d.pop("defaultPaymentMethod", UNSET)
        if default_payment_method is not None and not isinstance(default_payment_method, Unset):
            try:
                if not isinstance(default_payment_method, str):
                    raise TypeError()
                default_payment_method_type_1 = (
                    PaymentMethod._value2member_map_.get(default_payment_method)
                    if isinstance(default_payment_method, str)
                    else None
                ) or PaymentMethod(default_payment_method)

                default_payment_method = default_payment_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        email = d.pop("email", UNSET)

        first_name = d.pop("firstName", UNSET)

        internal_id = d.pop("internalId", UNSET)

        internal_notes = d.pop("internalNotes", UNSET)

        last_name = d.pop("lastName", UNSET)

        name = d.pop("name", UNSET)

        number = d.pop("number", UNSET)

        phone = d.pop("phone", UNSET)

        title = d.pop("title", UNSET)

        updated_at = d.pop("updatedAt", UNSET)
        if updated_at is not None and not isinstance(updated_at, Unset):
            try:
                if not isinstance(updated_at, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        updated_by_id = d.pop("updatedById", UNSET)

        supplier_input = cls(
            address,
            cell_phone,
            company_informations,
            created_at,
            created_by_id,
            default_payment_method,
            email,
            first_name,
            internal_id,
            internal_notes,
            last_name,
            name,
            number,
            phone,
            title,
            updated_at,
            updated_by_id,
        )

        return supplier_input


# Imported here, after the class, not at the top: models refer to each other in cycles.
from ..models.address_fields_input import AddressFieldsInput  # noqa: E402
from ..models.company_info_input import CompanyInfoInput  # noqa: E402
