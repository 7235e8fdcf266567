from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_type import WebhookType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
        name = d.pop("name")

        types = []
        _types = d.pop("types")
        for types_item_data in _types:
            types_item = WebhookType(types_item_data)

            types.append(types_item)

        url = d.pop("url")

        id = d.pop("id", UNSET)

        def _parse_secret_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret_key = _parse_secret_key(d.pop("secretKey", UNSET))

        webhook = cls(
            name=name,
            types=types,
            url=url,
            id=id,
            secret_key=secret_key,
        )

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
