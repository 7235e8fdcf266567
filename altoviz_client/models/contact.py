from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..types import Unset

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    cell_phone: None | str
    """ Cell phone number """
    company_name: None | str
    """ Company name """
    display_name: None | str
    email: None | str
    first_name: None | str
    """ First name """
    function: None | str
    id: int
    """ Customer id """
    internal_id: None | str
    """ ID used in your system: unique per entity type, the handle for safe retries. """
    inverted_display_name: None | str
    last_name: None | str
    """ Last name """
    phone: None | str
    """ Phone number """
    service: None | str
    title: None | str
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
        cell_phone: None | str
        cell_phone = self.cell_phone

        company_name: None | str
        company_name = self.company_name

        display_name: None | str
        display_name = self.display_name

        email: None | str
        email = self.email

        first_name: None | str
        first_name = self.first_name

        function: None | str
        function = self.function

        id = self.id

        internal_id: None | str
        internal_id = self.internal_id

        inverted_display_name: None | str
        inverted_display_name = self.inverted_display_name

        last_name: None | str
        last_name = self.last_name

        phone: None | str
        phone = self.phone

        service: None | str
        service = self.service

        title: None | str
        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cellPhone": cell_phone,
                "companyName": company_name,
                "displayName": display_name,
                "email": email,
                "firstName": first_name,
                "function": function,
                "id": id,
                "internalId": internal_id,
                "invertedDisplayName": inverted_display_name,
                "lastName": last_name,
                "phone": phone,
                "service": service,
                "title": title,
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
        cell_phone = d.pop("cellPhone", None)

        company_name = d.pop("companyName", None)

        display_name = d.pop("displayName", None)

        email = d.pop("email", None)

        first_name = d.pop("firstName", None)

        function = d.pop("function", None)

        id = d.pop("id")

        internal_id = d.pop("internalId", None)

        inverted_display_name = d.pop("invertedDisplayName", None)

        last_name = d.pop("lastName", None)

        phone = d.pop("phone", None)

        service = d.pop("service", None)

        title = d.pop("title", None)

        contact = cls(
            cell_phone,
            company_name,
            display_name,
            email,
            first_name,
            function,
            id,
            internal_id,
            inverted_display_name,
            last_name,
            phone,
            service,
            title,
        )

        if d:
            contact.additional_properties = d
        return contact

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
