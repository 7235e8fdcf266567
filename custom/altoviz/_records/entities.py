"""What each importable entity is: its generated model, the fields a record must have, the typed fields to check.

Everything comes from ``altoviz.registry`` (generated from the spec); nothing here names an entity. An entity
is importable when the bulk importer can upsert it: a create operation, a model with ``internalId`` and a way
to find a record by it. Every record must carry a non-empty ``internalId``: the importer finds an
already-created record through it (``Find``/``GetByInternalId``), which is what makes a re-run or a retried
create exactly-once. Beyond that, each entity requires what makes a record useful in Altoviz, which the
published document does not say (it marks nothing required): the curated spec says it per schema in
``x-altoviz-import`` (e.g. customers need ``companyName`` or ``lastName``, products ``name`` and ``unitPrice``,
invoices ``date`` and ``customerId`` or ``customerNumber``), with flat column names such as a supplier's
``companyName`` for its ``name``.

Typed fields are found in the generated model, at any depth (``lines[].quantity``, ``billingContact.email``):
dates are ``YYYY-MM-DD`` (the wire format, and the only unambiguous one: 03/04/2025 is March or April
depending on who typed it), numbers use a dot for decimals, integers and booleans are checked, and a field
named ``email`` must look like an address. Enum fields (``type``, ``paymentMethod``) are not checked: the API
adds values over time and the server is the judge of which ones it accepts.
"""

from __future__ import annotations

import datetime
import enum
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Protocol, cast

import attrs

from ..registry import ENTITIES as REGISTRY
from ..registry import Entity, lookup
from .errors import UnknownEntityError

KEY_FIELD = "internalId"
"""The wire field that identifies a record across runs: required, non-empty and unique within a file."""


class WireModel(Protocol):
    """What the importer needs from a generated model: build one from a wire-format dict, and back."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Any: ...

    def to_dict(self) -> dict[str, Any]: ...


class FieldKind(enum.Enum):
    """How a field's value is checked and converted to its wire type."""

    EMAIL = "email"
    DATE = "date"
    NUMBER = "number"
    INTEGER = "integer"
    BOOLEAN = "boolean"


@dataclass(frozen=True)
class EntitySpec:
    """One importable entity.

    Field paths are wire paths: dotted for nested objects (``billingAddress.city``), with ``[]`` for every
    element of a list (``lines[].quantity``).
    """

    name: str
    """The name the CLI uses: ``altoviz import customers FILE``."""
    model: type[WireModel]
    """The generated model a record becomes (``model.from_dict(record)``)."""
    required: tuple[str, ...]
    """Fields every record must have, non-empty."""
    required_one_of: tuple[tuple[str, ...], ...] = ()
    """Groups of fields of which each record must have at least one, non-empty."""
    kinds: Mapping[str, FieldKind] = field(default_factory=dict)
    """Typed fields, by wire path."""
    aliases: Mapping[str, str] = field(default_factory=dict)
    """Flat column names understood without a mapping, and the wire path each one fills."""
    key: str = KEY_FIELD

    def wire_fields(self) -> frozenset[str]:
        """Return the top-level wire names of the model (``companyName``, ``billingAddress``...).

        Read from the generated attrs class, so a field added by ``make regenerate`` is importable at once.
        """
        model = cast("type[attrs.AttrsInstance]", self.model)  # every generated model is an attrs class
        return frozenset(_wire_name(f.name) for f in attrs.fields(model) if f.name != "additional_properties")


def _wire_name(attribute: str) -> str:
    # The generator turns camelCase wire names into snake_case attributes and suffixes Python keywords and
    # builtins (``type_``); this undoes both.
    head, *rest = attribute.rstrip("_").split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


_ADDRESS_FIELDS = ("street", "zipcode", "city", "countryIso")
_KINDS: Mapping[type, FieldKind] = {
    datetime.date: FieldKind.DATE,
    float: FieldKind.NUMBER,
    int: FieldKind.INTEGER,
    bool: FieldKind.BOOLEAN,
}
_MAX_DEPTH = 3
"""How deep nested models are searched for typed fields: ``lines[].quantity`` is two levels; a cycle stops here."""


_UnionType = type(int | str)


def _field_types(annotation: Any) -> list[Any]:
    # ``float | Unset``, ``list[InvoiceLine] | None | Unset``: the members that are not Unset/None.
    args = typing.get_args(annotation) if typing.get_origin(annotation) in (typing.Union, _UnionType) else ()
    return [a for a in (args or (annotation,)) if a is not type(None) and getattr(a, "__name__", "") != "Unset"]


class _ModelNames(dict[str, Any]):
    """The generated models by class name, imported on first use (the package itself imports them lazily).

    Generated models import the models they nest under TYPE_CHECKING only, so their annotations resolve here.
    """

    def __missing__(self, name: str) -> Any:
        import altoviz_client.models

        try:
            return getattr(altoviz_client.models, name)
        except AttributeError:
            raise KeyError(name) from None


def _kinds(model: type, prefix: str = "", depth: int = 0) -> dict[str, FieldKind]:
    """Every typed wire path of an attrs model, found from its annotations."""
    if depth >= _MAX_DEPTH or not attrs.has(model):
        return {}
    kinds: dict[str, FieldKind] = {}
    hints = typing.get_type_hints(model, localns=_ModelNames())
    for attribute in attrs.fields(model):
        if attribute.name == "additional_properties":
            continue
        path = prefix + _wire_name(attribute.name)
        for kind in _field_types(hints.get(attribute.name)):
            if typing.get_origin(kind) is list:
                (item,) = typing.get_args(kind) or (Any,)
                kinds.update(_kinds(item, f"{path}[].", depth + 1))
            elif isinstance(kind, type) and attrs.has(kind):
                kinds.update(_kinds(kind, f"{path}.", depth + 1))
            elif kind in _KINDS:
                kinds[path] = _KINDS[kind]
            elif kind is str and _wire_name(attribute.name) == "email":
                kinds[path] = FieldKind.EMAIL
    return kinds


def spec_of(entity: Entity) -> EntitySpec | None:
    """Return the import spec of a registry entity, or None when the bulk importer cannot upsert it."""
    model = entity.write_model
    if model is None or not entity.has("create") or entity.internal_id_lookup is None:
        return None
    if not attrs.has(model) or "internal_id" not in {f.name for f in attrs.fields(model)}:
        return None
    flat = {name: f"{entity.import_flatten}.{name}" for name in _ADDRESS_FIELDS} if entity.import_flatten else {}
    return EntitySpec(
        name=entity.cli_name,
        model=cast("type[WireModel]", model),
        required=(KEY_FIELD, *entity.import_required),
        required_one_of=entity.import_required_one_of,
        kinds=_kinds(model),
        aliases={**flat, **entity.import_columns},
    )


ENTITIES: Mapping[str, EntitySpec] = MappingProxyType(
    {spec.name: spec for entity in REGISTRY.values() if (spec := spec_of(entity)) is not None}
)
"""Every importable entity, by its CLI name (``customers``, ``sale-invoices``)."""


def entity_spec(name: str | EntitySpec) -> EntitySpec:
    """Return the spec for an entity name (``customers``, ``sale_invoices``, ``Sale-Invoices``, ``invoice``)."""
    if isinstance(name, EntitySpec):
        return name
    try:
        spec = ENTITIES.get(lookup(name).cli_name)
    except UnknownEntityError:
        spec = None
    if spec is None:
        raise UnknownEntityError(f"unknown entity {name!r}: expected one of {', '.join(ENTITIES)}")
    return spec
