from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.line_type import LineType
from ..types import Unset

if TYPE_CHECKING:
    from ..models.discount import Discount
    from ..models.product import Product
    from ..models.unit import Unit
    from ..models.vat import Vat


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
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.unit import Unit  # noqa: PLC0415
        from ..models.vat import Vat  # noqa: PLC0415

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
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.unit import Unit  # noqa: PLC0415
        from ..models.vat import Vat  # noqa: PLC0415

        d = dict(src_dict)
        missing = [
            name
            for name in (
                "id",
                "marginAmount",
                "marginRate",
            )
            if name not in d
        ]
        if missing:
            raise MissingFieldError(cls.__name__, missing)

        def _parse_classification_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        classification_id = _parse_classification_id(d.pop("classificationId", None))

        def _parse_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date = _parse_date(d.pop("date", None))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description", None))

        def _parse_discount(data: object) -> Discount | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                discount_type_1 = Discount.from_dict(data)

                return discount_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Discount | None, data)

        discount = _parse_discount(d.pop("discount", None))

        id = d.pop("id")

        margin_amount = d.pop("marginAmount")

        margin_rate = d.pop("marginRate")

        def _parse_product(data: object) -> None | Product:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_1 = Product.from_dict(data)

                return product_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Product, data)

        product = _parse_product(d.pop("product", None))

        def _parse_product_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        product_id = _parse_product_id(d.pop("productId", None))

        def _parse_product_internal_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        product_internal_id = _parse_product_internal_id(d.pop("productInternalId", None))

        def _parse_product_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        product_number = _parse_product_number(d.pop("productNumber", None))

        def _parse_purchase_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        purchase_price = _parse_purchase_price(d.pop("purchasePrice", None))

        def _parse_quantity(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        quantity = _parse_quantity(d.pop("quantity", None))

        def _parse_tax_excluded_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        tax_excluded_amount = _parse_tax_excluded_amount(d.pop("taxExcludedAmount", None))

        def _parse_tax_excluded_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        tax_excluded_price = _parse_tax_excluded_price(d.pop("taxExcludedPrice", None))

        def _parse_tax_included_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        tax_included_amount = _parse_tax_included_amount(d.pop("taxIncludedAmount", None))

        def _parse_tax_included_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        tax_included_price = _parse_tax_included_price(d.pop("taxIncludedPrice", None))

        def _parse_type_(data: object) -> LineType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = LineType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LineType | None, data)

        type_ = _parse_type_(d.pop("type", None))

        def _parse_unit(data: object) -> None | Unit:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unit_type_1 = Unit.from_dict(data)

                return unit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unit, data)

        unit = _parse_unit(d.pop("unit", None))

        def _parse_vat(data: object) -> None | Vat:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vat_type_1 = Vat.from_dict(data)

                return vat_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Vat, data)

        vat = _parse_vat(d.pop("vat", None))

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
