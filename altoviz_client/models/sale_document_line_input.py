from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..models.line_type import LineType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount_input import DiscountInput
    from ..models.product_input import ProductInput
    from ..models.unit_input import UnitInput
    from ..models.vat_input import VatInput


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
        from ..models.discount_input import DiscountInput  # noqa: PLC0415
        from ..models.product_input import ProductInput  # noqa: PLC0415
        from ..models.unit_input import UnitInput  # noqa: PLC0415
        from ..models.vat_input import VatInput  # noqa: PLC0415

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
        from ..models.discount_input import DiscountInput  # noqa: PLC0415
        from ..models.product_input import ProductInput  # noqa: PLC0415
        from ..models.unit_input import UnitInput  # noqa: PLC0415
        from ..models.vat_input import VatInput  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_classification_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        classification_id = _parse_classification_id(d.pop("classificationId", UNSET))

        def _parse_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_discount(data: object) -> DiscountInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                discount_type_1 = DiscountInput.from_dict(data)

                return discount_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiscountInput | None | Unset, data)

        discount = _parse_discount(d.pop("discount", UNSET))

        margin_amount = d.pop("marginAmount", UNSET)

        margin_rate = d.pop("marginRate", UNSET)

        def _parse_product(data: object) -> None | ProductInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_1 = ProductInput.from_dict(data)

                return product_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductInput | Unset, data)

        product = _parse_product(d.pop("product", UNSET))

        def _parse_product_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        product_id = _parse_product_id(d.pop("productId", UNSET))

        def _parse_product_internal_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_internal_id = _parse_product_internal_id(d.pop("productInternalId", UNSET))

        def _parse_product_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_number = _parse_product_number(d.pop("productNumber", UNSET))

        def _parse_purchase_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        purchase_price = _parse_purchase_price(d.pop("purchasePrice", UNSET))

        def _parse_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_tax_excluded_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tax_excluded_price = _parse_tax_excluded_price(d.pop("taxExcludedPrice", UNSET))

        def _parse_tax_included_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tax_included_price = _parse_tax_included_price(d.pop("taxIncludedPrice", UNSET))

        def _parse_type_(data: object) -> LineType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = LineType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LineType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_unit(data: object) -> None | UnitInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unit_type_1 = UnitInput.from_dict(data)

                return unit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnitInput | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        def _parse_vat(data: object) -> None | Unset | VatInput:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vat_type_1 = VatInput.from_dict(data)

                return vat_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VatInput, data)

        vat = _parse_vat(d.pop("vat", UNSET))

        sale_document_line_input = cls(
            classification_id=classification_id,
            date=date,
            description=description,
            discount=discount,
            margin_amount=margin_amount,
            margin_rate=margin_rate,
            product=product,
            product_id=product_id,
            product_internal_id=product_internal_id,
            product_number=product_number,
            purchase_price=purchase_price,
            quantity=quantity,
            tax_excluded_price=tax_excluded_price,
            tax_included_price=tax_included_price,
            type_=type_,
            unit=unit,
            vat=vat,
        )

        return sale_document_line_input
