from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..models.classification_type import ClassificationType
from ..models.micro_business_declaration_types import MicroBusinessDeclarationTypes
from ..types import Unset

T = TypeVar("T", bound="ClassificationDto")


@_attrs_define
class ClassificationDto:
    account_number: None | str
    default_vat: None | VatDto
    default_vat_id: int | None
    description: None | str
    id: int | None
    """ Customer id """
    is_product: bool
    is_service: bool
    label: None | str
    metadatas: ClassificationDtoMetadatasType0 | None
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
        account_number: None | str
        account_number = self.account_number

        default_vat: dict[str, Any] | None
        if isinstance(self.default_vat, VatDto):
            default_vat = self.default_vat.to_dict()
        else:
            default_vat = self.default_vat

        default_vat_id: int | None
        default_vat_id = self.default_vat_id

        description: None | str
        description = self.description

        id: int | None
        id = self.id

        is_product = self.is_product

        is_service = self.is_service

        label: None | str
        label = self.label

        metadatas: dict[str, Any] | None
        if isinstance(self.metadatas, ClassificationDtoMetadatasType0):
            metadatas = self.metadatas.to_dict()
        else:
            metadatas = self.metadatas

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
                "defaultVatId": default_vat_id,
                "description": description,
                "id": id,
                "isProduct": is_product,
                "isService": is_service,
                "label": label,
                "metadatas": metadatas,
                "microBusinessDeclarationType": micro_business_declaration_type,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"isProduct", "isService"}:
            missing = [name for name in ("isProduct", "isService") if name not in d]
            raise MissingFieldError(cls.__name__, missing)
        account_number = d.pop("accountNumber", None)

        default_vat = d.pop("defaultVat", None)
        if default_vat is not None:
            try:
                if not isinstance(default_vat, dict):
                    raise TypeError()
                default_vat_type_1 = VatDto.from_dict(default_vat)

                default_vat = default_vat_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        default_vat_id = d.pop("defaultVatId", None)

        description = d.pop("description", None)

        id = d.pop("id", None)

        is_product = d.pop("isProduct")

        is_service = d.pop("isService")

        label = d.pop("label", None)

        metadatas = d.pop("metadatas", None)
        if metadatas is not None:
            try:
                if not isinstance(metadatas, dict):
                    raise TypeError()
                metadatas_type_0 = ClassificationDtoMetadatasType0.from_dict(metadatas)

                metadatas = metadatas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        micro_business_declaration_type = d.pop("microBusinessDeclarationType", None)
        if micro_business_declaration_type is not None:
            try:
                if not isinstance(micro_business_declaration_type, str):
                    raise TypeError()
                micro_business_declaration_type_type_1 = (
                    MicroBusinessDeclarationTypes._value2member_map_.get(micro_business_declaration_type)
                    if isinstance(micro_business_declaration_type, str)
                    else None
                ) or MicroBusinessDeclarationTypes(micro_business_declaration_type)

                micro_business_declaration_type = micro_business_declaration_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        type_ = d.pop("type", None)
        if type_ is not None:
            try:
                if not isinstance(type_, str):
                    raise TypeError()
                type_type_1 = (
                    ClassificationType._value2member_map_.get(type_) if isinstance(type_, str) else None
                ) or ClassificationType(type_)

                type_ = type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        classification_dto = cls(
            account_number,
            default_vat,
            default_vat_id,
            description,
            id,
            is_product,
            is_service,
            label,
            metadatas,
            micro_business_declaration_type,
            type_,
        )

        if d:
            classification_dto.additional_properties = d
        return classification_dto

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
from ..models.classification_dto_metadatas_type_0 import ClassificationDtoMetadatasType0  # noqa: E402
from ..models.vat_dto import VatDto  # noqa: E402
