from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.product_type import ProductType
from ..types import Unset

T = TypeVar("T", bound="Product")


@_attrs_define
class Product:
    active: bool
    """ Indicates whether the product is active """
    default_quantity: float
    """ Default quantity """
    description: None | str
    family: None | ProductFamily
    id: int
    """ Customer id """
    image_url: None | str
    internal_id: None | str
    """ ID used in your system: unique per entity type, the handle for safe retries. """
    internal_notes: None | str
    """ Internal notes """
    is_unit_price_tax_included: bool
    """ Indicates whether unit price include vat """
    name: None | str
    """ Company name """
    number: None | str
    purchase_price: float
    """ Purchase price """
    type_: None | ProductType
    """ Classification Type """
    unit: None | Unit
    unit_price: float
    """ Unit price """
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
        active = self.active

        default_quantity = self.default_quantity

        description: None | str
        description = self.description

        family: dict[str, Any] | None
        if isinstance(self.family, ProductFamily):
            family = self.family.to_dict()
        else:
            family = self.family

        id = self.id

        image_url: None | str
        image_url = self.image_url

        internal_id: None | str
        internal_id = self.internal_id

        internal_notes: None | str
        internal_notes = self.internal_notes

        is_unit_price_tax_included = self.is_unit_price_tax_included

        name: None | str
        name = self.name

        number: None | str
        number = self.number

        purchase_price = self.purchase_price

        type_: None | str
        if isinstance(self.type_, ProductType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        unit: dict[str, Any] | None
        if isinstance(self.unit, Unit):
            unit = self.unit.to_dict()
        else:
            unit = self.unit

        unit_price = self.unit_price

        vat: dict[str, Any] | None
        if isinstance(self.vat, Vat):
            vat = self.vat.to_dict()
        else:
            vat = self.vat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "defaultQuantity": default_quantity,
                "description": description,
                "family": family,
                "id": id,
                "imageUrl": image_url,
                "internalId": internal_id,
                "internalNotes": internal_notes,
                "isUnitPriceTaxIncluded": is_unit_price_tax_included,
                "name": name,
                "number": number,
                "purchasePrice": purchase_price,
                "type": type_,
                "unit": unit,
                "unitPrice": unit_price,
                "vat": vat,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"active", "defaultQuantity", "id", "isUnitPriceTaxIncluded", "purchasePrice", "unitPrice"}:
            missing = [
                name
                for name in ("active", "defaultQuantity", "id", "isUnitPriceTaxIncluded", "purchasePrice", "unitPrice")
                if name not in d
            ]
            raise MissingFieldError(cls.__name__, missing)
        active = d.pop("active")

        default_quantity = d.pop("defaultQuantity")

        description = d.pop("description", None)

        family = d.pop("family", None)
        if family is not None:
            try:
                if not isinstance(family, dict):
                    raise TypeError()
                family_type_1 = ProductFamily.from_dict(family)

                family = family_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        id = d.pop("id")

        image_url = d.pop("imageUrl", None)

        internal_id = d.pop("internalId", None)

        internal_notes = d.pop("internalNotes", None)

        is_unit_price_tax_included = d.pop("isUnitPriceTaxIncluded")

        name = d.pop("name", None)

        number = d.pop("number", None)

        purchase_price = d.pop("purchasePrice")

        type_ = d.pop("type", None)
        if type_ is not None:
            try:
                if not isinstance(type_, str):
                    raise TypeError()
                type_type_1 = (
                    ProductType._value2member_map_.get(type_) if isinstance(type_, str) else None
                ) or ProductType(type_)

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

        unit_price = d.pop("unitPrice")

        vat = d.pop("vat", None)
        if vat is not None:
            try:
                if not isinstance(vat, dict):
                    raise TypeError()
                vat_type_1 = Vat.from_dict(vat)

                vat = vat_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        product = cls(
            active,
            default_quantity,
            description,
            family,
            id,
            image_url,
            internal_id,
            internal_notes,
            is_unit_price_tax_included,
            name,
            number,
            purchase_price,
            type_,
            unit,
            unit_price,
            vat,
        )

        if d:
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


# Imported here, after the class, not at the top: models refer to each other in cycles.
from ..models.product_family import ProductFamily  # noqa: E402
from ..models.unit import Unit  # noqa: E402
from ..models.vat import Vat  # noqa: E402
