from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_attachment_dto import EmailAttachmentDto


T = TypeVar("T", bound="EmailHomecareServiceSettingsDto")


@_attrs_define
class EmailHomecareServiceSettingsDto:
    default_attachments: list[EmailAttachmentDto] | None | Unset = UNSET
    default_bcc_emails: list[str] | None | Unset = UNSET
    default_cc_emails: list[str] | None | Unset = UNSET
    default_content_template: None | str | Unset = UNSET
    default_object_template: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.default_attachments, Unset):
            default_attachments = UNSET
        elif isinstance(self.default_attachments, list):
            default_attachments = []
            for default_attachments_type_0_item_data in self.default_attachments:
                default_attachments_type_0_item = default_attachments_type_0_item_data.to_dict()
                default_attachments.append(default_attachments_type_0_item)

        else:
            default_attachments = self.default_attachments

        default_bcc_emails: list[str] | None | Unset
        if isinstance(self.default_bcc_emails, Unset):
            default_bcc_emails = UNSET
        elif isinstance(self.default_bcc_emails, list):
            default_bcc_emails = self.default_bcc_emails

        else:
            default_bcc_emails = self.default_bcc_emails

        default_cc_emails: list[str] | None | Unset
        if isinstance(self.default_cc_emails, Unset):
            default_cc_emails = UNSET
        elif isinstance(self.default_cc_emails, list):
            default_cc_emails = self.default_cc_emails

        else:
            default_cc_emails = self.default_cc_emails

        default_content_template: None | str | Unset
        if isinstance(self.default_content_template, Unset):
            default_content_template = UNSET
        else:
            default_content_template = self.default_content_template

        default_object_template: None | str | Unset
        if isinstance(self.default_object_template, Unset):
            default_object_template = UNSET
        else:
            default_object_template = self.default_object_template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_attachments is not UNSET:
            field_dict["defaultAttachments"] = default_attachments
        if default_bcc_emails is not UNSET:
            field_dict["defaultBccEmails"] = default_bcc_emails
        if default_cc_emails is not UNSET:
            field_dict["defaultCcEmails"] = default_cc_emails
        if default_content_template is not UNSET:
            field_dict["defaultContentTemplate"] = default_content_template
        if default_object_template is not UNSET:
            field_dict["defaultObjectTemplate"] = default_object_template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_attachment_dto import EmailAttachmentDto  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_default_attachments(data: object) -> list[EmailAttachmentDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                default_attachments_type_0 = []
                _default_attachments_type_0 = data
                for default_attachments_type_0_item_data in _default_attachments_type_0:
                    default_attachments_type_0_item = EmailAttachmentDto.from_dict(default_attachments_type_0_item_data)

                    default_attachments_type_0.append(default_attachments_type_0_item)

                return default_attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailAttachmentDto] | None | Unset, data)

        default_attachments = _parse_default_attachments(d.pop("defaultAttachments", UNSET))

        def _parse_default_bcc_emails(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                default_bcc_emails_type_0 = cast(list[str], data)

                return default_bcc_emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        default_bcc_emails = _parse_default_bcc_emails(d.pop("defaultBccEmails", UNSET))

        def _parse_default_cc_emails(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                default_cc_emails_type_0 = cast(list[str], data)

                return default_cc_emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        default_cc_emails = _parse_default_cc_emails(d.pop("defaultCcEmails", UNSET))

        def _parse_default_content_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_content_template = _parse_default_content_template(d.pop("defaultContentTemplate", UNSET))

        def _parse_default_object_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_object_template = _parse_default_object_template(d.pop("defaultObjectTemplate", UNSET))

        email_homecare_service_settings_dto = cls(
            default_attachments=default_attachments,
            default_bcc_emails=default_bcc_emails,
            default_cc_emails=default_cc_emails,
            default_content_template=default_content_template,
            default_object_template=default_object_template,
        )

        email_homecare_service_settings_dto.additional_properties = d
        return email_homecare_service_settings_dto

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
