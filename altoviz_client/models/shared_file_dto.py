from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shared_file_dto_metadatas_type_0 import SharedFileDtoMetadatasType0


T = TypeVar("T", bound="SharedFileDto")


@_attrs_define
class SharedFileDto:
    description: None | str | Unset = UNSET
    external_link_hash: None | str | Unset = UNSET
    file_name: None | str | Unset = UNSET
    folder_id: int | None | Unset = UNSET
    id: int | Unset = UNSET
    """ Customer id """
    metadatas: None | SharedFileDtoMetadatasType0 | Unset = UNSET
    size: float | Unset = UNSET
    system: bool | Unset = UNSET
    uploaded_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.shared_file_dto_metadatas_type_0 import SharedFileDtoMetadatasType0  # noqa: PLC0415

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        external_link_hash: None | str | Unset
        if isinstance(self.external_link_hash, Unset):
            external_link_hash = UNSET
        else:
            external_link_hash = self.external_link_hash

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        folder_id: int | None | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        id = self.id

        metadatas: dict[str, Any] | None | Unset
        if isinstance(self.metadatas, Unset):
            metadatas = UNSET
        elif isinstance(self.metadatas, SharedFileDtoMetadatasType0):
            metadatas = self.metadatas.to_dict()
        else:
            metadatas = self.metadatas

        size = self.size

        system = self.system

        uploaded_at: str | Unset = UNSET
        if not isinstance(self.uploaded_at, Unset):
            uploaded_at = self.uploaded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if external_link_hash is not UNSET:
            field_dict["externalLinkHash"] = external_link_hash
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if folder_id is not UNSET:
            field_dict["folderId"] = folder_id
        if id is not UNSET:
            field_dict["id"] = id
        if metadatas is not UNSET:
            field_dict["metadatas"] = metadatas
        if size is not UNSET:
            field_dict["size"] = size
        if system is not UNSET:
            field_dict["system"] = system
        if uploaded_at is not UNSET:
            field_dict["uploadedAt"] = uploaded_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shared_file_dto_metadatas_type_0 import SharedFileDtoMetadatasType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_external_link_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_link_hash = _parse_external_link_hash(d.pop("externalLinkHash", UNSET))

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("fileName", UNSET))

        def _parse_folder_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        folder_id = _parse_folder_id(d.pop("folderId", UNSET))

        id = d.pop("id", UNSET)

        def _parse_metadatas(data: object) -> None | SharedFileDtoMetadatasType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadatas_type_0 = SharedFileDtoMetadatasType0.from_dict(data)

                return metadatas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SharedFileDtoMetadatasType0 | Unset, data)

        metadatas = _parse_metadatas(d.pop("metadatas", UNSET))

        size = d.pop("size", UNSET)

        system = d.pop("system", UNSET)

        _uploaded_at = d.pop("uploadedAt", UNSET)
        uploaded_at: datetime.datetime | Unset
        if isinstance(_uploaded_at, Unset):
            uploaded_at = UNSET
        else:
            uploaded_at = datetime.datetime.fromisoformat(_uploaded_at)

        shared_file_dto = cls(
            description=description,
            external_link_hash=external_link_hash,
            file_name=file_name,
            folder_id=folder_id,
            id=id,
            metadatas=metadatas,
            size=size,
            system=system,
            uploaded_at=uploaded_at,
        )

        shared_file_dto.additional_properties = d
        return shared_file_dto

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
