from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..types import Unset

T = TypeVar("T", bound="EmailInvoiceSettingsDto")


@_attrs_define
class EmailInvoiceSettingsDto:
    default_attachments: list[EmailAttachmentDto] | None
    default_bcc_emails: list[str] | None
    default_cc_emails: list[str] | None
    default_content_template: None | str
    default_object_template: None | str
    include_document_attachment: bool
    show_amount: bool
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
        default_attachments: list[dict[str, Any]] | None
        if isinstance(self.default_attachments, list):
            default_attachments = []
            for default_attachments_type_0_item_data in self.default_attachments:
                default_attachments_type_0_item = default_attachments_type_0_item_data.to_dict()
                default_attachments.append(default_attachments_type_0_item)

        else:
            default_attachments = self.default_attachments

        default_bcc_emails: list[str] | None
        if isinstance(self.default_bcc_emails, list):
            default_bcc_emails = self.default_bcc_emails

        else:
            default_bcc_emails = self.default_bcc_emails

        default_cc_emails: list[str] | None
        if isinstance(self.default_cc_emails, list):
            default_cc_emails = self.default_cc_emails

        else:
            default_cc_emails = self.default_cc_emails

        default_content_template: None | str
        default_content_template = self.default_content_template

        default_object_template: None | str
        default_object_template = self.default_object_template

        include_document_attachment = self.include_document_attachment

        show_amount = self.show_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "defaultAttachments": default_attachments,
                "defaultBccEmails": default_bcc_emails,
                "defaultCcEmails": default_cc_emails,
                "defaultContentTemplate": default_content_template,
                "defaultObjectTemplate": default_object_template,
                "includeDocumentAttachment": include_document_attachment,
                "showAmount": show_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"includeDocumentAttachment", "showAmount"}:
            missing = [name for name in ("includeDocumentAttachment", "showAmount") if name not in d]
            raise MissingFieldError(cls.__name__, missing)
        default_attachments = d.pop("defaultAttachments", None)
        if default_attachments is not None:
            try:
                if not isinstance(default_attachments, list):
                    raise TypeError()
                default_attachments_type_0 = []
                _default_attachments_type_0 = default_attachments
                for default_attachments_type_0_item_data in _default_attachments_type_0:
                    default_attachments_type_0_item = EmailAttachmentDto.from_dict(default_attachments_type_0_item_data)

                    default_attachments_type_0.append(default_attachments_type_0_item)

                default_attachments = default_attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        default_bcc_emails = d.pop("defaultBccEmails", None)
        if default_bcc_emails is not None:
            try:
                if not isinstance(default_bcc_emails, list):
                    raise TypeError()
                default_bcc_emails_type_0 = cast("list[str]", default_bcc_emails)

                default_bcc_emails = default_bcc_emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        default_cc_emails = d.pop("defaultCcEmails", None)
        if default_cc_emails is not None:
            try:
                if not isinstance(default_cc_emails, list):
                    raise TypeError()
                default_cc_emails_type_0 = cast("list[str]", default_cc_emails)

                default_cc_emails = default_cc_emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        default_content_template = d.pop("defaultContentTemplate", None)

        default_object_template = d.pop("defaultObjectTemplate", None)

        include_document_attachment = d.pop("includeDocumentAttachment")

        show_amount = d.pop("showAmount")

        email_invoice_settings_dto = cls(
            default_attachments,
            default_bcc_emails,
            default_cc_emails,
            default_content_template,
            default_object_template,
            include_document_attachment,
            show_amount,
        )

        if d:
            email_invoice_settings_dto.additional_properties = d
        return email_invoice_settings_dto

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
from ..models.email_attachment_dto import EmailAttachmentDto  # noqa: E402
