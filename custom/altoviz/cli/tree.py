"""The resource commands, generated from the entity registry and the generated operations (so from the spec).

Nothing here names an entity. Each entity of ``altoviz.registry`` becomes a group named by its official noun
(``customer``, also reachable as ``customers``), with one subcommand per operation; an entity with a single
``list`` or ``get`` (``vats``, ``settings``) becomes one command. A subcommand's arguments, options, choices and
help come from the generated operation's signature, types and docstring, and a create's flags from the fields
of the model it sends. Groups and subcommands are built when first used, so the root's ``--help`` imports none.
"""

from __future__ import annotations

import datetime
import enum
import inspect
import re
import sys
import typing
from collections.abc import Mapping
from typing import Any

import click

from .._merge import merged
from .settings import current, is_terminal, with_global_options

# Operations whose page the command walks: these two parameters are the pager's, not options.
_PAGING = ("page_index", "page_size")
# The official CLI's names for verbs whose generated name differs.
_VERB_NAMES = {"mark_as_paid": "mark-paid", "mark_as_refunded": "mark-refunded"}
_SINGLE_VERBS = ("list", "get")
_DEFAULT_PAGE_SIZE = 100  # the API's largest page: --all-pages walks a list in the fewest requests


def _registry() -> Any:
    """Return the entity registry (``altoviz.registry``), read in this one place."""
    import importlib

    return importlib.import_module("altoviz.registry")


def verb_command_name(verb: str) -> str:
    """``mark_as_paid`` -> ``mark-paid``, ``get_contacts`` -> ``contacts``, ``create_from_file`` -> itself dashed."""
    if verb in _VERB_NAMES:
        return _VERB_NAMES[verb]
    if verb.startswith("get_") and not verb.startswith("get_by_"):
        verb = verb[len("get_") :]
    return verb.replace("_", "-")


def noun(entity: Any) -> str:
    """Return the command name of an entity: the official CLI's noun (``invoice``), or the plural for one-verb lists."""
    if _is_single(entity):
        return str(entity.cli_name)
    return str(entity.aliases[0] if entity.aliases else entity.cli_name)


def _is_single(entity: Any) -> bool:
    verbs = list(entity.operations)
    return len(verbs) == 1 and verbs[0] in _SINGLE_VERBS


def _parent(entity: Any, by_noun: Mapping[str, Any]) -> tuple[Any, str] | None:
    """``product-family`` -> (the product entity, ``family``): an entity named after another nests under it."""
    name = noun(entity)
    head, sep, rest = name.partition("-")
    parent = by_noun.get(head)
    if sep and parent is not None and parent is not entity:
        return parent, rest
    return None


def _nouns() -> dict[str, Any]:
    return {noun(e): e for e in _registry().ENTITIES.values()}


def resource_names() -> list[str]:
    """Top-level resource commands (nested ones like ``product-family`` are reached through their parent)."""
    by_noun = _nouns()
    return [name for name, entity in by_noun.items() if _parent(entity, by_noun) is None]


def resource_help() -> list[tuple[str, str]]:
    """(name, short help) of each top-level resource, from names alone: no operation is imported."""
    by_noun = _nouns()
    rows = []
    for name in resource_names():
        entity = by_noun[name]
        verbs = [verb_command_name(v) for v in entity.operations]
        verbs += [rest for parent, rest in _children(by_noun).values() if parent is entity]
        rows.append((name, ", ".join(verbs)))
    return rows


def _children(by_noun: Mapping[str, Any]) -> dict[str, tuple[Any, str]]:
    out = {}
    for name, entity in by_noun.items():
        found = _parent(entity, by_noun)
        if found is not None:
            out[name] = found
    return out


def resource_command(name: str) -> click.Command | None:
    """Return the command for a resource named by noun, plural, CLI name or attribute name; None if there is none."""
    registry = _registry()
    try:
        entity = registry.lookup(name)
    except registry.UnknownEntityError:
        return None
    return entity_command(entity)


