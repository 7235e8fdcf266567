from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.quote_status import QuoteStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SaleQuoteQueryFilter")


@_attrs_define
class SaleQuoteQueryFilter:
    customer_id: int | None | Unset = UNSET
    """ Customer ID """
    from_: datetime.date | None | Unset = UNSET
    status: None | QuoteStatus | Unset = UNSET
    to: datetime.date | None | Unset = UNSET
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
        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, datetime.date):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, QuoteStatus):
            status = self.status.value
        else:
            status = self.status

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, datetime.date):
            to = self.to.isoformat()
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if status is not UNSET:
            field_dict["status"] = status
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customerId", UNSET)

        from_ = d.pop("from", UNSET)
        if from_ is not None and not isinstance(from_, Unset):
            try:
                if not isinstance(from_, str):
                    raise TypeError()
                from_type_0 = datetime.date.fromisoformat(from_)

                from_ = from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        status = d.pop("status", UNSET)
        if status is not None and not isinstance(status, Unset):
            try:
                if not isinstance(status, str):
                    raise TypeError()
                status_type_1 = (
                    QuoteStatus._value2member_map_.get(status) if isinstance(status, str) else None
                ) or QuoteStatus(status)

                status = status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        to = d.pop("to", UNSET)
        if to is not None and not isinstance(to, Unset):
            try:
                if not isinstance(to, str):
                    raise TypeError()
                to_type_0 = datetime.date.fromisoformat(to)

                to = to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        sale_quote_query_filter = cls(
            customer_id,
            from_,
            status,
            to,
        )

        if d:
            sale_quote_query_filter.additional_properties = d
        return sale_quote_query_filter

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
