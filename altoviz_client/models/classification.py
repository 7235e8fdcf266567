from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.classification_type import ClassificationType
from ..models.micro_business_declaration_types import MicroBusinessDeclarationTypes
from ..types import Unset

if TYPE_CHECKING:
    from ..models.vat import Vat


T = TypeVar("T", bound="Classification")


@_attrs_define
class Classification:
    account_number: None | str
    default_vat: None | Vat
    description: None | str
    id: int
    """ Customer id """
    is_product: bool
    is_service: bool
    label: None | str
    micro_business_declaration_type: MicroBusinessDeclarationTypes | None
    type_: ClassificationType | None
    """ Classification Type """
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
        from ..models.vat import Vat  # noqa: PLC0415

        account_number: None | str
        account_number = self.account_number

        default_vat: dict[str, Any] | None
        if isinstance(self.default_vat, Vat):
            default_vat = self.default_vat.to_dict()
        else:
            default_vat = self.default_vat

        description: None | str
        description = self.description

        id = self.id

        is_product = self.is_product

        is_service = self.is_service

        label: None | str
        label = self.label

        micro_business_declaration_type: None | str
        if isinstance(self.micro_business_declaration_type, MicroBusinessDeclarationTypes):
            micro_business_declaration_type = self.micro_business_declaration_type.value
        else:
            micro_business_declaration_type = self.micro_business_declaration_type

        type_: None | str
        if isinstance(self.type_, ClassificationType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountNumber": account_number,
                "defaultVat": default_vat,
                "description": description,
                "id": id,
                "isProduct": is_product,
                "isService": is_service,
                "label": label,
                "microBusinessDeclarationType": micro_business_declaration_type,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vat import Vat  # noqa: PLC0415

        d = dict(src_dict)
        missing = [
            name
            for name in (
                "id",
                "isProduct",
                "isService",
            )
            if name not in d
        ]
        if missing:
            raise MissingFieldError(cls.__name__, missing)

        def _parse_account_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_number = _parse_account_number(d.pop("accountNumber", None))

        def _parse_default_vat(data: object) -> None | Vat:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_vat_type_1 = Vat.from_dict(data)

                return default_vat_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Vat, data)

        default_vat = _parse_default_vat(d.pop("defaultVat", None))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description", None))

        id = d.pop("id")

        is_product = d.pop("isProduct")

        is_service = d.pop("isService")

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label", None))

        def _parse_micro_business_declaration_type(data: object) -> MicroBusinessDeclarationTypes | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                micro_business_declaration_type_type_1 = MicroBusinessDeclarationTypes(data)

                return micro_business_declaration_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MicroBusinessDeclarationTypes | None, data)

        micro_business_declaration_type = _parse_micro_business_declaration_type(
            d.pop("microBusinessDeclarationType", None)
        )

        def _parse_type_(data: object) -> ClassificationType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = ClassificationType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClassificationType | None, data)

        type_ = _parse_type_(d.pop("type", None))

        classification = cls(
            account_number=account_number,
            default_vat=default_vat,
            description=description,
            id=id,
            is_product=is_product,
            is_service=is_service,
            label=label,
            micro_business_declaration_type=micro_business_declaration_type,
            type_=type_,
        )

        classification.additional_properties = d
        return classification

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
