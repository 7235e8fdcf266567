from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..errors import MissingFieldError
from ..types import Unset

T = TypeVar("T", bound="SharedFileDto")


@_attrs_define
class SharedFileDto:
    description: None | str
    external_link_hash: None | str
    file_name: None | str
    folder_id: int | None
    id: int
    """ Customer id """
    metadatas: None | SharedFileDtoMetadatasType0
    size: float
    system: bool
    uploaded_at: datetime.datetime
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
        description: None | str
        description = self.description

        external_link_hash: None | str
        external_link_hash = self.external_link_hash

        file_name: None | str
        file_name = self.file_name

        folder_id: int | None
        folder_id = self.folder_id

        id = self.id

        metadatas: dict[str, Any] | None
        if isinstance(self.metadatas, SharedFileDtoMetadatasType0):
            metadatas = self.metadatas.to_dict()
        else:
            metadatas = self.metadatas

        size = self.size

        system = self.system

        uploaded_at = self.uploaded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "externalLinkHash": external_link_hash,
                "fileName": file_name,
                "folderId": folder_id,
                "id": id,
                "metadatas": metadatas,
                "size": size,
                "system": system,
                "uploadedAt": uploaded_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # One set comparison in the common case; the list of what is missing only when something is.
        if not d.keys() >= {"id", "size", "system", "uploadedAt"}:
            missing = [name for name in ("id", "size", "system", "uploadedAt") if name not in d]
            raise MissingFieldError(cls.__name__, missing)
        description = d.pop("description", None)

        external_link_hash = d.pop("externalLinkHash", None)

        file_name = d.pop("fileName", None)

        folder_id = d.pop("folderId", None)

        id = d.pop("id")

        metadatas = d.pop("metadatas", None)
        if metadatas is not None:
            try:
                if not isinstance(metadatas, dict):
                    raise TypeError()
                metadatas_type_0 = SharedFileDtoMetadatasType0.from_dict(metadatas)

                metadatas = metadatas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        size = d.pop("size")

        system = d.pop("system")

        uploaded_at = datetime.datetime.fromisoformat(d.pop("uploadedAt"))

        shared_file_dto = cls(
            description,
            external_link_hash,
            file_name,
            folder_id,
            id,
            metadatas,
            size,
            system,
            uploaded_at,
        )

        if d:
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


# Imported here, after the class, not at the top: models refer to each other in cycles.
from ..models.shared_file_dto_metadatas_type_0 import SharedFileDtoMetadatasType0  # noqa: E402
