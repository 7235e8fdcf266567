from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

T = TypeVar("T", bound="EmailingSettingsDto")


@_attrs_define
class EmailingSettingsDto:
    credits_: EmailCreditSettingsDto | None
    homecare_services: EmailHomecareServiceSettingsDto | None
    invoices: EmailInvoiceSettingsDto | None
    quotes: EmailQuoteSettingsDto | None
    reminders: EmailReminderSettingsDto | None
    style: EmailStyleSettingsDto | None
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
        credits_: dict[str, Any] | None
        if isinstance(self.credits_, EmailCreditSettingsDto):
            credits_ = self.credits_.to_dict()
        else:
            credits_ = self.credits_

        homecare_services: dict[str, Any] | None
        if isinstance(self.homecare_services, EmailHomecareServiceSettingsDto):
            homecare_services = self.homecare_services.to_dict()
        else:
            homecare_services = self.homecare_services

        invoices: dict[str, Any] | None
        if isinstance(self.invoices, EmailInvoiceSettingsDto):
            invoices = self.invoices.to_dict()
        else:
            invoices = self.invoices

        quotes: dict[str, Any] | None
        if isinstance(self.quotes, EmailQuoteSettingsDto):
            quotes = self.quotes.to_dict()
        else:
            quotes = self.quotes

        reminders: dict[str, Any] | None
        if isinstance(self.reminders, EmailReminderSettingsDto):
            reminders = self.reminders.to_dict()
        else:
            reminders = self.reminders

        style: dict[str, Any] | None
        if isinstance(self.style, EmailStyleSettingsDto):
            style = self.style.to_dict()
        else:
            style = self.style

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credits": credits_,
                "homecareServices": homecare_services,
                "invoices": invoices,
                "quotes": quotes,
                "reminders": reminders,
                "style": style,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credits_ = d.pop("credits", None)
        if credits_ is not None:
            try:
                if not isinstance(credits_, dict):
                    raise TypeError()
                credits_type_1 = EmailCreditSettingsDto.from_dict(credits_)

                credits_ = credits_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        homecare_services = d.pop("homecareServices", None)
        if homecare_services is not None:
            try:
                if not isinstance(homecare_services, dict):
                    raise TypeError()
                homecare_services_type_1 = EmailHomecareServiceSettingsDto.from_dict(homecare_services)

                homecare_services = homecare_services_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        invoices = d.pop("invoices", None)
        if invoices is not None:
            try:
                if not isinstance(invoices, dict):
                    raise TypeError()
                invoices_type_1 = EmailInvoiceSettingsDto.from_dict(invoices)

                invoices = invoices_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        quotes = d.pop("quotes", None)
        if quotes is not None:
            try:
                if not isinstance(quotes, dict):
                    raise TypeError()
                quotes_type_1 = EmailQuoteSettingsDto.from_dict(quotes)

                quotes = quotes_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        reminders = d.pop("reminders", None)
        if reminders is not None:
            try:
                if not isinstance(reminders, dict):
                    raise TypeError()
                reminders_type_1 = EmailReminderSettingsDto.from_dict(reminders)

                reminders = reminders_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        style = d.pop("style", None)
        if style is not None:
            try:
                if not isinstance(style, dict):
                    raise TypeError()
                style_type_1 = EmailStyleSettingsDto.from_dict(style)

                style = style_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        emailing_settings_dto = cls(
            credits_,
            homecare_services,
            invoices,
            quotes,
            reminders,
            style,
        )

        if d:
            emailing_settings_dto.additional_properties = d
        return emailing_settings_dto

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
from ..models.email_credit_settings_dto import EmailCreditSettingsDto  # noqa: E402
from ..models.email_homecare_service_settings_dto import EmailHomecareServiceSettingsDto  # noqa: E402
from ..models.email_invoice_settings_dto import EmailInvoiceSettingsDto  # noqa: E402
from ..models.email_quote_settings_dto import EmailQuoteSettingsDto  # noqa: E402
from ..models.email_reminder_settings_dto import EmailReminderSettingsDto  # noqa: E402
from ..models.email_style_settings_dto import EmailStyleSettingsDto  # noqa: E402
