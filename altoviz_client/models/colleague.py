from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..types import Unset

T = TypeVar("T", bound="Colleague")


@_attrs_define
class Colleague:
    cell_phone: None | str
    """ Cell phone number """
    email: None | str
    first_name: None | str
    """ First name """
    homecare_service_number: None | str
    id: int
    """ Customer id """
    initial_partner_balance: float
    internal_id: None | str
    """ ID used in your system: unique per entity type, the handle for safe retries. """
    is_partner: bool
    last_name: None | str
    """ Last name """
    metadatas: ColleagueMetadatasType0 | None
    name: None | str
    """ Company name """
    number: None | str
    phone: None | str
    """ Phone number """
    title: None | str
    user_id: None | str
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

        email: None | str
        email = self.email

        first_name: None | str
        first_name = self.first_name

        homecare_service_number: None | str
        homecare_service_number = self.homecare_service_number

        id = self.id

        initial_partner_balance = self.initial_partner_balance

        internal_id: None | str
        internal_id = self.internal_id

        is_partner = self.is_partner

        last_name: None | str
        last_name = self.last_name

        metadatas: dict[str, Any] | None
        if isinstance(self.metadatas, ColleagueMetadatasType0):
            metadatas = self.metadatas.to_dict()
        else:
            metadatas = self.metadatas

        name: None | str
        name = self.name

        number: None | str
        number = self.number

        phone: None | str
        phone = self.phone

        title: None | str
        title = self.title

        user_id: None | str
        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cellPhone": cell_phone,
                "email": email,
                "firstName": first_name,
                "homecareServiceNumber": homecare_service_number,
                "id": id,
                "initialPartnerBalance": initial_partner_balance,
                "internalId": internal_id,
                "isPartner": is_partner,
                "lastName": last_name,
                "metadatas": metadatas,
                "name": name,
                "number": number,
                "phone": phone,
                "title": title,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"id", "initialPartnerBalance", "isPartner"}:
            missing = [name for name in ("id", "initialPartnerBalance", "isPartner") if name not in d]
            raise MissingFieldError(cls.__name__, missing)
        cell_phone = d.pop("cellPhone", None)

        email = d.pop("email", None)

        first_name = d.pop("firstName", None)

        homecare_service_number = d.pop("homecareServiceNumber", None)

        id = d.pop("id")

        initial_partner_balance = d.pop("initialPartnerBalance")

        internal_id = d.pop("internalId", None)

        is_partner = d.pop("isPartner")

        last_name = d.pop("lastName", None)

        metadatas = d.pop("metadatas", None)
        if metadatas is not None:
            try:
                if not isinstance(metadatas, dict):
                    raise TypeError()
                metadatas_type_0 = ColleagueMetadatasType0.from_dict(metadatas)

                metadatas = metadatas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        name = d.pop("name", None)

        number = d.pop("number", None)

        phone = d.pop("phone", None)

        title = d.pop("title", None)

        user_id = d.pop("userId", None)

        colleague = cls(
            cell_phone,
            email,
            first_name,
            homecare_service_number,
            id,
            initial_partner_balance,
            internal_id,
            is_partner,
            last_name,
            metadatas,
            name,
            number,
            phone,
            title,
            user_id,
        )

        if d:
            colleague.additional_properties = d
        return colleague

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
from ..models.colleague_metadatas_type_0 import ColleagueMetadatasType0  # noqa: E402
