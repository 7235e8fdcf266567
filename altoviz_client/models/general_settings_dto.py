from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.company_info_link_provider import CompanyInfoLinkProvider
from ..models.contact_name_display import ContactNameDisplay
from ..models.ip_link_provider import IPLinkProvider
from ..models.map_link_provider import MapLinkProvider
from ..types import Unset

T = TypeVar("T", bound="GeneralSettingsDto")


@_attrs_define
class GeneralSettingsDto:
    company_info_link_provider: CompanyInfoLinkProvider | None
    contact_display_format: ContactNameDisplay | None
    ip_link_provider: IPLinkProvider | None
    map_link_provider: MapLinkProvider | None
    timezone: None | str
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
        company_info_link_provider: None | str
        if isinstance(self.company_info_link_provider, CompanyInfoLinkProvider):
            company_info_link_provider = self.company_info_link_provider.value
        else:
            company_info_link_provider = self.company_info_link_provider

        contact_display_format: None | str
        if isinstance(self.contact_display_format, ContactNameDisplay):
            contact_display_format = self.contact_display_format.value
        else:
            contact_display_format = self.contact_display_format

        ip_link_provider: None | str
        if isinstance(self.ip_link_provider, IPLinkProvider):
            ip_link_provider = self.ip_link_provider.value
        else:
            ip_link_provider = self.ip_link_provider

        map_link_provider: None | str
        if isinstance(self.map_link_provider, MapLinkProvider):
            map_link_provider = self.map_link_provider.value
        else:
            map_link_provider = self.map_link_provider

        timezone: None | str
        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companyInfoLinkProvider": company_info_link_provider,
                "contactDisplayFormat": contact_display_format,
                "ipLinkProvider": ip_link_provider,
                "mapLinkProvider": map_link_provider,
                "timezone": timezone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_info_link_provider = d.pop("companyInfoLinkProvider", None)
        if company_info_link_provider is not None:
            try:
                if not isinstance(company_info_link_provider, str):
                    raise TypeError()
                company_info_link_provider_type_1 = (
                    CompanyInfoLinkProvider._value2member_map_.get(company_info_link_provider)
                    if isinstance(company_info_link_provider, str)
                    else None
                ) or CompanyInfoLinkProvider(company_info_link_provider)

                company_info_link_provider = company_info_link_provider_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        contact_display_format = d.pop("contactDisplayFormat", None)
        if contact_display_format is not None:
            try:
                if not isinstance(contact_display_format, str):
                    raise TypeError()
                contact_display_format_type_1 = (
                    ContactNameDisplay._value2member_map_.get(contact_display_format)
                    if isinstance(contact_display_format, str)
                    else None
                ) or ContactNameDisplay(contact_display_format)

                contact_display_format = contact_display_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        ip_link_provider = d.pop("ipLinkProvider", None)
        if ip_link_provider is not None:
            try:
                if not isinstance(ip_link_provider, str):
                    raise TypeError()
                ip_link_provider_type_1 = (
                    IPLinkProvider._value2member_map_.get(ip_link_provider)
                    if isinstance(ip_link_provider, str)
                    else None
                ) or IPLinkProvider(ip_link_provider)

                ip_link_provider = ip_link_provider_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        map_link_provider = d.pop("mapLinkProvider", None)
        if map_link_provider is not None:
            try:
                if not isinstance(map_link_provider, str):
                    raise TypeError()
                map_link_provider_type_1 = (
                    MapLinkProvider._value2member_map_.get(map_link_provider)
                    if isinstance(map_link_provider, str)
                    else None
                ) or MapLinkProvider(map_link_provider)

                map_link_provider = map_link_provider_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        timezone = d.pop("timezone", None)

        general_settings_dto = cls(
            company_info_link_provider,
            contact_display_format,
            ip_link_provider,
            map_link_provider,
            timezone,
        )

        if d:
            general_settings_dto.additional_properties = d
        return general_settings_dto

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
