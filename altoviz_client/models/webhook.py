from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.webhook_type import WebhookType
from ..types import Unset

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    id: int
    """ Customer id """
    name: str
    """ Company name """
    secret_key: None | str
    """ Secret key """
    types: list[WebhookType]
    """ Items Enum: "CustomerCreated" "InvoiceCreated" "CustomerDeleted" "CustomerUpdated" "ProductCreated"
    "ProductUpdated" "ProductDeleted" "InvoiceUpdated" "ContactUpdated" "ContactCreated" "QuoteUpdated"
    "QuoteCreated" "ContactDeleted" "QuoteDeleted" "InvoiceDeleted" """
    url: str
    """ non-empty Webhook Uri """
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
        id = self.id

        name = self.name

        secret_key: None | str
        secret_key = self.secret_key

        types = []
        for types_item_data in self.types:
            types_item = types_item_data.value
            types.append(types_item)

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "secretKey": secret_key,
                "types": types,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"id", "name", "types", "url"}:
            missing = [name for name in ("id", "name", "types", "url") if name not in d]
            raise MissingFieldError(cls.__name__, missing)
        id = d.pop("id")

        name = d.pop("name")

        secret_key = d.pop("secretKey", None)

        types = []
        _types = d.pop("types")
        for types_item_data in _types:
            types_item = (
                WebhookType._value2member_map_.get(types_item_data) if isinstance(types_item_data, str) else None
            ) or WebhookType(types_item_data)

            types.append(types_item)

        url = d.pop("url")

        webhook = cls(
            id,
            name,
            secret_key,
            types,
            url,
        )

        if d:
            webhook.additional_properties = d
        return webhook

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
