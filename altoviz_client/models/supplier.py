from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.payment_method import PaymentMethod
from ..types import Unset

T = TypeVar("T", bound="Supplier")


@_attrs_define
class Supplier:
    address: AddressFields | None
    cell_phone: None | str
    """ Cell phone number """
    company_informations: CompanyInfo | None
    created_at: datetime.datetime | None
    created_by_id: None | str
    default_payment_method: None | PaymentMethod
    email: None | str
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
    title: None | str
    updated_at: datetime.datetime | None
    updated_by_id: None | str
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
        address: dict[str, Any] | None
        if isinstance(self.address, AddressFields):
            address = self.address.to_dict()
        else:
            address = self.address

        cell_phone: None | str
        cell_phone = self.cell_phone

        company_informations: dict[str, Any] | None
        if isinstance(self.company_informations, CompanyInfo):
            company_informations = self.company_informations.to_dict()
        else:
            company_informations = self.company_informations

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        created_by_id: None | str
        created_by_id = self.created_by_id

        default_payment_method: None | str
        if isinstance(self.default_payment_method, PaymentMethod):
            default_payment_method = self.default_payment_method.value
        else:
            default_payment_method = self.default_payment_method

        email: None | str
        email = self.email

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

        title: None | str
        title = self.title

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        updated_by_id: None | str
        updated_by_id = self.updated_by_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "cellPhone": cell_phone,
                "companyInformations": company_informations,
                "createdAt": created_at,
                "createdById": created_by_id,
                "defaultPaymentMethod": default_payment_method,
                "email": email,
                "firstName": first_name,
                "id": id,
                "internalId": internal_id,
                "internalNotes": internal_notes,
                "lastName": last_name,
                "name": name,
                "number": number,
                "phone": phone,
                "title": title,
                "updatedAt": updated_at,
                "updatedById": updated_by_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"id"}:
            missing = [name for name in ("id",) if name not in d]
            raise MissingFieldError(cls.__name__, missing)
        address = d.pop("address", None)
        if address is not None:
            try:
                if not isinstance(address, dict):
                    raise TypeError()
                address_type_1 = AddressFields.from_dict(address)

                address = address_type_1
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

        created_at = d.pop("createdAt", None)
        if created_at is not None:
            try:
                if not isinstance(created_at, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        created_by_id = d.pop("createdById", None)

        default_payment_method = d.pop("defaultPaymentMethod", None)
        if default_payment_method is not None:
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

        email = d.pop("email", None)

        first_name = d.pop("firstName", None)

        id = d.pop("id")

        internal_id = d.pop("internalId", None)

        internal_notes = d.pop("internalNotes", None)

        last_name = d.pop("lastName", None)

        name = d.pop("name", None)

        number = d.pop("number", None)

        phone = d.pop("phone", None)

        title = d.pop("title", None)

        updated_at = d.pop("updatedAt", None)
        if updated_at is not None:
            try:
                if not isinstance(updated_at, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        updated_by_id = d.pop("updatedById", None)

        supplier = cls(
            address,
            cell_phone,
            company_informations,
            created_at,
            created_by_id,
            default_payment_method,
            email,
            first_name,
            id,
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

        if d:
            supplier.additional_properties = d
        return supplier

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
from ..models.company_info import CompanyInfo  # noqa: E402
