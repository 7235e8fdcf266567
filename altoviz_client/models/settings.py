from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

T = TypeVar("T", bound="Settings")


@_attrs_define
class Settings:
    accounting: AccountingSettingsDto | None
    company: CompanySettingsDto | None
    emailing: EmailingSettingsDto | None
    general: GeneralSettingsDto | None
    sales: None | SalesSettingsDto
    socials: None | Socials
    vat: None | VatSettingsDto
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
        accounting: dict[str, Any] | None
        if isinstance(self.accounting, AccountingSettingsDto):
            accounting = self.accounting.to_dict()
        else:
            accounting = self.accounting

        company: dict[str, Any] | None
        if isinstance(self.company, CompanySettingsDto):
            company = self.company.to_dict()
        else:
            company = self.company

        emailing: dict[str, Any] | None
        if isinstance(self.emailing, EmailingSettingsDto):
            emailing = self.emailing.to_dict()
        else:
            emailing = self.emailing

        general: dict[str, Any] | None
        if isinstance(self.general, GeneralSettingsDto):
            general = self.general.to_dict()
        else:
            general = self.general

        sales: dict[str, Any] | None
        if isinstance(self.sales, SalesSettingsDto):
            sales = self.sales.to_dict()
        else:
            sales = self.sales

        socials: dict[str, Any] | None
        if isinstance(self.socials, Socials):
            socials = self.socials.to_dict()
        else:
            socials = self.socials

        vat: dict[str, Any] | None
        if isinstance(self.vat, VatSettingsDto):
            vat = self.vat.to_dict()
        else:
            vat = self.vat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accounting": accounting,
                "company": company,
                "emailing": emailing,
                "general": general,
                "sales": sales,
                "socials": socials,
                "vat": vat,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accounting = d.pop("accounting", None)
        if accounting is not None:
            try:
                if not isinstance(accounting, dict):
                    raise TypeError()
                accounting_type_1 = AccountingSettingsDto.from_dict(accounting)

                accounting = accounting_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        company = d.pop("company", None)
        if company is not None:
            try:
                if not isinstance(company, dict):
                    raise TypeError()
                company_type_1 = CompanySettingsDto.from_dict(company)

                company = company_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        emailing = d.pop("emailing", None)
        if emailing is not None:
            try:
                if not isinstance(emailing, dict):
                    raise TypeError()
                emailing_type_1 = EmailingSettingsDto.from_dict(emailing)

                emailing = emailing_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        general = d.pop("general", None)
        if general is not None:
            try:
                if not isinstance(general, dict):
                    raise TypeError()
                general_type_1 = GeneralSettingsDto.from_dict(general)

                general = general_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        sales = d.pop("sales", None)
        if sales is not None:
            try:
                if not isinstance(sales, dict):
                    raise TypeError()
                sales_type_1 = SalesSettingsDto.from_dict(sales)

                sales = sales_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        socials = d.pop("socials", None)
        if socials is not None:
            try:
                if not isinstance(socials, dict):
                    raise TypeError()
                socials_type_1 = Socials.from_dict(socials)

                socials = socials_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        vat = d.pop("vat", None)
        if vat is not None:
            try:
                if not isinstance(vat, dict):
                    raise TypeError()
                vat_type_1 = VatSettingsDto.from_dict(vat)

                vat = vat_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        settings = cls(
            accounting,
            company,
            emailing,
            general,
            sales,
            socials,
            vat,
        )

        if d:
            settings.additional_properties = d
        return settings

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
from ..models.accounting_settings_dto import AccountingSettingsDto  # noqa: E402
from ..models.company_settings_dto import CompanySettingsDto  # noqa: E402
from ..models.emailing_settings_dto import EmailingSettingsDto  # noqa: E402
from ..models.general_settings_dto import GeneralSettingsDto  # noqa: E402
from ..models.sales_settings_dto import SalesSettingsDto  # noqa: E402
from ..models.socials import Socials  # noqa: E402
from ..models.vat_settings_dto import VatSettingsDto  # noqa: E402
