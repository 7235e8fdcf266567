from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..types import Unset

T = TypeVar("T", bound="CompanySettingsDto")


@_attrs_define
class CompanySettingsDto:
    ape: None | str
    business_name: None | str
    capital: float | None
    cga_member: bool
    contact: ContactFields | None
    electronic_address: None | str
    email_logo_uri: None | str
    guarantees: None | str
    head_office_address: AddressFields | None
    invoicing_address: AddressFields | None
    is_micro_business: bool
    legal_mentions: None | str
    legal_status: None | str
    logo_uri: None | str
    mediator: None | str
    name: None | str
    """ Company name """
    registration_number: None | str
    report_logo_uri: None | str
    siret: None | str
    summary: None | str
    url_company_name: None | str
    use_invoicing_address_as_head_office_address: bool
    vat_number: None | str
    website: None | str
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
        ape: None | str
        ape = self.ape

        business_name: None | str
        business_name = self.business_name

        capital: float | None
        capital = self.capital

        cga_member = self.cga_member

        contact: dict[str, Any] | None
        if isinstance(self.contact, ContactFields):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        electronic_address: None | str
        electronic_address = self.electronic_address

        email_logo_uri: None | str
        email_logo_uri = self.email_logo_uri

        guarantees: None | str
        guarantees = self.guarantees

        head_office_address: dict[str, Any] | None
        if isinstance(self.head_office_address, AddressFields):
            head_office_address = self.head_office_address.to_dict()
        else:
            head_office_address = self.head_office_address

        invoicing_address: dict[str, Any] | None
        if isinstance(self.invoicing_address, AddressFields):
            invoicing_address = self.invoicing_address.to_dict()
        else:
            invoicing_address = self.invoicing_address

        is_micro_business = self.is_micro_business

        legal_mentions: None | str
        legal_mentions = self.legal_mentions

        legal_status: None | str
        legal_status = self.legal_status

        logo_uri: None | str
        logo_uri = self.logo_uri

        mediator: None | str
        mediator = self.mediator

        name: None | str
        name = self.name

        registration_number: None | str
        registration_number = self.registration_number

        report_logo_uri: None | str
        report_logo_uri = self.report_logo_uri

        siret: None | str
        siret = self.siret

        summary: None | str
        summary = self.summary

        url_company_name: None | str
        url_company_name = self.url_company_name

        use_invoicing_address_as_head_office_address = self.use_invoicing_address_as_head_office_address

        vat_number: None | str
        vat_number = self.vat_number

        website: None | str
        website = self.website

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ape": ape,
                "businessName": business_name,
                "capital": capital,
                "cgaMember": cga_member,
                "contact": contact,
                "electronicAddress": electronic_address,
                "emailLogoUri": email_logo_uri,
                "guarantees": guarantees,
                "headOfficeAddress": head_office_address,
                "invoicingAddress": invoicing_address,
                "isMicroBusiness": is_micro_business,
                "legalMentions": legal_mentions,
                "legalStatus": legal_status,
                "logoUri": logo_uri,
                "mediator": mediator,
                "name": name,
                "registrationNumber": registration_number,
                "reportLogoUri": report_logo_uri,
                "siret": siret,
                "summary": summary,
                "urlCompanyName": url_company_name,
                "useInvoicingAddressAsHeadOfficeAddress": use_invoicing_address_as_head_office_address,
                "vatNumber": vat_number,
                "website": website,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"cgaMember", "isMicroBusiness", "useInvoicingAddressAsHeadOfficeAddress"}:
            missing = [
                name
                for name in ("cgaMember", "isMicroBusiness", "useInvoicingAddressAsHeadOfficeAddress")
                if name not in d
            ]
            raise MissingFieldError(cls.__name__, missing)
        ape = d.pop("ape", None)

        business_name = d.pop("businessName", None)

        capital = d.pop("capital", None)

        cga_member = d.pop("cgaMember")

        contact = d.pop("contact", None)
        if contact is not None:
            try:
                if not isinstance(contact, dict):
                    raise TypeError()
                contact_type_1 = ContactFields.from_dict(contact)

                contact = contact_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        electronic_address = d.pop("electronicAddress", None)

        email_logo_uri = d.pop("emailLogoUri", None)

        guarantees = d.pop("guarantees", None)

        head_office_address = d.pop("headOfficeAddress", None)
        if head_office_address is not None:
            try:
                if not isinstance(head_office_address, dict):
                    raise TypeError()
                head_office_address_type_1 = AddressFields.from_dict(head_office_address)

                head_office_address = head_office_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        invoicing_address = d.pop("invoicingAddress", None)
        if invoicing_address is not None:
            try:
                if not isinstance(invoicing_address, dict):
                    raise TypeError()
                invoicing_address_type_1 = AddressFields.from_dict(invoicing_address)

                invoicing_address = invoicing_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        is_micro_business = d.pop("isMicroBusiness")

        legal_mentions = d.pop("legalMentions", None)

        legal_status = d.pop("legalStatus", None)

        logo_uri = d.pop("logoUri", None)

        mediator = d.pop("mediator", None)

        name = d.pop("name", None)

        registration_number = d.pop("registrationNumber", None)

        report_logo_uri = d.pop("reportLogoUri", None)

        siret = d.pop("siret", None)

        summary = d.pop("summary", None)

        url_company_name = d.pop("urlCompanyName", None)

        use_invoicing_address_as_head_office_address = d.pop("useInvoicingAddressAsHeadOfficeAddress")

        vat_number = d.pop("vatNumber", None)

        website = d.pop("website", None)

        company_settings_dto = cls(
            ape,
            business_name,
            capital,
            cga_member,
            contact,
            electronic_address,
            email_logo_uri,
            guarantees,
            head_office_address,
            invoicing_address,
            is_micro_business,
            legal_mentions,
            legal_status,
            logo_uri,
            mediator,
            name,
            registration_number,
            report_logo_uri,
            siret,
            summary,
            url_company_name,
            use_invoicing_address_as_head_office_address,
            vat_number,
            website,
        )

        if d:
            company_settings_dto.additional_properties = d
        return company_settings_dto

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
from ..models.contact_fields import ContactFields  # noqa: E402
