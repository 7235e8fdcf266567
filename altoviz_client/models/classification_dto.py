from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.classification_type import ClassificationType
from ..models.micro_business_declaration_types import MicroBusinessDeclarationTypes
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classification_dto_metadatas_type_0 import ClassificationDtoMetadatasType0
    from ..models.vat_dto import VatDto


T = TypeVar("T", bound="ClassificationDto")


@_attrs_define
class ClassificationDto:
    account_number: None | str | Unset = UNSET
    default_vat: None | Unset | VatDto = UNSET
    default_vat_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    """ Customer id """
    is_product: bool | Unset = UNSET
    is_service: bool | Unset = UNSET
    label: None | str | Unset = UNSET
    metadatas: ClassificationDtoMetadatasType0 | None | Unset = UNSET
    micro_business_declaration_type: MicroBusinessDeclarationTypes | None | Unset = UNSET
    type_: ClassificationType | None | Unset = UNSET
    """ Classification Type """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.classification_dto_metadatas_type_0 import ClassificationDtoMetadatasType0  # noqa: PLC0415
        from ..models.vat_dto import VatDto  # noqa: PLC0415

        account_number: None | str | Unset
        if isinstance(self.account_number, Unset):
            account_number = UNSET
        else:
            account_number = self.account_number

        default_vat: dict[str, Any] | None | Unset
        if isinstance(self.default_vat, Unset):
            default_vat = UNSET
        elif isinstance(self.default_vat, VatDto):
            default_vat = self.default_vat.to_dict()
        else:
            default_vat = self.default_vat

        default_vat_id: int | None | Unset
        if isinstance(self.default_vat_id, Unset):
            default_vat_id = UNSET
        else:
            default_vat_id = self.default_vat_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        is_product = self.is_product

        is_service = self.is_service

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        metadatas: dict[str, Any] | None | Unset
        if isinstance(self.metadatas, Unset):
            metadatas = UNSET
        elif isinstance(self.metadatas, ClassificationDtoMetadatasType0):
            metadatas = self.metadatas.to_dict()
        else:
            metadatas = self.metadatas

        micro_business_declaration_type: None | str | Unset
        if isinstance(self.micro_business_declaration_type, Unset):
            micro_business_declaration_type = UNSET
        elif isinstance(self.micro_business_declaration_type, MicroBusinessDeclarationTypes):
            micro_business_declaration_type = self.micro_business_declaration_type.value
        else:
            micro_business_declaration_type = self.micro_business_declaration_type

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ClassificationType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if default_vat is not UNSET:
            field_dict["defaultVat"] = default_vat
        if default_vat_id is not UNSET:
            field_dict["defaultVatId"] = default_vat_id
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if is_product is not UNSET:
            field_dict["isProduct"] = is_product
        if is_service is not UNSET:
            field_dict["isService"] = is_service
        if label is not UNSET:
            field_dict["label"] = label
        if metadatas is not UNSET:
            field_dict["metadatas"] = metadatas
        if micro_business_declaration_type is not UNSET:
            field_dict["microBusinessDeclarationType"] = micro_business_declaration_type
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.classification_dto_metadatas_type_0 import ClassificationDtoMetadatasType0  # noqa: PLC0415
        from ..models.vat_dto import VatDto  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_number = _parse_account_number(d.pop("accountNumber", UNSET))

        def _parse_default_vat(data: object) -> None | Unset | VatDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_vat_type_1 = VatDto.from_dict(data)

                return default_vat_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VatDto, data)

        default_vat = _parse_default_vat(d.pop("defaultVat", UNSET))

        def _parse_default_vat_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_vat_id = _parse_default_vat_id(d.pop("defaultVatId", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        is_product = d.pop("isProduct", UNSET)

        is_service = d.pop("isService", UNSET)

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_metadatas(data: object) -> ClassificationDtoMetadatasType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadatas_type_0 = ClassificationDtoMetadatasType0.from_dict(data)

                return metadatas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClassificationDtoMetadatasType0 | None | Unset, data)

        metadatas = _parse_metadatas(d.pop("metadatas", UNSET))

        def _parse_micro_business_declaration_type(data: object) -> MicroBusinessDeclarationTypes | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                micro_business_declaration_type_type_1 = MicroBusinessDeclarationTypes(data)

                return micro_business_declaration_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MicroBusinessDeclarationTypes | None | Unset, data)

        micro_business_declaration_type = _parse_micro_business_declaration_type(
            d.pop("microBusinessDeclarationType", UNSET)
        )

        def _parse_type_(data: object) -> ClassificationType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = ClassificationType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClassificationType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        classification_dto = cls(
            account_number=account_number,
            default_vat=default_vat,
            default_vat_id=default_vat_id,
            description=description,
            id=id,
            is_product=is_product,
            is_service=is_service,
            label=label,
            metadatas=metadatas,
            micro_business_declaration_type=micro_business_declaration_type,
            type_=type_,
        )

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
