from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.webhook_type import WebhookType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookInput")


@_attrs_define
class WebhookInput:
    name: str
    """ Company name """
    types: list[WebhookType]
    """ Items Enum: "CustomerCreated" "InvoiceCreated" "CustomerDeleted" "CustomerUpdated" "ProductCreated"
    "ProductUpdated" "ProductDeleted" "InvoiceUpdated" "ContactUpdated" "ContactCreated" "QuoteUpdated"
    "QuoteCreated" "ContactDeleted" "QuoteDeleted" "InvoiceDeleted" """
    url: str
    """ non-empty Webhook Uri """
    id: int | Unset = UNSET
    """ Customer id """
    secret_key: None | str | Unset = UNSET
    """ Secret key """

    def __repr__(self) -> str:
        """Only the fields that are set."""
        shown = [
            f"{field.name}={getattr(self, field.name)!r}"
            for field in _attrs_fields(type(self))
            if field.name != "additional_properties" and not isinstance(getattr(self, field.name), Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        types = []
        for types_item_data in self.types:
            types_item = types_item_data.value
            types.append(types_item)

        url = self.url

        id = self.id

        secret_key: None | str | Unset
        if isinstance(self.secret_key, Unset):
            secret_key = UNSET
        else:
            secret_key = self.secret_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "types": types,
                "url": url,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if secret_key is not UNSET:
            field_dict["secretKey"] = secret_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"name", "types", "url"}:
            missing = [name for name in ("name", "types", "url") if name not in d]
            raise MissingFieldError(cls.__name__, missing)
        name = d.pop("name")

        types = []
        _types = d.pop("types")
        for types_item_data in _types:
            types_item = (
                WebhookType._value2member_map_.get(types_item_data) if isinstance(types_item_data, str) else None
            ) or WebhookType(types_item_data)

            types.append(types_item)

        url = d.pop("url")

        id = d.pop("id", UNSET)

        secret_key = d.pop("secretKey", UNSET)

        webhook_input = cls(
            name,
            types,
            url,
            id,
            secret_key,
        )

        return webhook_input
