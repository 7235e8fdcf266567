from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

if TYPE_CHECKING:
    from ..models.accounting_settings_dto import AccountingSettingsDto
    from ..models.company_settings_dto import CompanySettingsDto
    from ..models.emailing_settings_dto import EmailingSettingsDto
    from ..models.general_settings_dto import GeneralSettingsDto
    from ..models.sales_settings_dto import SalesSettingsDto
    from ..models.socials import Socials
    from ..models.vat_settings_dto import VatSettingsDto


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
        from ..models.accounting_settings_dto import AccountingSettingsDto  # noqa: PLC0415
        from ..models.company_settings_dto import CompanySettingsDto  # noqa: PLC0415
        from ..models.emailing_settings_dto import EmailingSettingsDto  # noqa: PLC0415
        from ..models.general_settings_dto import GeneralSettingsDto  # noqa: PLC0415
        from ..models.sales_settings_dto import SalesSettingsDto  # noqa: PLC0415
        from ..models.socials import Socials  # noqa: PLC0415
        from ..models.vat_settings_dto import VatSettingsDto  # noqa: PLC0415

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
        from ..models.accounting_settings_dto import AccountingSettingsDto  # noqa: PLC0415
        from ..models.company_settings_dto import CompanySettingsDto  # noqa: PLC0415
        from ..models.emailing_settings_dto import EmailingSettingsDto  # noqa: PLC0415
        from ..models.general_settings_dto import GeneralSettingsDto  # noqa: PLC0415
        from ..models.sales_settings_dto import SalesSettingsDto  # noqa: PLC0415
        from ..models.socials import Socials  # noqa: PLC0415
        from ..models.vat_settings_dto import VatSettingsDto  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_accounting(data: object) -> AccountingSettingsDto | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accounting_type_1 = AccountingSettingsDto.from_dict(data)

                return accounting_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingSettingsDto | None, data)

        accounting = _parse_accounting(d.pop("accounting", None))

        def _parse_company(data: object) -> CompanySettingsDto | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                company_type_1 = CompanySettingsDto.from_dict(data)

                return company_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompanySettingsDto | None, data)

        company = _parse_company(d.pop("company", None))

        def _parse_emailing(data: object) -> EmailingSettingsDto | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                emailing_type_1 = EmailingSettingsDto.from_dict(data)

                return emailing_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailingSettingsDto | None, data)

        emailing = _parse_emailing(d.pop("emailing", None))

        def _parse_general(data: object) -> GeneralSettingsDto | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                general_type_1 = GeneralSettingsDto.from_dict(data)

                return general_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeneralSettingsDto | None, data)

        general = _parse_general(d.pop("general", None))

        def _parse_sales(data: object) -> None | SalesSettingsDto:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sales_type_1 = SalesSettingsDto.from_dict(data)

                return sales_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SalesSettingsDto, data)

        sales = _parse_sales(d.pop("sales", None))

        def _parse_socials(data: object) -> None | Socials:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                socials_type_1 = Socials.from_dict(data)

                return socials_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Socials, data)

        socials = _parse_socials(d.pop("socials", None))

        def _parse_vat(data: object) -> None | VatSettingsDto:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vat_type_1 = VatSettingsDto.from_dict(data)

                return vat_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | VatSettingsDto, data)

        vat = _parse_vat(d.pop("vat", None))

        settings = cls(
            accounting=accounting,
            company=company,
            emailing=emailing,
            general=general,
            sales=sales,
            socials=socials,
            vat=vat,
        )

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
