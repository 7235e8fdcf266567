"""The lists the command can export and the documents it can download, by any name the registry knows.

Both come from ``altoviz.registry`` (generated from the spec): every resource with a list operation can be
exported, every one with a list and a download can be downloaded, under its CLI name (``sale-invoices``) and
the official CLI's nouns (``invoice``, ``invoices``). Filters are not listed here either: each list
operation's own parameters say which ones it takes (see ``accepted_params``).
"""

from __future__ import annotations

import datetime
import enum
import inspect
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, cast

from .._call import ListOperation, Operation
from ..registry import ENTITIES, Entity


class _OperationsByName(Mapping[str, Any]):
    """Every name of every entity having all ``verbs`` -> the operation ``verbs[0]``, imported when read."""

    def __init__(self, *verbs: str) -> None:
        self._verb = verbs[0]
        self.entities: Mapping[str, Entity] = {
            name: entity
            for entity in ENTITIES.values()
            if all(entity.has(verb) for verb in verbs)
            for name in entity.cli_names
        }

    def __getitem__(self, name: str) -> Any:
        return self.entities[name].operations[self._verb]

    def __iter__(self) -> Iterator[str]:
        return iter(self.entities)

    def __len__(self) -> int:
        return len(self.entities)


LISTS: Mapping[str, ListOperation[..., Any]] = _OperationsByName("list")
"""What ``altoviz export`` lists, by every name of the entity (``sale-invoices``, ``invoice``, ``invoices``)."""


@dataclass(frozen=True)
class DocumentKind:
    """A sale document type whose PDFs ``altoviz download`` fetches."""

    entity: Entity

    @property
    def list_op(self) -> ListOperation[..., Any]:
        """The entity's list operation."""
        return cast("ListOperation[..., Any]", self.entity.operations["list"])

    @property
    def download_op(self) -> Operation[[int], Any]:
        """The entity's download operation."""
        return cast("Operation[[int], Any]", self.entity.operations["download"])


DOCUMENTS: Mapping[str, DocumentKind] = {
    name: DocumentKind(entity) for name, entity in _OperationsByName("list", "download").entities.items()
}
"""What ``altoviz download`` fetches, by every name of the entity."""


@dataclass(frozen=True)
class Filter:
    """A command-line filter and the list-operation parameter it fills."""

    option: str
    param: str


FILTERS = (
    Filter("--from", "from_"),
    Filter("--to", "to"),
    Filter("--customer-id", "customer_id"),
    Filter("--status", "status"),
    Filter("--query", "query"),
)


def accepted_params(op: ListOperation[..., Any]) -> dict[str, Any]:
    """Return the operation's parameters and their types (resolved from the generated annotations)."""
    func = op._get_kwargs
    hints = typing.get_type_hints(func)
    return {name: hints.get(name) for name in inspect.signature(func).parameters}


def enum_type(annotation: Any) -> type[enum.Enum] | None:
    """Return the Enum class inside an annotation like ``InvoiceStatusFilter | Unset``, if there is one."""
    for arg in (*typing.get_args(annotation), annotation):
        if isinstance(arg, type) and issubclass(arg, enum.Enum):
            return arg
    return None


def convert_filter(option: str, value: str, annotation: Any) -> Any:
    """Turn a filter's text into the parameter's type; raise ``ValueError`` naming the option when it cannot."""
    args = set(typing.get_args(annotation)) or {annotation}
    kind = enum_type(annotation)
    if kind is not None:
        members: dict[str, enum.Enum] = {str(m.value).lower(): m for m in kind}
        if value.lower() not in members:
            raise ValueError(f"{option} {value!r}: expected one of {', '.join(str(m.value) for m in kind)}")
        return members[value.lower()]
    if datetime.date in args:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{option} {value!r}: expected a date as YYYY-MM-DD") from None
    if int in args:
        try:
            return int(value)
        except ValueError:
            raise ValueError(f"{option} {value!r}: expected a whole number") from None
    return value
