"""Every resource of the API as an ``Entity``: its names, operations, models and filters, from one place.

The data is generated from the spec by ``make regenerate`` (``altoviz_client/registry.py``, checked by ``make
check-generated``); this module only gives it a typed shape and imports the generated operations and models on
first use, so reading a name costs no import of the 93 operation modules. Bulk imports, record files, the
command line and the sandbox read entities from here; nothing in ``custom/`` lists entities by hand::

    from altoviz.registry import lookup

    entity = lookup("invoice")           # the official CLI's noun, the CLI name, the attribute name, any case
    entity.name                          # "sale_invoices": the attribute on the client
    entity.model                         # altoviz_client.models.invoice.Invoice
    entity.operations["finalize"]        # the generated operation module
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType, ModuleType
from typing import Any

from altoviz_client.registry import ROWS, EntityRow

from ._errors import AltovizError

__all__ = ["ENTITIES", "Entity", "UnknownEntityError", "lookup"]


class UnknownEntityError(AltovizError, ValueError):
    """A name that is no entity of the API; the message lists the valid names."""


def _import(ref: str) -> Any:
    """``module:Name`` -> the object, or the module itself for a plain dotted path."""
    module, _, name = ref.partition(":")
    loaded = importlib.import_module(module)
    return getattr(loaded, name) if name else loaded


class _LazyModules(Mapping[str, ModuleType]):
    """verb -> generated operation module, each imported when first read."""

    def __init__(self, paths: Mapping[str, str]) -> None:
        self._paths = paths
        self._loaded: dict[str, ModuleType] = {}

    def __getitem__(self, verb: str) -> ModuleType:
        module = self._loaded.get(verb)
        if module is None:
            module = self._loaded[verb] = importlib.import_module(self._paths[verb])
        return module

    def __iter__(self) -> Iterator[str]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)

    def __repr__(self) -> str:
        return f"<operations {', '.join(self._paths)}>"


@dataclass(frozen=True)
class Entity:
    """One resource of the API (``customers``, ``sale_invoices``, ``webhooks``...)."""

    name: str
    """The attribute on the client, plural snake case: ``customers``, ``sale_invoices``."""
    cli_name: str
    """The command-line name: ``customers``, ``sale-invoices``."""
    aliases: tuple[str, ...]
    """The official CLI's noun first (``invoice``), then the short plural where it differs (``invoices``)."""
    path: str
    """Where the resource lives on the API: ``/v1/SaleInvoices``."""
    operation_paths: Mapping[str, str]
    """verb -> dotted path of the generated operation module."""
    list_filter_wire: Mapping[str, str]
    """Python name -> query string name of the list operation's filters (beyond page_index/page_size)."""
    find_filter_wire: Mapping[str, str]
    """The same for the find operation."""
    internal_id_verb: str | None
    """``get_by_internal_id`` or ``find``: the operation that finds a record by internalId, if any."""
    model_ref: str
    write_model_ref: str
    import_required: tuple[str, ...] = ()
    """Wire fields every record of an import file must have beyond internalId (the spec's ``x-altoviz-import``)."""
    import_required_one_of: tuple[tuple[str, ...], ...] = ()
    """Groups of wire fields of which every imported record must have one."""
    import_columns: Mapping[str, str] = field(default_factory=dict)
    """Flat column names an import file may use -> the wire field they fill."""
    import_flatten: str = ""
    """The object field (``billingAddress``) that an import file's flat address columns fill."""

    @property
    def list_filters(self) -> tuple[str, ...]:
        """Python names of the list operation's filter parameters (beyond page_index/page_size)."""
        return tuple(self.list_filter_wire)

    @property
    def find_filters(self) -> tuple[str, ...]:
        """Python names of the find operation's parameters."""
        return tuple(self.find_filter_wire)

    @property
    def singular(self) -> str:
        """The official CLI's noun (``invoice``), or the CLI name when it has none (``settings``)."""
        return self.aliases[0] if self.aliases else self.cli_name

    @cached_property
    def operations(self) -> Mapping[str, Any]:
        """Map each verb (``list``, ``get``, ``create``, ``finalize``, ``download``...) to its operation module."""
        return _LazyModules(self.operation_paths)

    @cached_property
    def model(self) -> type:
        """The model the API answers with (``Customer``); ``object`` for a resource that answers no model."""
        return _import(self.model_ref) if self.model_ref else object

    @cached_property
    def write_model(self) -> type | None:
        """The model a create sends (its ``body``), or None when the resource has no JSON create."""
        return _import(self.write_model_ref) if self.write_model_ref else None

    @property
    def internal_id_lookup(self) -> Any | None:
        """The generated operation that finds a record by internalId (GetByInternalId or Find), or None."""
        return self.operations[self.internal_id_verb] if self.internal_id_verb else None

    @property
    def cli_names(self) -> tuple[str, ...]:
        """Every name the command line accepts for it: the CLI name, then the aliases."""
        return (self.cli_name, *self.aliases)

    def has(self, verb: str) -> bool:
        """Whether the resource has an operation ``verb``."""
        return verb in self.operation_paths

    def names(self) -> tuple[str, ...]:
        """Every name that ``lookup`` maps to this entity, normalized."""
        return tuple(dict.fromkeys(_key(n) for n in (self.name, self.cli_name, *self.aliases)))


def _entity(row: EntityRow) -> Entity:
    return Entity(
        name=row.name,
        cli_name=row.cli_name,
        aliases=row.aliases,
        path=row.path,
        operation_paths=MappingProxyType(dict(row.operations)),
        list_filter_wire=MappingProxyType(dict(row.list_filters)),
        find_filter_wire=MappingProxyType(dict(row.find_filters)),
        internal_id_verb=row.internal_id_lookup or None,
        model_ref=row.model,
        write_model_ref=row.write_model,
        import_required=row.import_required,
        import_required_one_of=row.import_required_one_of,
        import_columns=MappingProxyType(dict(row.import_columns)),
        import_flatten=row.import_flatten,
    )


def _key(name: str) -> str:
    return name.strip().lower().replace("-", "_").replace(" ", "_")


ENTITIES: Mapping[str, Entity] = MappingProxyType({row.name: _entity(row) for row in ROWS})
"""Every resource of the API, by its attribute name."""

_BY_NAME: Mapping[str, Entity] = MappingProxyType(
    {key: entity for entity in ENTITIES.values() for key in entity.names()}
)


def lookup(name_or_alias: str) -> Entity:
    """Return the entity for a name, CLI name or alias, in any case (``Sale-Invoices``, ``invoice``, ``quotes``).

    Raises ``UnknownEntityError`` listing the valid names.
    """
    entity = _BY_NAME.get(_key(name_or_alias))
    if entity is None:
        valid = ", ".join(
            sorted({e.cli_name for e in ENTITIES.values()} | {a for e in ENTITIES.values() for a in e.aliases})
        )
        raise UnknownEntityError(f"unknown entity {name_or_alias!r}: expected one of {valid}")
    return entity
