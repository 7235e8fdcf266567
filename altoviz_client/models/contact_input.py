from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactInput")


@_attrs_define
class ContactInput:
    cell_phone: None | str | Unset = UNSET
    """ Cell phone number """
    company_name: None | str | Unset = UNSET
    """ Company name """
    email: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    """ First name """
    function: None | str | Unset = UNSET
    internal_id: None | str | Unset = UNSET
    """ ID used in your system: unique per entity type, the handle for safe retries. """
    last_name: None | str | Unset = UNSET
    """ Last name """
    phone: None | str | Unset = UNSET
    """ Phone number """
    service: None | str | Unset = UNSET
    title: None | str | Unset = UNSET

    def __repr__(self) -> str:
        """Only the fields that are set."""
        shown = [
            f"{field.name}={getattr(self, field.name)!r}"
            for field in _attrs_fields(type(self))
            if field.name != "additional_properties" and not isinstance(getattr(self, field.name), Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        cell_phone: None | str | Unset
        if isinstance(self.cell_phone, Unset):
            cell_phone = UNSET
        else:
            cell_phone = self.cell_phone

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

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        function: None | str | Unset
        if isinstance(self.function, Unset):
            function = UNSET
        else:
            function = self.function

        internal_id: None | str | Unset
        if isinstance(self.internal_id, Unset):
            internal_id = UNSET
        else:
            internal_id = self.internal_id

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        service: None | str | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        else:
            service = self.service

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if cell_phone is not UNSET:
            field_dict["cellPhone"] = cell_phone
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if function is not UNSET:
            field_dict["function"] = function
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if service is not UNSET:
            field_dict["service"] = service
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cell_phone = d.pop("cellPhone", UNSET)

        company_name = d.pop("companyName", UNSET)

        email = d.pop("email", UNSET)

        first_name = d.pop("firstName", UNSET)

        function = d.pop("function", UNSET)

        internal_id = d.pop("internalId", UNSET)

        last_name = d.pop("lastName", UNSET)

        phone = d.pop("phone", UNSET)

        service = d.pop("service", UNSET)

        title = d.pop("title", UNSET)

        contact_input = cls(
            cell_phone,
            company_name,
            email,
            first_name,
            function,
            internal_id,
            last_name,
            phone,
            service,
            title,
        )

        return contact_input
