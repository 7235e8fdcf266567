from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="ColleagueInput")


@_attrs_define
class ColleagueInput:
    cell_phone: None | str | Unset = UNSET
    """ Cell phone number """
    email: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    """ First name """
    homecare_service_number: None | str | Unset = UNSET
    id: int | Unset = UNSET
    """ Customer id """
    initial_partner_balance: float | Unset = UNSET
    internal_id: None | str | Unset = UNSET
    """ ID used in your system: unique per entity type, the handle for safe retries. """
    is_partner: bool | Unset = UNSET
    last_name: None | str | Unset = UNSET
    """ Last name """
    metadatas: ColleagueInputMetadatasType0 | None | Unset = UNSET
    name: None | str | Unset = UNSET
    """ Company name """
    number: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    """ Phone number """
    title: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET

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

        homecare_service_number: None | str | Unset
        if isinstance(self.homecare_service_number, Unset):
            homecare_service_number = UNSET
        else:
            homecare_service_number = self.homecare_service_number

        id = self.id

        initial_partner_balance = self.initial_partner_balance

        internal_id: None | str | Unset
        if isinstance(self.internal_id, Unset):
            internal_id = UNSET
        else:
            internal_id = self.internal_id

        is_partner = self.is_partner

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        metadatas: dict[str, Any] | None | Unset
        if isinstance(self.metadatas, Unset):
            metadatas = UNSET
        elif isinstance(self.metadatas, ColleagueInputMetadatasType0):
            metadatas = self.metadatas.to_dict()
        else:
            metadatas = self.metadatas

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

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if cell_phone is not UNSET:
            field_dict["cellPhone"] = cell_phone
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if homecare_service_number is not UNSET:
            field_dict["homecareServiceNumber"] = homecare_service_number
        if id is not UNSET:
            field_dict["id"] = id
        if initial_partner_balance is not UNSET:
            field_dict["initialPartnerBalance"] = initial_partner_balance
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if is_partner is not UNSET:
            field_dict["isPartner"] = is_partner
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if metadatas is not UNSET:
            field_dict["metadatas"] = metadatas
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if phone is not UNSET:
            field_dict["phone"] = phone
        if title is not UNSET:
            field_dict["title"] = title
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cell_phone = d.pop("cellPhone", UNSET)

        email = d.pop("email", UNSET)

        first_name = d.pop("firstName", UNSET)

        homecare_service_number = d.pop("homecareServiceNumber", UNSET)

        id = d.pop("id", UNSET)

        initial_partner_balance = d.pop("initialPartnerBalance", UNSET)

        internal_id = d.pop("internalId", UNSET)

        is_partner = d.pop("isPartner", UNSET)

        last_name = d.pop("lastName", UNSET)

        metadatas = d.pop("metadatas", UNSET)
        if metadatas is not None and not isinstance(metadatas, Unset):
            try:
                if not isinstance(metadatas, dict):
                    raise TypeError()
                metadatas_type_0 = ColleagueInputMetadatasType0.from_dict(metadatas)

                metadatas = metadatas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        name = d.pop("name", UNSET)

        number = d.pop("number", UNSET)

        phone = d.pop("phone", UNSET)

        title = d.pop("title", UNSET)

        user_id = d.pop("userId", UNSET)

        colleague_input = cls(
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

        return colleague_input


# Imported here, after the class, not at the top: models refer to each other in cycles.
from ..models.colleague_input_metadatas_type_0 import ColleagueInputMetadatasType0  # noqa: E402
