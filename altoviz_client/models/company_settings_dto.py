from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_fields import AddressFields
    from ..models.contact_fields import ContactFields


T = TypeVar("T", bound="CompanySettingsDto")


@_attrs_define
class CompanySettingsDto:
    ape: None | str | Unset = UNSET
    business_name: None | str | Unset = UNSET
    capital: float | None | Unset = UNSET
    cga_member: bool | Unset = UNSET
    contact: ContactFields | None | Unset = UNSET
    electronic_address: None | str | Unset = UNSET
    email_logo_uri: None | str | Unset = UNSET
    guarantees: None | str | Unset = UNSET
    head_office_address: AddressFields | None | Unset = UNSET
    invoicing_address: AddressFields | None | Unset = UNSET
    is_micro_business: bool | Unset = UNSET
    legal_mentions: None | str | Unset = UNSET
    legal_status: None | str | Unset = UNSET
    logo_uri: None | str | Unset = UNSET
    mediator: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    """ Company name """
    registration_number: None | str | Unset = UNSET
    report_logo_uri: None | str | Unset = UNSET
    siret: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    url_company_name: None | str | Unset = UNSET
    use_invoicing_address_as_head_office_address: bool | Unset = UNSET
    vat_number: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address_fields import AddressFields  # noqa: PLC0415
        from ..models.contact_fields import ContactFields  # noqa: PLC0415

        ape: None | str | Unset
        if isinstance(self.ape, Unset):
            ape = UNSET
        else:
            ape = self.ape

        business_name: None | str | Unset
        if isinstance(self.business_name, Unset):
            business_name = UNSET
        else:
            business_name = self.business_name

        capital: float | None | Unset
        if isinstance(self.capital, Unset):
            capital = UNSET
        else:
            capital = self.capital

        cga_member = self.cga_member

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, ContactFields):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        electronic_address: None | str | Unset
        if isinstance(self.electronic_address, Unset):
            electronic_address = UNSET
        else:
            electronic_address = self.electronic_address

        email_logo_uri: None | str | Unset
        if isinstance(self.email_logo_uri, Unset):
            email_logo_uri = UNSET
        else:
            email_logo_uri = self.email_logo_uri

        guarantees: None | str | Unset
        if isinstance(self.guarantees, Unset):
            guarantees = UNSET
        else:
            guarantees = self.guarantees

        head_office_address: dict[str, Any] | None | Unset
        if isinstance(self.head_office_address, Unset):
            head_office_address = UNSET
        elif isinstance(self.head_office_address, AddressFields):
            head_office_address = self.head_office_address.to_dict()
        else:
            head_office_address = self.head_office_address

        invoicing_address: dict[str, Any] | None | Unset
        if isinstance(self.invoicing_address, Unset):
            invoicing_address = UNSET
        elif isinstance(self.invoicing_address, AddressFields):
            invoicing_address = self.invoicing_address.to_dict()
        else:
            invoicing_address = self.invoicing_address

        is_micro_business = self.is_micro_business

        legal_mentions: None | str | Unset
        if isinstance(self.legal_mentions, Unset):
            legal_mentions = UNSET
        else:
            legal_mentions = self.legal_mentions

        legal_status: None | str | Unset
        if isinstance(self.legal_status, Unset):
            legal_status = UNSET
        else:
            legal_status = self.legal_status

        logo_uri: None | str | Unset
        if isinstance(self.logo_uri, Unset):
            logo_uri = UNSET
        else:
            logo_uri = self.logo_uri

        mediator: None | str | Unset
        if isinstance(self.mediator, Unset):
            mediator = UNSET
        else:
            mediator = self.mediator

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        registration_number: None | str | Unset
        if isinstance(self.registration_number, Unset):
            registration_number = UNSET
        else:
            registration_number = self.registration_number

        report_logo_uri: None | str | Unset
        if isinstance(self.report_logo_uri, Unset):
            report_logo_uri = UNSET
        else:
            report_logo_uri = self.report_logo_uri

        siret: None | str | Unset
        if isinstance(self.siret, Unset):
            siret = UNSET
        else:
            siret = self.siret

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        url_company_name: None | str | Unset
        if isinstance(self.url_company_name, Unset):
            url_company_name = UNSET
        else:
            url_company_name = self.url_company_name

        use_invoicing_address_as_head_office_address = self.use_invoicing_address_as_head_office_address

        vat_number: None | str | Unset
        if isinstance(self.vat_number, Unset):
            vat_number = UNSET
        else:
            vat_number = self.vat_number

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ape is not UNSET:
            field_dict["ape"] = ape
        if business_name is not UNSET:
            field_dict["businessName"] = business_name
        if capital is not UNSET:
            field_dict["capital"] = capital
        if cga_member is not UNSET:
            field_dict["cgaMember"] = cga_member
        if contact is not UNSET:
            field_dict["contact"] = contact
        if electronic_address is not UNSET:
            field_dict["electronicAddress"] = electronic_address
        if email_logo_uri is not UNSET:
            field_dict["emailLogoUri"] = email_logo_uri
        if guarantees is not UNSET:
            field_dict["guarantees"] = guarantees
        if head_office_address is not UNSET:
            field_dict["headOfficeAddress"] = head_office_address
        if invoicing_address is not UNSET:
            field_dict["invoicingAddress"] = invoicing_address
        if is_micro_business is not UNSET:
            field_dict["isMicroBusiness"] = is_micro_business
        if legal_mentions is not UNSET:
            field_dict["legalMentions"] = legal_mentions
        if legal_status is not UNSET:
            field_dict["legalStatus"] = legal_status
        if logo_uri is not UNSET:
            field_dict["logoUri"] = logo_uri
        if mediator is not UNSET:
            field_dict["mediator"] = mediator
        if name is not UNSET:
            field_dict["name"] = name
        if registration_number is not UNSET:
            field_dict["registrationNumber"] = registration_number
        if report_logo_uri is not UNSET:
            field_dict["reportLogoUri"] = report_logo_uri
        if siret is not UNSET:
            field_dict["siret"] = siret
        if summary is not UNSET:
            field_dict["summary"] = summary
        if url_company_name is not UNSET:
            field_dict["urlCompanyName"] = url_company_name
        if use_invoicing_address_as_head_office_address is not UNSET:
            field_dict["useInvoicingAddressAsHeadOfficeAddress"] = use_invoicing_address_as_head_office_address
        if vat_number is not UNSET:
            field_dict["vatNumber"] = vat_number
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_fields import AddressFields  # noqa: PLC0415
        from ..models.contact_fields import ContactFields  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_ape(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ape = _parse_ape(d.pop("ape", UNSET))

        def _parse_business_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_name = _parse_business_name(d.pop("businessName", UNSET))

        def _parse_capital(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        capital = _parse_capital(d.pop("capital", UNSET))

        cga_member = d.pop("cgaMember", UNSET)

        def _parse_contact(data: object) -> ContactFields | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_1 = ContactFields.from_dict(data)

                return contact_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactFields | None | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        def _parse_electronic_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        electronic_address = _parse_electronic_address(d.pop("electronicAddress", UNSET))

        def _parse_email_logo_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_logo_uri = _parse_email_logo_uri(d.pop("emailLogoUri", UNSET))

        def _parse_guarantees(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        guarantees = _parse_guarantees(d.pop("guarantees", UNSET))

        def _parse_head_office_address(data: object) -> AddressFields | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                head_office_address_type_1 = AddressFields.from_dict(data)

                return head_office_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressFields | None | Unset, data)

        head_office_address = _parse_head_office_address(d.pop("headOfficeAddress", UNSET))

        def _parse_invoicing_address(data: object) -> AddressFields | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoicing_address_type_1 = AddressFields.from_dict(data)

                return invoicing_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressFields | None | Unset, data)

        invoicing_address = _parse_invoicing_address(d.pop("invoicingAddress", UNSET))

        is_micro_business = d.pop("isMicroBusiness", UNSET)

        def _parse_legal_mentions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_mentions = _parse_legal_mentions(d.pop("legalMentions", UNSET))

        def _parse_legal_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_status = _parse_legal_status(d.pop("legalStatus", UNSET))

        def _parse_logo_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_uri = _parse_logo_uri(d.pop("logoUri", UNSET))

        def _parse_mediator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mediator = _parse_mediator(d.pop("mediator", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_registration_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registration_number = _parse_registration_number(d.pop("registrationNumber", UNSET))

        def _parse_report_logo_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        report_logo_uri = _parse_report_logo_uri(d.pop("reportLogoUri", UNSET))

        def _parse_siret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        siret = _parse_siret(d.pop("siret", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_url_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url_company_name = _parse_url_company_name(d.pop("urlCompanyName", UNSET))

        use_invoicing_address_as_head_office_address = d.pop("useInvoicingAddressAsHeadOfficeAddress", UNSET)

        def _parse_vat_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vat_number = _parse_vat_number(d.pop("vatNumber", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        company_settings_dto = cls(
            ape=ape,
            business_name=business_name,
            capital=capital,
            cga_member=cga_member,
            contact=contact,
            electronic_address=electronic_address,
            email_logo_uri=email_logo_uri,
            guarantees=guarantees,
            head_office_address=head_office_address,
            invoicing_address=invoicing_address,
            is_micro_business=is_micro_business,
            legal_mentions=legal_mentions,
            legal_status=legal_status,
            logo_uri=logo_uri,
            mediator=mediator,
            name=name,
            registration_number=registration_number,
            report_logo_uri=report_logo_uri,
            siret=siret,
            summary=summary,
            url_company_name=url_company_name,
            use_invoicing_address_as_head_office_address=use_invoicing_address_as_head_office_address,
            vat_number=vat_number,
            website=website,
        )

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
