from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..models.line_type import LineType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SaleDocumentLineInput")


@_attrs_define
class SaleDocumentLineInput:
    classification_id: int | None | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    """ Paid date """
    description: None | str | Unset = UNSET
    discount: DiscountInput | None | Unset = UNSET
    margin_amount: float | Unset = UNSET
    margin_rate: float | Unset = UNSET
    product: None | ProductInput | Unset = UNSET
    product_id: int | None | Unset = UNSET
    """ Product id """
    product_internal_id: None | str | Unset = UNSET
    product_number: None | str | Unset = UNSET
    purchase_price: float | None | Unset = UNSET
    """ Purchase price """
    quantity: float | None | Unset = UNSET
    tax_excluded_price: float | None | Unset = UNSET
    tax_included_price: float | None | Unset = UNSET
    type_: LineType | None | Unset = UNSET
    """ Classification Type """
    unit: None | UnitInput | Unset = UNSET
    vat: None | Unset | VatInput = UNSET

    def __repr__(self) -> str:
        """Only the fields that are set."""
        shown = [
            f"{field.name}={getattr(self, field.name)!r}"
            for field in _attrs_fields(type(self))
            if field.name != "additional_properties" and not isinstance(getattr(self, field.name), Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        classification_id: int | None | Unset
        if isinstance(self.classification_id, Unset):
            classification_id = UNSET
        else:
            classification_id = self.classification_id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        discount: dict[str, Any] | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        elif isinstance(self.discount, DiscountInput):
            discount = self.discount.to_dict()
        else:
            discount = self.discount

        margin_amount = self.margin_amount

        margin_rate = self.margin_rate

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, ProductInput):
            product = self.product.to_dict()
        else:
            product = self.product

        product_id: int | None | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        product_internal_id: None | str | Unset
        if isinstance(self.product_internal_id, Unset):
            product_internal_id = UNSET
        else:
            product_internal_id = self.product_internal_id

        product_number: None | str | Unset
        if isinstance(self.product_number, Unset):
            product_number = UNSET
        else:
            product_number = self.product_number

        purchase_price: float | None | Unset
        if isinstance(self.purchase_price, Unset):
            purchase_price = UNSET
        else:
            purchase_price = self.purchase_price

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        tax_excluded_price: float | None | Unset
        if isinstance(self.tax_excluded_price, Unset):
            tax_excluded_price = UNSET
        else:
            tax_excluded_price = self.tax_excluded_price

        tax_included_price: float | None | Unset
        if isinstance(self.tax_included_price, Unset):
            tax_included_price = UNSET
        else:
            tax_included_price = self.tax_included_price

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, LineType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        unit: dict[str, Any] | None | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        elif isinstance(self.unit, UnitInput):
            unit = self.unit.to_dict()
        else:
            unit = self.unit

        vat: dict[str, Any] | None | Unset
        if isinstance(self.vat, Unset):
            vat = UNSET
        elif isinstance(self.vat, VatInput):
            vat = self.vat.to_dict()
        else:
            vat = self.vat

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if classification_id is not UNSET:
            field_dict["classificationId"] = classification_id
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description
        if discount is not UNSET:
            field_dict["discount"] = discount
        if margin_amount is not UNSET:
            field_dict["marginAmount"] = margin_amount
        if margin_rate is not UNSET:
            field_dict["marginRate"] = margin_rate
        if product is not UNSET:
            field_dict["product"] = product
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if product_internal_id is not UNSET:
            field_dict["productInternalId"] = product_internal_id
        if product_number is not UNSET:
            field_dict["productNumber"] = product_number
        if purchase_price is not UNSET:
            field_dict["purchasePrice"] = purchase_price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if tax_excluded_price is not UNSET:
            field_dict["taxExcludedPrice"] = tax_excluded_price
        if tax_included_price is not UNSET:
            field_dict["taxIncludedPrice"] = tax_included_price
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unit is not UNSET:
            field_dict["unit"] = unit
        if vat is not UNSET:
            field_dict["vat"] = vat

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        classification_id = d.pop("classificationId", UNSET)

        date = d.pop("date", UNSET)
        if date is not None and not isinstance(date, Unset):
            try:
                if not isinstance(date, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(date)

                date = date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        description = d.pop("description", UNSET)

        discount = d.pop("discount", UNSET)
        if discount is not None and not isinstance(discount, Unset):
            try:
                if not isinstance(discount, dict):
                    raise TypeError()
                discount_type_1 = DiscountInput.from_dict(discount)

                discount = discount_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        margin_amount = d.pop("marginAmount", UNSET)

        margin_rate = d.pop("marginRate", UNSET)

        product = d.pop("product", UNSET)
        if product is not None and not isinstance(product, Unset):
            try:
                if not isinstance(product, dict):
                    raise TypeError()
                product_type_1 = ProductInput.from_dict(product)

                product = product_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        product_id = d.pop("productId", UNSET)

        product_internal_id = d.pop("productInternalId", UNSET)

        product_number = d.pop("productNumber", UNSET)

        purchase_price = d.pop("purchasePrice", UNSET)

        quantity = d.pop("quantity", UNSET)

        tax_excluded_price = d.pop("taxExcludedPrice", UNSET)

        tax_included_price = d.pop("taxIncludedPrice", UNSET)

        type_ = d.pop("type", UNSET)
        if type_ is not None and not isinstance(type_, Unset):
            try:
                if not isinstance(type_, str):
                    raise TypeError()
                type_type_1 = (LineType._value2member_map_.get(type_) if isinstance(type_, str) else None) or LineType(
                    type_
                )

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        unit = d.pop("unit", UNSET)
        if unit is not None and not isinstance(unit, Unset):
            try:
                if not isinstance(unit, dict):
                    raise TypeError()
                unit_type_1 = UnitInput.from_dict(unit)

                unit = unit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        vat = d.pop("vat", UNSET)
        if vat is not None and not isinstance(vat, Unset):
            try:
                if not isinstance(vat, dict):
                    raise TypeError()
                vat_type_1 = VatInput.from_dict(vat)

                vat = vat_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        sale_document_line_input = cls(
            classification_id,
            date,
            description,
            discount,
            margin_amount,
            margin_rate,
            product,
            product_id,
            product_internal_id,
            product_number,
            purchase_price,
            quantity,
            tax_excluded_price,
            tax_included_price,
            type_,
            unit,
            vat,
        )

        return sale_document_line_input


# Imported here, after the class, not at the top: models refer to each other in cycles.
from ..models.discount_input import DiscountInput  # noqa: E402
from ..models.product_input import ProductInput  # noqa: E402
from ..models.unit_input import UnitInput  # noqa: E402
from ..models.vat_input import VatInput  # noqa: E402
