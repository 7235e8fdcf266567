from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..models.product_type import ProductType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductInput")


@_attrs_define
class ProductInput:
    active: bool | Unset = UNSET
    """ Indicates whether the product is active """
    default_quantity: float | Unset = UNSET
    """ Default quantity """
    description: None | str | Unset = UNSET
    family: None | ProductFamilyInput | Unset = UNSET
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
    unit: None | UnitInput | Unset = UNSET
    unit_price: float | Unset = UNSET
    """ Unit price """
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
        elif isinstance(self.family, ProductFamilyInput):
            family = self.family.to_dict()
        else:
            family = self.family

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
        elif isinstance(self.unit, UnitInput):
            unit = self.unit.to_dict()
        else:
            unit = self.unit

        unit_price = self.unit_price

        vat: dict[str, Any] | None | Unset
        if isinstance(self.vat, Unset):
            vat = UNSET
        elif isinstance(self.vat, VatInput):
            vat = self.vat.to_dict()
        else:
            vat = self.vat

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if default_quantity is not UNSET:
            field_dict["defaultQuantity"] = default_quantity
        if description is not UNSET:
            field_dict["description"] = description
        if family is not UNSET:
            field_dict["family"] = family
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
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        default_quantity = d.pop("defaultQuantity", UNSET)

        description = d.pop("description", UNSET)

        family = d.pop("family", UNSET)
        if family is not None and not isinstance(family, Unset):
            try:
                if not isinstance(family, dict):
                    raise TypeError()
                family_type_1 = ProductFamilyInput.from_dict(family)

                family = family_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        internal_id = d.pop("internalId", UNSET)

        internal_notes = d.pop("internalNotes", UNSET)

        is_unit_price_tax_included = d.pop("isUnitPriceTaxIncluded", UNSET)

        name = d.pop("name", UNSET)

        number = d.pop("number", UNSET)

        purchase_price = d.pop("purchasePrice", UNSET)

        type_ = d.pop("type", UNSET)
        if type_ is not None and not isinstance(type_, Unset):
            try:
                if not isinstance(type_, str):
                    raise TypeError()
                type_type_1 = (
                    ProductType._value2member_map_.get(type_) if isinstance(type_, str) else None
                ) or ProductType(type_)

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

        unit_price = d.pop("unitPrice", UNSET)

        vat = d.pop("vat", UNSET)
        if vat is not None and not isinstance(vat, Unset):
            try:
                if not isinstance(vat, dict):
                    raise TypeError()
                vat_type_1 = VatInput.from_dict(vat)

                vat = vat_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        product_input = cls(
            active,
            default_quantity,
            description,
            family,
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

        return product_input


# Imported here, after the class, not at the top: models refer to each other in cycles.
from ..models.product_family_input import ProductFamilyInput  # noqa: E402
from ..models.unit_input import UnitInput  # noqa: E402
from ..models.vat_input import VatInput  # noqa: E402
