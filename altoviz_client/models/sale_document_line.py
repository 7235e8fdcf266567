from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.line_type import LineType
from ..types import Unset

T = TypeVar("T", bound="SaleDocumentLine")


@_attrs_define
class SaleDocumentLine:
    classification_id: int | None
    date: datetime.date | None
    """ Paid date """
    description: None | str
    discount: Discount | None
    id: int
    """ Customer id """
    margin_amount: float
    margin_rate: float
    product: None | Product
    product_id: int | None
    """ Product id """
    product_internal_id: None | str
    product_number: None | str
    purchase_price: float | None
    """ Purchase price """
    quantity: float | None
    tax_excluded_amount: float | None
    tax_excluded_price: float | None
    tax_included_amount: float | None
    tax_included_price: float | None
    type_: LineType | None
    """ Classification Type """
    unit: None | Unit
    vat: None | Vat
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
        classification_id: int | None
        classification_id = self.classification_id

        date: None | str
        if isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        description: None | str
        description = self.description

        discount: dict[str, Any] | None
        if isinstance(self.discount, Discount):
            discount = self.discount.to_dict()
        else:
            discount = self.discount

        id = self.id

        margin_amount = self.margin_amount

        margin_rate = self.margin_rate

        product: dict[str, Any] | None
        if isinstance(self.product, Product):
            product = self.product.to_dict()
        else:
            product = self.product

        product_id: int | None
        product_id = self.product_id

        product_internal_id: None | str
        product_internal_id = self.product_internal_id

        product_number: None | str
        product_number = self.product_number

        purchase_price: float | None
        purchase_price = self.purchase_price

        quantity: float | None
        quantity = self.quantity

        tax_excluded_amount: float | None
        tax_excluded_amount = self.tax_excluded_amount

        tax_excluded_price: float | None
        tax_excluded_price = self.tax_excluded_price

        tax_included_amount: float | None
        tax_included_amount = self.tax_included_amount

        tax_included_price: float | None
        tax_included_price = self.tax_included_price

        type_: None | str
        if isinstance(self.type_, LineType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        unit: dict[str, Any] | None
        if isinstance(self.unit, Unit):
            unit = self.unit.to_dict()
        else:
            unit = self.unit

        vat: dict[str, Any] | None
        if isinstance(self.vat, Vat):
            vat = self.vat.to_dict()
        else:
            vat = self.vat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "classificationId": classification_id,
                "date": date,
                "description": description,
                "discount": discount,
                "id": id,
                "marginAmount": margin_amount,
                "marginRate": margin_rate,
                "product": product,
                "productId": product_id,
                "productInternalId": product_internal_id,
                "productNumber": product_number,
                "purchasePrice": purchase_price,
                "quantity": quantity,
                "taxExcludedAmount": tax_excluded_amount,
                "taxExcludedPrice": tax_excluded_price,
                "taxIncludedAmount": tax_included_amount,
                "taxIncludedPrice": tax_included_price,
                "type": type_,
                "unit": unit,
                "vat": vat,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"id", "marginAmount", "marginRate"}:
            missing = [name for name in ("id", "marginAmount", "marginRate") if name not in d]
            raise MissingFieldError(cls.__name__, missing)
        classification_id = d.pop("classificationId", None)

        date = d.pop("date", None)
        if date is not None:
            try:
                if not isinstance(date, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(date)

                date = date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        description = d.pop("description", None)

        discount = d.pop("discount", None)
        if discount is not None:
            try:
                if not isinstance(discount, dict):
                    raise TypeError()
                discount_type_1 = Discount.from_dict(discount)

                discount = discount_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        id = d.pop("id")

        margin_amount = d.pop("marginAmount")

        margin_rate = d.pop("marginRate")

        product = d.pop("product", None)
        if product is not None:
            try:
                if not isinstance(product, dict):
                    raise TypeError()
                product_type_1 = Product.from_dict(product)

                product = product_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        product_id = d.pop("productId", None)

        product_internal_id = d.pop("productInternalId", None)

        product_number = d.pop("productNumber", None)

        purchase_price = d.pop("purchasePrice", None)

        quantity = d.pop("quantity", None)

        tax_excluded_amount = d.pop("taxExcludedAmount", None)

        tax_excluded_price = d.pop("taxExcludedPrice", None)

        tax_included_amount = d.pop("taxIncludedAmount", None)

        tax_included_price = d.pop("taxIncludedPrice", None)

        type_ = d.pop("type", None)
        if type_ is not None:
            try:
                if not isinstance(type_, str):
                    raise TypeError()
                type_type_1 = (LineType._value2member_map_.get(type_) if isinstance(type_, str) else None) or LineType(
                    type_
                )

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        unit = d.pop("unit", None)
        if unit is not None:
            try:
                if not isinstance(unit, dict):
                    raise TypeError()
                unit_type_1 = Unit.from_dict(unit)

                unit = unit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        vat = d.pop("vat", None)
        if vat is not None:
            try:
                if not isinstance(vat, dict):
                    raise TypeError()
                vat_type_1 = Vat.from_dict(vat)

                vat = vat_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        sale_document_line = cls(
            classification_id,
            date,
            description,
            discount,
            id,
            margin_amount,
            margin_rate,
            product,
            product_id,
            product_internal_id,
            product_number,
            purchase_price,
            quantity,
            tax_excluded_amount,
            tax_excluded_price,
            tax_included_amount,
            tax_included_price,
            type_,
            unit,
            vat,
        )

        if d:
            sale_document_line.additional_properties = d
        return sale_document_line

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
from ..models.discount import Discount  # noqa: E402
from ..models.product import Product  # noqa: E402
from ..models.unit import Unit  # noqa: E402
from ..models.vat import Vat  # noqa: E402
