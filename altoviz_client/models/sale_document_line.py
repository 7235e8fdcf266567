from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_type import LineType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount import Discount
    from ..models.product import Product
    from ..models.unit import Unit
    from ..models.vat import Vat


T = TypeVar("T", bound="SaleDocumentLine")


@_attrs_define
class SaleDocumentLine:
    classification_id: int | None | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    """ Paid date """
    description: None | str | Unset = UNSET
    discount: Discount | None | Unset = UNSET
    id: int | Unset = UNSET
    """ Customer id """
    margin_amount: float | Unset = UNSET
    margin_rate: float | Unset = UNSET
    product: None | Product | Unset = UNSET
    product_id: int | None | Unset = UNSET
    """ Product id """
    product_internal_id: None | str | Unset = UNSET
    product_number: None | str | Unset = UNSET
    purchase_price: float | None | Unset = UNSET
    """ Purchase price """
    quantity: float | None | Unset = UNSET
    tax_excluded_amount: float | None | Unset = UNSET
    tax_excluded_price: float | None | Unset = UNSET
    tax_included_amount: float | None | Unset = UNSET
    tax_included_price: float | None | Unset = UNSET
    type_: LineType | None | Unset = UNSET
    """ Classification Type """
    unit: None | Unit | Unset = UNSET
    vat: None | Unset | Vat = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.unit import Unit  # noqa: PLC0415
        from ..models.vat import Vat  # noqa: PLC0415

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
        elif isinstance(self.discount, Discount):
            discount = self.discount.to_dict()
        else:
            discount = self.discount

        id = self.id

        margin_amount = self.margin_amount

        margin_rate = self.margin_rate

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, Product):
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

        tax_excluded_amount: float | None | Unset
        if isinstance(self.tax_excluded_amount, Unset):
            tax_excluded_amount = UNSET
        else:
            tax_excluded_amount = self.tax_excluded_amount

        tax_excluded_price: float | None | Unset
        if isinstance(self.tax_excluded_price, Unset):
            tax_excluded_price = UNSET
        else:
            tax_excluded_price = self.tax_excluded_price

        tax_included_amount: float | None | Unset
        if isinstance(self.tax_included_amount, Unset):
            tax_included_amount = UNSET
        else:
            tax_included_amount = self.tax_included_amount

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
        elif isinstance(self.unit, Unit):
            unit = self.unit.to_dict()
        else:
            unit = self.unit

        vat: dict[str, Any] | None | Unset
        if isinstance(self.vat, Unset):
            vat = UNSET
        elif isinstance(self.vat, Vat):
            vat = self.vat.to_dict()
        else:
            vat = self.vat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if classification_id is not UNSET:
            field_dict["classificationId"] = classification_id
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description
        if discount is not UNSET:
            field_dict["discount"] = discount
        if id is not UNSET:
            field_dict["id"] = id
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
        if tax_excluded_amount is not UNSET:
            field_dict["taxExcludedAmount"] = tax_excluded_amount
        if tax_excluded_price is not UNSET:
            field_dict["taxExcludedPrice"] = tax_excluded_price
        if tax_included_amount is not UNSET:
            field_dict["taxIncludedAmount"] = tax_included_amount
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
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.unit import Unit  # noqa: PLC0415
        from ..models.vat import Vat  # noqa: PLC0415

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

        def _parse_discount(data: object) -> Discount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                discount_type_1 = Discount.from_dict(data)

                return discount_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Discount | None | Unset, data)

        discount = _parse_discount(d.pop("discount", UNSET))

        id = d.pop("id", UNSET)

        margin_amount = d.pop("marginAmount", UNSET)

        margin_rate = d.pop("marginRate", UNSET)

        def _parse_product(data: object) -> None | Product | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_1 = Product.from_dict(data)

                return product_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Product | Unset, data)

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

        def _parse_tax_excluded_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tax_excluded_amount = _parse_tax_excluded_amount(d.pop("taxExcludedAmount", UNSET))

        def _parse_tax_excluded_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tax_excluded_price = _parse_tax_excluded_price(d.pop("taxExcludedPrice", UNSET))

        def _parse_tax_included_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tax_included_amount = _parse_tax_included_amount(d.pop("taxIncludedAmount", UNSET))

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

        def _parse_unit(data: object) -> None | Unit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unit_type_1 = Unit.from_dict(data)

                return unit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unit | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        def _parse_vat(data: object) -> None | Unset | Vat:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vat_type_1 = Vat.from_dict(data)

                return vat_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Vat, data)

        vat = _parse_vat(d.pop("vat", UNSET))

        sale_document_line = cls(
            classification_id=classification_id,
            date=date,
            description=description,
            discount=discount,
            id=id,
            margin_amount=margin_amount,
            margin_rate=margin_rate,
            product=product,
            product_id=product_id,
            product_internal_id=product_internal_id,
            product_number=product_number,
            purchase_price=purchase_price,
            quantity=quantity,
            tax_excluded_amount=tax_excluded_amount,
            tax_excluded_price=tax_excluded_price,
            tax_included_amount=tax_included_amount,
            tax_included_price=tax_included_price,
            type_=type_,
            unit=unit,
            vat=vat,
        )

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