def entity_command(entity: Any, name: str | None = None) -> click.Command:
    """Return the group (or single command) of one entity."""
    if _is_single(entity):
        verb = next(iter(entity.operations))
        command = operation_command(entity, verb, name or noun(entity))
        return command
    by_noun = _nouns()
    nested = {rest: by_noun[child] for child, (parent, rest) in _children(by_noun).items() if parent is entity}
    return with_global_options(
        EntityGroup(entity, nested, name=name or noun(entity), help=f"{entity.cli_name}: {entity.path}")
    )


class EntityGroup(click.Group):
    """An entity's verbs (and nested entities: ``product family``), each built when asked for."""

    def __init__(self, entity: Any, nested: Mapping[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.entity = entity
        self.nested = dict(nested)
        self.verbs = {verb_command_name(v): v for v in entity.operations}

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Return verbs, then nested entities, then what hand-written modules add (``webhook trigger``)."""
        from .legacy import EXTENSIONS

        return [*self.verbs, *self.nested, *EXTENSIONS.get(str(self.name), {})]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Return a verb by its command name (``mark-paid``) or generated one (``mark_as_paid``), or a nested entity."""
        if cmd_name in self.nested:
            return entity_command(self.nested[cmd_name], cmd_name)
        from .legacy import EXTENSIONS, extension_command

        if cmd_name in EXTENSIONS.get(str(self.name), {}) and cmd_name not in self.verbs:
            return extension_command(str(self.name), cmd_name)
        raw = cmd_name.replace("-", "_")
        verb = self.verbs.get(cmd_name) or (raw if raw in self.entity.operations else None)
        if verb is None:
            return None
        return operation_command(self.entity, verb, verb_command_name(verb))


# ---------------------------------------------------------------------------------------------- parameters


def _option_name(param: str) -> str:
    return "--" + param.rstrip("_").replace("_", "-")


def _inner_types(annotation: Any) -> set[Any]:
    args = set(typing.get_args(annotation)) or {annotation}
    return {a for a in args if a is not type(None) and getattr(a, "__name__", "") != "Unset"}


def _click_type(annotation: Any) -> tuple[Any, bool] | None:
    """Return the click type for a parameter's annotation and whether it is a flag; None when no flag can carry it."""
    inner = _inner_types(annotation)
    if len(inner) != 1:
        return None
    kind = next(iter(inner))
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return CommaChoice([str(m.value) for m in kind], case_sensitive=False), False
    if kind is bool:
        return click.BOOL, True
    if kind is datetime.date:
        return click.DateTime(formats=["%Y-%m-%d"]), False
    if kind is datetime.datetime:
        return click.DateTime(), False
    if kind in (int, float, str):
        return {int: click.INT, float: click.FLOAT, str: click.STRING}[kind], False
    return None


class CommaChoice(click.Choice):  # type: ignore[type-arg]
    """A choice that also takes ``a,b`` (for a repeated option: ``--type InvoiceCreated,QuoteDeleted``)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """Return the canonical choice, or a list of them for a comma-separated value of a repeated option."""
        if isinstance(value, str) and "," in value and param is not None and getattr(param, "multiple", False):
            return [super(CommaChoice, self).convert(v.strip(), param, ctx) for v in value.split(",") if v.strip()]
        return super().convert(value, param, ctx)


def _flat(values: Any) -> list[Any]:
    out: list[Any] = []
    for value in values:
        out.extend(value if isinstance(value, list) else [value])
    return out


def _convert(value: Any, annotation: Any) -> Any:
    """Return a parsed option value as the generated operation wants it (enum member, date)."""
    if value is None:
        return None
    inner = _inner_types(annotation)
    kind = next(iter(inner)) if len(inner) == 1 else None
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return next(m for m in kind if str(m.value).lower() == str(value).lower())
    if kind is datetime.date and isinstance(value, datetime.datetime):
        return value.date()
    return value


def _summary(op: Any) -> str:
    doc = inspect.getdoc(getattr(op, "asyncio", None)) or ""
    return doc.split("\n\n", 1)[0].strip()


def operation_command(entity: Any, verb: str, name: str) -> click.Command:
    """Return the command that runs one generated operation."""
    op = entity.operations[verb]
    func = op._get_kwargs
    hints = typing.get_type_hints(func)
    signature = inspect.signature(func)
    params: list[click.Parameter] = []
    positional: list[str] = []
    query: dict[str, Any] = {}
    body_type: Any = None
    for pname, param in signature.parameters.items():
        annotation = hints.get(pname)
        if pname in _PAGING:
            continue
        if pname == "body":
            body_type = annotation
            continue
        typed = _click_type(annotation)
        if param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and param.default is inspect.Parameter.empty:
            positional.append(pname)
            params.append(click.Argument([pname], type=typed[0] if typed else click.STRING))
            continue
        if typed is None:
            continue
        query[pname] = annotation
        click_type, is_flag = typed
        if is_flag:
            params.append(
                click.Option([_option_name(pname), pname], is_flag=True, default=None, help=f"the {pname} filter")
            )
        else:
            params.append(
                click.Option(
                    [_option_name(pname), pname],
                    type=click_type,
                    metavar=_metavar(click_type),
                    help=_param_help(pname, click_type),
                )
            )
    is_list = all(p in signature.parameters for p in _PAGING)
    returns = typing.get_type_hints(op._parse_success).get("return")
    is_download = getattr(returns, "__name__", "") == "File"
    spec = _CommandSpec(entity, verb, op, positional, query, body_type, is_list, is_download)
    if spec.target_params is not None:
        # webhook delete takes its id or its URL in the query: the official CLI takes either as <id-or-url>.
        params.insert(
            0,
            click.Argument(
                ["target"], required=False, metavar="ID-OR-" + spec.target_params[1].removesuffix("-query").upper()
            ),
        )
    if spec.id_field is not None:
        # mark-paid and mark-refunded name their document in the body (invoiceId): the official CLI takes <id>.
        params.insert(0, click.Argument(["record_id"], type=click.INT, required=False, metavar="ID"))
    params += spec.extra_params()
    command = click.Command(name, params=params, callback=spec.run, help=_summary(op) or f"{verb} {entity.cli_name}")
    return with_global_options(command)


def _metavar(click_type: Any) -> str | None:
    if isinstance(click_type, click.DateTime):
        return "YYYY-MM-DD"
    if isinstance(click_type, click.Choice):
        return None
    return str(click_type.name).upper()


def _param_help(pname: str, click_type: Any) -> str:
    if isinstance(click_type, click.Choice):
        return "one of: " + ", ".join(str(c) for c in click_type.choices)
    if isinstance(click_type, click.DateTime):
        return "a date, YYYY-MM-DD"
    return f"{click_type.name}"


# Optional fields are set one by one (field_dict["wireName"] = python_name), required ones in one update({...}).
_FIELD = re.compile(r'field_dict\["([^"]+)"\] = (\w+)|^\s+"([^"]+)": (\w+),$', re.MULTILINE)
# The generator writes each field's description from the spec as a docstring under it.
_FIELD_DOC = re.compile(r'^    (\w+): [^\n]*\n    """(.*?)"""', re.MULTILINE | re.DOTALL)


def field_docs(model: type) -> dict[str, str]:
    """Field -> its description in the spec (from the docstrings the generator writes under each field)."""
    try:
        source = inspect.getsource(model)
    except (OSError, TypeError):
        return {}
    return {name: " ".join(doc.split()) for name, doc in _FIELD_DOC.findall(source)}


def _wire_keys(model: Any) -> dict[str, str]:
    """Attribute -> wire key, as the generated ``to_dict`` writes them (empty when its source cannot be read)."""
    try:
        source = inspect.getsource(model.to_dict)
    except (OSError, TypeError, AttributeError):
        return {}
    return {(python or python2): (key or key2) for key, python, key2, python2 in _FIELD.findall(source)}


def model_fields(model: type) -> dict[str, tuple[str, Any]]:
    """Flag name -> (wire key, annotation) for a model's scalar fields, read from the generated ``to_dict``."""
    import attrs

    wire = _wire_keys(model)
    module_globals = vars(inspect.getmodule(model) or object)
    out: dict[str, tuple[str, Any]] = {}
    for fld in attrs.fields(model):
        if fld.name not in wire or fld.name in ("id", "additional_properties"):
            continue
        annotation = _resolve(fld.type, module_globals)
        if annotation is not None:
            out[fld.name] = (wire[fld.name], annotation)
    return out


_SCALARS = {"str": str, "int": int, "float": float, "bool": bool, "datetime.date": datetime.date}


_LIST_OF = re.compile(r"^list\[(.+)\]$")


def _resolve(type_text: Any, module_globals: Mapping[str, Any]) -> Any:
    """Return ``None | str | Unset`` -> str; an enum the module imports -> it; ``list[X]`` -> list[X]; else None."""
    if not isinstance(type_text, str):
        type_text = getattr(type_text, "__name__", str(type_text))
    parts = {p.strip() for p in type_text.split("|")} - {"None", "Unset"}
    if len(parts) != 1:
        return None
    (part,) = parts
    inner_list = _LIST_OF.match(part)
    if inner_list is not None:
        inner = _resolve(inner_list.group(1), module_globals)
        return list[inner] if inner is not None and typing.get_origin(inner) is not list else None  # type: ignore[valid-type]
    if part in _SCALARS:
        return _SCALARS[part]
    found = module_globals.get(part)
    if isinstance(found, type) and issubclass(found, enum.Enum):
        return found
    return None


class _CommandSpec:
    """What one operation's command needs to run it."""

    def __init__(
        self,
        entity: Any,
        verb: str,
        op: Any,
        positional: list[str],
        query: dict[str, Any],
        body_type: Any,
        is_list: bool,
        is_download: bool,
    ) -> None:
        self.entity, self.verb, self.op = entity, verb, op
        self.positional, self.query = positional, query
        self.body_type, self.is_list, self.is_download = body_type, is_list, is_download
        self.fields: dict[str, tuple[str, Any]] = {}
        self.list_body = self.body_type is not None and typing.get_origin(self.body_type) is list
        self.docs: dict[str, str] = {}
        if self.body_type is not None and not self.list_body and hasattr(self.body_type, "from_dict"):
            self.fields = model_fields(self.body_type)
            self.docs = field_docs(self.body_type)
        text_params = [q for q, a in query.items() if q != "id" and _inner_types(a) == {str}]
        self.target_params = (
            ("id", _option_name(text_params[0])[2:])
            if verb == "delete" and not positional and "id" in query and len(text_params) == 1
            else None
        )
        self._text_param = text_params[0] if self.target_params else None
        own_id = f"{noun(entity).replace('-', '_')}_id"
        self.id_field = (
            own_id if not positional and verb not in ("create", "update") and own_id in self.fields else None
        )

    def extra_params(self) -> list[click.Parameter]:
        """Options the verb adds: paging, a body from flags or a file, a PDF's path, the recipients."""
        extra: list[click.Parameter] = []
        if self.is_list:
            extra += [
                click.Option(["--all-pages"], is_flag=True, help="every page, not just the first"),
                click.Option(["--page-size"], type=click.IntRange(1), help="records per page"),
                click.Option(["--page"], type=click.IntRange(0), help="the page to show (the API's index)"),
            ]
        if self.is_download:
            extra.append(
                click.Option(
                    ["--file", "-f"], type=click.Path(dir_okay=False), help="where to write the PDF (default: ID.pdf)"
                )
            )
        if self.list_body:
            extra.append(click.Option(["--to"], multiple=True, help="a value of the request body (repeatable)"))
        elif self.body_type is not None:
            extra.append(
                click.Option(["--file", "-f"], help="the record as a JSON or YAML file; '-' reads standard input")
            )
            taken = {_option_name(q) for q in self.query} | {"--file", "--to", "--all-pages"}
            for fname, (_, annotation) in self.fields.items():
                many = typing.get_origin(annotation) is list
                typed = _click_type(typing.get_args(annotation)[0] if many else annotation)
                names = [_option_name(fname)]
                if many and fname.endswith("s"):
                    names.append(_option_name(fname[:-1]))  # types -> --type, repeated: the official CLI's name
                names = [n for n in names if n not in taken]
                if not names or typed is None:
                    continue
                extra.append(
                    click.Option(
                        [*names, "field_" + fname],
                        multiple=many,
                        type=typed[0],
                        metavar=_metavar(typed[0]),
                        help=f"{self.fields[fname][0]}: {self.docs.get(fname, '')}".rstrip(": "),
                    )
                )
        return extra

    def run(self, **values: Any) -> int:
        """Run the operation with the values given and print its answer."""
        from .runner import run_api

        settings = current()
        if self.verb == "delete" and not _confirmed(settings, self.entity, values):
            click.echo("altoviz: not deleted", err=True)
            return 1
        if self.body_type is not None and not self.list_body and not hasattr(self.body_type, "from_dict"):
            raise click.UsageError(
                f"{self.entity.cli_name} {self.verb} sends a file upload: use the SDK's client.upload"
            )
        args = [values[p] for p in self.positional]
        kwargs = {q: _convert(values.get(q), a) for q, a in self.query.items() if values.get(q) is not None}
        if self.list_body:
            kwargs["body"] = list(values.get("to") or ())
        target = values.get("target")
        if target is not None and self._text_param is not None:
            if target.isdigit():
                kwargs["id"] = int(target)
            else:
                kwargs[self._text_param] = target
        edits = {
            self.fields[k[len("field_") :]][0]: _plain(v)
            for k, v in values.items()
            if k.startswith("field_") and v is not None and v != ()
        }
        if self.id_field is not None and values.get("record_id") is not None:
            edits[self.fields[self.id_field][0]] = values["record_id"]
        from_file = _read_body(values.get("file")) if self.body_type is not None and not self.list_body else None
        if self.is_download:
            return self._download(settings, args, kwargs, values.get("file"))

        async def body(client: Any) -> Any:
            if self.body_type is not None and not self.list_body:
                kwargs["body"] = await self._body(client, args, from_file, edits)
            if self.is_list:
                return await self._list(client, kwargs, values)
            if self.verb == "create":
                return await self._create(client, args, kwargs)
            return await client.call(self.op, *args, **kwargs)

        code = run_api(settings, body)
        if code == 0 and self.verb == "delete" and not settings.quiet:
            what = " ".join(str(v) for v in [*args, values.get("target")] if v is not None)
            click.echo(f"deleted {noun(self.entity)} {what}".rstrip(), err=True)
        return code

    async def _list(self, client: Any, kwargs: dict[str, Any], values: Mapping[str, Any]) -> list[Any]:
        size = values.get("page_size") or _DEFAULT_PAGE_SIZE
        if values.get("all_pages"):
            return [item async for item in client.paginate(self.op, page_size=size, **kwargs)]
        index = values.get("page")
        return list(
            await client.call(
                self.op, page_index=client.first_page_index if index is None else index, page_size=size, **kwargs
            )
        )

    async def _create(self, client: Any, args: list[Any], kwargs: dict[str, Any]) -> Any:
        """Create; a refusal because the internalId is taken becomes a conflict (exit 5), as the official 409."""
        from .._errors import BadRequestError, ConflictError

        try:
            return await client.call(self.op, *args, **kwargs)
        except BadRequestError as exc:
            internal_id = kwargs["body"].to_dict().get("internalId") if "body" in kwargs else None
            existing = await self._find_internal_id(client, internal_id) if internal_id else None
            if existing is None:
                raise
            raise ConflictError(
                f"Conflict: a {noun(self.entity)} with internalId {internal_id!r} already exists (id {existing})",
                status_code=exc.status_code,
                method=exc.method,
                url=exc.url,
                body=exc.body,
                text=exc.text,
            ) from exc

    async def _find_internal_id(self, client: Any, internal_id: str) -> Any:
        """Return the id of the record with this internalId, through the registry's lookup; None when there is none."""
        from .._errors import NotFoundError

        lookup = getattr(self.entity, "internal_id_lookup", None)
        if lookup is None:
            return None
        params = inspect.signature(lookup._get_kwargs).parameters
        try:
            if "internal_id" in params and params["internal_id"].default is inspect.Parameter.empty:
                found = await client.call(lookup, internal_id)
            else:
                found = await client.call(lookup, internal_id=internal_id)
        except NotFoundError:
            return None
        if isinstance(found, list):
            found = found[0] if found else None
        return getattr(found, "id", None)

    async def _body(self, client: Any, args: list[Any], from_file: Any, edits: dict[str, Any]) -> Any:
        record: dict[str, Any] = {}
        if self.verb == "update" and "get" in self.entity.operations:
            # The official CLI's update merges the changes onto the record as stored: a PUT replaces it.
            record = (await client.call(self.entity.operations["get"], *args)).to_dict()
        if isinstance(from_file, dict):
            record = merged(record, from_file)
        record = merged(record, edits)
        if not record:
            raise click.UsageError("nothing to send: give --file or field options (see --help)")
        missing = [key for key in _required_keys(self.body_type) if record.get(key) in (None, "", [])]
        if missing:
            flags = ", ".join("--" + re.sub(r"(?<!^)(?=[A-Z])", "-", key).lower() for key in missing)
            raise click.UsageError(f"the API requires {', '.join(missing)}: give {flags} or put them in --file")
        return self.body_type.from_dict(record)

    def _download(self, settings: Any, args: list[Any], kwargs: dict[str, Any], path: str | None) -> int:
        from pathlib import Path

        from .runner import run_api

        target = Path(path or f"{args[0] if args else 'download'}.pdf")

        async def body(client: Any) -> None:
            await client.download(self.op, *args, **kwargs).to_path(target)
            if not settings.quiet:
                click.echo(f"wrote {target}", err=True)

        return run_api(settings, body)


def _required_keys(model: Any) -> list[str]:
    """Return the wire names of the fields the spec marks required (the model's fields without a default)."""
    import attrs

    wire = _wire_keys(model)
    return [wire[f.name] for f in attrs.fields(model) if f.default is attrs.NOTHING and f.name in wire]


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in _flat(value)]
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    return value


def _read_body(path: str | None) -> Any:
    """Return the record in a JSON or YAML file, or standard input for ``-``."""
    if path is None:
        return None
    import yaml

    stream = click.open_file(path, "r", encoding="utf-8")
    try:
        with stream:
            data = yaml.safe_load(stream)
    except (OSError, yaml.YAMLError) as exc:
        raise click.UsageError(f"--file {path}: {exc}") from None
    if not isinstance(data, dict):
        raise click.UsageError(f"--file {path}: expected one JSON or YAML object")
    return data


def _confirmed(settings: Any, entity: Any, values: Mapping[str, Any]) -> bool:
    if settings.yes:
        return True
    if not is_terminal(sys.stdin):
        raise click.UsageError("delete asks for confirmation: add --yes (-y) when not at a terminal")
    what = " ".join(str(v) for v in values.values() if isinstance(v, (int, str)))
    return click.confirm(f"Delete {noun(entity)} {what}?", default=False)
