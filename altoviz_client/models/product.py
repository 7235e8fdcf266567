from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_type import ProductType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_family import ProductFamily
    from ..models.unit import Unit
    from ..models.vat import Vat


T = TypeVar("T", bound="Product")


@_attrs_define
class Product:
    active: bool | Unset = UNSET
    """ Indicates whether the product is active """
    default_quantity: float | Unset = UNSET
    """ Default quantity """
    description: None | str | Unset = UNSET
    family: None | ProductFamily | Unset = UNSET
    id: int | Unset = UNSET
    """ Customer id """
    image_url: None | str | Unset = UNSET
    internal_id: None | str | Unset = UNSET
    """ ID used in your system: unique per entity type, the handle for safe retries. """
    internal_notes: None | str | Unset = UNSET
    """ Internal notes """
    is_unit_price_tax_included: bool | Unset = UNSET
    """ Indicates whether unit price include vat """
    name: None | str | Unset = UNSET
    """ Company name """
    number: None | str | Unset = UNSET
    purchase_price: float | Unset = UNSET
    """ Purchase price """
    type_: None | ProductType | Unset = UNSET
    """ Classification Type """
    unit: None | Unit | Unset = UNSET
    unit_price: float | Unset = UNSET
    """ Unit price """
    vat: None | Unset | Vat = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.product_family import ProductFamily  # noqa: PLC0415
        from ..models.unit import Unit  # noqa: PLC0415
        from ..models.vat import Vat  # noqa: PLC0415

        active = self.active

        default_quantity = self.default_quantity

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        family: dict[str, Any] | None | Unset
        if isinstance(self.family, Unset):
            family = UNSET
        elif isinstance(self.family, ProductFamily):
            family = self.family.to_dict()
        else:
            family = self.family

        id = self.id

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        internal_id: None | str | Unset
        if isinstance(self.internal_id, Unset):
            internal_id = UNSET
        else:
            internal_id = self.internal_id

        internal_notes: None | str | Unset
        if isinstance(self.internal_notes, Unset):
            internal_notes = UNSET
        else:
            internal_notes = self.internal_notes

        is_unit_price_tax_included = self.is_unit_price_tax_included

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        purchase_price = self.purchase_price

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ProductType):
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

        unit_price = self.unit_price

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
        if active is not UNSET:
            field_dict["active"] = active
        if default_quantity is not UNSET:
            field_dict["defaultQuantity"] = default_quantity
        if description is not UNSET:
            field_dict["description"] = description
        if family is not UNSET:
            field_dict["family"] = family
        if id is not UNSET:
            field_dict["id"] = id
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if internal_notes is not UNSET:
            field_dict["internalNotes"] = internal_notes
        if is_unit_price_tax_included is not UNSET:
            field_dict["isUnitPriceTaxIncluded"] = is_unit_price_tax_included
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if purchase_price is not UNSET:
            field_dict["purchasePrice"] = purchase_price
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unit is not UNSET:
            field_dict["unit"] = unit
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if vat is not UNSET:
            field_dict["vat"] = vat

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_family import ProductFamily  # noqa: PLC0415
        from ..models.unit import Unit  # noqa: PLC0415
        from ..models.vat import Vat  # noqa: PLC0415

        d = dict(src_dict)
        active = d.pop("active", UNSET)

        default_quantity = d.pop("defaultQuantity", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_family(data: object) -> None | ProductFamily | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                family_type_1 = ProductFamily.from_dict(data)

                return family_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductFamily | Unset, data)

        family = _parse_family(d.pop("family", UNSET))

        id = d.pop("id", UNSET)

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("imageUrl", UNSET))

        def _parse_internal_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        internal_id = _parse_internal_id(d.pop("internalId", UNSET))

        def _parse_internal_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        internal_notes = _parse_internal_notes(d.pop("internalNotes", UNSET))

        is_unit_price_tax_included = d.pop("isUnitPriceTaxIncluded", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        purchase_price = d.pop("purchasePrice", UNSET)

        def _parse_type_(data: object) -> None | ProductType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = ProductType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductType | Unset, data)

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

        unit_price = d.pop("unitPrice", UNSET)

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

        product = cls(
            active=active,
            default_quantity=default_quantity,
            description=description,
            family=family,
            id=id,
            image_url=image_url,
            internal_id=internal_id,
            internal_notes=internal_notes,
            is_unit_price_tax_included=is_unit_price_tax_included,
            name=name,
            number=number,
            purchase_price=purchase_price,
            type_=type_,
            unit=unit,
            unit_price=unit_price,
            vat=vat,
        )

        product.additional_properties = d
        return product

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
