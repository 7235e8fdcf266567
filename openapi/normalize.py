"""Turn any Altoviz OpenAPI document into the generator-ready form.

Input is either our curated ``openapi/altoviz.yaml`` or a raw document as Altoviz publishes it (ASP.NET
tooling). The output is the same client either way: every step below is idempotent, so on the curated
document it changes nothing that matters, and on a raw one it repairs the known quirks:

==============================================  ===================================================
quirk of the published document                 repair
==============================================  ===================================================
operationIds ``GET_Customers_List``, one dup    one naming rule from the method, path and upstream id
four JSON request content types                 one ``application/json`` body (the generator would
                                                otherwise send ``application/*+json``)
JSON responses declared as ``text/plain``       one ``application/json`` (the generator parses
                                                ``text/plain`` from ``response.text`` and breaks)
uploads described by ASP.NET's file object      ``multipart/form-data`` with one binary ``file`` part
PDF downloads with no 200 content               ``application/pdf`` binary
``additionalProperties: false``                 removed: unknown fields must survive a round trip
dotted ``Status.Status.Status`` parameters      one ``Status`` parameter typed like the item's field
no 401 / 404 / 429 declared                     shared ProblemDetails responses, 429 with Retry-After
no 400 on many operations that take a body      a shared 400 with the Error body
==============================================  ===================================================

Generation policy applied on top (see ``prepare_for_generator``): an optional property that points at
another schema may come back ``null`` from the live API, so it is made nullable; a read must not fail.

Usage: ``python openapi/normalize.py IN OUT`` (YAML or JSON in, YAML out).
"""

from __future__ import annotations

import copy
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

Doc = dict[str, Any]

DEFAULT_SERVER = "https://api.altoviz.com"
METHODS = ("get", "put", "post", "delete", "patch")
UPSTREAM_ID = re.compile(r"^(GET|POST|PUT|DELETE|PATCH)_([A-Za-z0-9]+)_([A-Za-z0-9]+)$")
PYTHON_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
JSON_TYPE = re.compile(r"^(application/([\w.+-]*\+)?json|text/json|application/\*\+json|text/plain)(;.*)?$")
# Fields of ASP.NET's IFormFile, which the published document shows instead of a binary part.
FORM_FILE_FIELDS = {"ContentType", "ContentDisposition", "Headers", "Length", "Name", "FileName"}
# Nouns that are their own singular, so "Settings" gives get_settings and not get_setting.
UNCOUNTABLE = {"settings", "hello"}
# Upstream actions that are verbs on their own: Finalize -> finalize_sale_invoice.
VERB_ACTIONS = {"finalize", "download", "send", "cancel", "duplicate", "validate", "accept", "refuse", "upload"}
# The plain CRUD actions: upstream action -> (verb, use the plural noun).
CRUD_ACTIONS = {
    "list": ("list", True),
    "find": ("find", True),
    "get": ("get", False),
    "post": ("create", False),
    "create": ("create", False),
    "put": ("update", False),
    "update": ("update", False),
    "delete": ("delete", False),
}
PROBLEM = {"$ref": "#/components/schemas/ProblemDetails"}
ERROR_RESPONSES: dict[str, dict[str, Any]] = {
    "Unauthorized": {
        "description": "The X-API-KEY header is missing or the key is not valid.",
        "content": {"application/json": {"schema": PROBLEM}},
    },
    "NotFound": {
        "description": "No entity has this id.",
        "content": {"application/json": {"schema": PROBLEM}},
    },
    "TooManyRequests": {
        "description": "Rate limit reached: the request was not processed. Wait as long as Retry-After says.",
        "headers": {
            "Retry-After": {
                "description": "How long to wait before the next request: whole seconds, or an HTTP date.",
                "schema": {"type": "string"},
            }
        },
        "content": {"application/json": {"schema": PROBLEM}},
    },
}
ERROR_RESPONSES["BadRequest"] = {
    "description": "The request is not valid: a field is wrong, the internalId is taken, or the document is final.",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
}
ERROR_STATUS = {"400": "BadRequest", "401": "Unauthorized", "404": "NotFound", "429": "TooManyRequests"}
PROBLEM_DETAILS_SCHEMA = {
    "type": "object",
    "description": "An RFC 7807 problem description.",
    "properties": {
        "type": {"type": "string", "nullable": True},
        "title": {"type": "string", "nullable": True},
        "status": {"type": "integer", "format": "int32", "nullable": True},
        "detail": {"type": "string", "nullable": True},
        "instance": {"type": "string", "nullable": True},
    },
}


# --- names -------------------------------------------------------------------------------------


def snake(name: str) -> str:
    """``SaleInvoices`` -> ``sale_invoices``; ``GetByInternalId`` -> ``get_by_internal_id``."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_").lower()


def singular(noun: str) -> str:
    """English singular of a snake_case plural resource name (enough for Altoviz's nouns)."""
    if noun in UNCOUNTABLE:
        return noun
    head, _, last = noun.rpartition("_")
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return f"{head}_{last}" if head else last


def path_segments(path: str) -> list[str]:
    """The segments of a path without the ``v1`` version prefix."""
    segments = [s for s in path.split("/") if s]
    return segments[1:] if segments and re.fullmatch(r"v\d+", segments[0]) else segments


def resource_of(path: str) -> str:
    """The resource a path belongs to: its first segment after the version (``SaleInvoices``)."""
    return path_segments(path)[0]


def action_from_path(method: str, path: str) -> str:
    """The upstream-style action for a path, for documents that carry no usable operationId."""
    rest = path_segments(path)[1:]
    literal = [s for s in rest if not s.startswith("{")]
    if not literal:
        single = bool(rest) or snake(resource_of(path)) in UNCOUNTABLE
        return {"get": "Get" if single else "List", "post": "Post", "put": "Update", "delete": "Delete"}[method]
    word = literal[-1][:1].upper() + literal[-1][1:]
    known = word.lower() in VERB_ACTIONS | {"find"} or word.startswith(("Get", "MarkAs"))
    if known:
        return word
    if method == "post":
        # POST /PurchaseInvoices/file: a create from something else than JSON.
        return f"CreateFrom{word}"
    return f"Get{word}"


def operation_name(resource: str, action: str) -> str:
    """The naming rule: ``(SaleInvoices, MarkAsPaid)`` -> ``mark_sale_invoice_as_paid``."""
    plural = snake(resource)
    one = singular(plural)
    act = snake(action)
    if act in CRUD_ACTIONS:
        verb, use_plural = CRUD_ACTIONS[act]
        return f"{verb}_{plural if use_plural else one}"
    if act.startswith("mark_as_"):
        return f"mark_{one}_as_{act.removeprefix('mark_as_')}"
    if act.startswith("get_by_"):
        return f"get_{one}_{act.removeprefix('get_')}"
    if act.startswith("get_"):
        return f"get_{one}_{act.removeprefix('get_')}"
    verb, _, tail = act.partition("_")
    if verb in VERB_ACTIONS or verb == "create":
        return f"{verb}_{one}" + (f"_{tail}" if tail else "")
    return f"get_{one}_{act}"


def name_operations(doc: Doc) -> None:
    """Give every operation a unique Python-style operationId and a tag per resource."""
    upstream_counts = Counter(op.get("operationId") for _, _, op in operations(doc))
    for path, method, op in operations(doc):
        op_id = op.get("operationId") or ""
        m = UPSTREAM_ID.match(op_id)
        if PYTHON_NAME.match(op_id):
            name = op_id
        elif m and upstream_counts[op_id] == 1:
            name = operation_name(m.group(2), m.group(3))
        else:
            # No id, an id of an unknown shape, or one shared by several operations: the path decides.
            name = operation_name(resource_of(path), action_from_path(method, path))
        op["operationId"] = name
        op["tags"] = [resource_of(path)]
    taken = Counter(op["operationId"] for _, _, op in operations(doc))
    clashes = sorted(name for name, n in taken.items() if n > 1)
    if clashes:
        raise ValueError(f"operationIds are not unique after normalizing: {', '.join(clashes)}")


# --- bodies and responses ----------------------------------------------------------------------


def operations(doc: Doc) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every (path, method, operation) of the document."""
    for path, item in doc.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def json_schema_of(content: dict[str, Any]) -> dict[str, Any] | None:
    """The schema of the first JSON-like content type, preferring ``application/json``."""
    if "application/json" in content:
        return content["application/json"].get("schema")
    for content_type, media in content.items():
        if JSON_TYPE.match(content_type):
            return media.get("schema")
    return None


def is_binary(schema: dict[str, Any] | None) -> bool:
    """A ``string``/``binary`` schema: a file."""
    return bool(schema) and schema.get("type") == "string" and schema.get("format") == "binary"


def fix_request_body(op: dict[str, Any]) -> None:
    """One JSON body, or one multipart body with a single binary file part."""
    body = op.get("requestBody")
    if not body or "content" not in body:
        return
    content = body["content"]
    if "multipart/form-data" in content:
        schema = content["multipart/form-data"].get("schema") or {}
        props = schema.get("properties", {})
        if FORM_FILE_FIELDS & set(props) or not any(is_binary(p) for p in props.values()):
            schema = {
                "type": "object",
                "required": ["file"],
                "properties": {"file": {"type": "string", "format": "binary", "description": "The file to upload."}},
            }
        body["content"] = {"multipart/form-data": {"schema": schema}}
        body["required"] = True
        return
    schema = json_schema_of(content)
    if schema is not None:
        body["content"] = {"application/json": {"schema": schema}}
        body.setdefault("required", True)


def is_download(path: str, op: dict[str, Any]) -> bool:
    """A PDF download: a ``Download`` path segment, or a 2xx response declared as binary."""
    if any(s.lower() == "download" for s in path_segments(path)):
        return True
    for status, response in op.get("responses", {}).items():
        if status.startswith("2") and any(is_binary(m.get("schema")) for m in response.get("content", {}).values()):
            return True
    return False


def fix_responses(path: str, op: dict[str, Any]) -> None:
    """One content type per response: ``application/pdf`` for downloads, else ``application/json``."""
    download = is_download(path, op)
    for status, response in op.get("responses", {}).items():
        if "$ref" in response:
            continue
        if download and status.startswith("2"):
            response["description"] = response.get("description") or "The document as a PDF file."
            response["content"] = {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}
            continue
        content = response.get("content")
        if not content:
            continue
        schema = json_schema_of(content)
        if schema is None:
            continue
        response["content"] = {"application/json": {"schema": schema}}


def has_typed_query(op: dict[str, Any]) -> bool:
    """Whether a query parameter can hold a value its type refuses (a number, a boolean, an enum)."""
    for param in op.get("parameters", []):
        schema = param.get("schema", {}) if param.get("in") == "query" else {}
        if "$ref" in schema or schema.get("type") in {"integer", "number", "boolean"} or "enum" in schema:
            return True
    return False


def add_error_responses(path: str, op: dict[str, Any]) -> None:
    """Document 401 and 429 everywhere, and 404 where the path names an entity, as ProblemDetails.

    An operation that takes a body also documents 400 where the document does not: ASP.NET validates
    every body, and the business rules (a taken internalId, a final invoice) answer 400 too. So does
    one with a typed query value: ASP.NET's model binding answers 400 to ``PageIndex=abc``.
    """
    responses = op.setdefault("responses", {})
    wanted = ["401", "429"] + (["404"] if "{" in path else [])
    for status in wanted:
        responses[status] = {"$ref": f"#/components/responses/{ERROR_STATUS[status]}"}
    if ("requestBody" in op or has_typed_query(op)) and "400" not in responses:
        responses["400"] = {"$ref": f"#/components/responses/{ERROR_STATUS['400']}"}
    op["responses"] = dict(sorted(responses.items()))


def collapse_dotted_parameters(doc: Doc, op: dict[str, Any]) -> None:
    """ASP.NET expands a filter object into ``Status.From``, ``Status.Status.Status``... into one param.

    The collapsed parameter takes the schema of the listed item's property of the same name (the quote
    list's ``Status`` becomes a QuoteStatus), or ``string`` when there is no such property.
    """
    params = op.get("parameters", [])
    dotted = [p for p in params if p.get("in") == "query" and "." in p.get("name", "")]
    if not dotted:
        return
    kept = [p for p in params if p not in dotted]
    names = {p["name"] for p in kept}
    for prefix in dict.fromkeys(p["name"].split(".")[0] for p in dotted):
        if prefix not in names:
            kept.append({"name": prefix, "in": "query", "schema": item_property_schema(doc, op, prefix)})
    op["parameters"] = kept


def item_property_schema(doc: Doc, op: dict[str, Any], name: str) -> dict[str, Any]:
    """The schema of property ``name`` of the item that a list operation answers."""
    ok = op.get("responses", {}).get("200", {})
    schema = json_schema_of(ok.get("content", {})) or {}
    ref = schema.get("items", {}).get("$ref", "")
    item = doc.get("components", {}).get("schemas", {}).get(ref.rsplit("/", 1)[-1], {})
    for prop_name, prop in item.get("properties", {}).items():
        if prop_name.lower() == name.lower():
            return {k: v for k, v in prop.items() if k in ("$ref", "type", "format", "enum")}
    return {"type": "string"}


# --- schemas -----------------------------------------------------------------------------------


def open_schemas(node: Any) -> None:
    """Drop ``additionalProperties: false`` everywhere, so unknown fields are kept, not discarded."""
    if isinstance(node, dict):
        if node.get("additionalProperties") is False:
            del node["additionalProperties"]
        for value in node.values():
            open_schemas(value)
    elif isinstance(node, list):
        for value in node:
            open_schemas(value)


def ensure_components(doc: Doc) -> None:
    """Servers, the X-API-KEY scheme, ProblemDetails and the shared error responses."""
    if not doc.get("servers"):
        doc["servers"] = [{"url": DEFAULT_SERVER, "description": "Altoviz production"}]
    components = doc.setdefault("components", {})
    components.setdefault("schemas", {}).setdefault("ProblemDetails", copy.deepcopy(PROBLEM_DETAILS_SCHEMA))
    schemes = components.setdefault("securitySchemes", {})
    if not schemes:
        schemes["ApiKey"] = {"type": "apiKey", "name": "X-API-KEY", "in": "header"}
    scheme_name = next(iter(schemes))
    doc.setdefault("security", [{scheme_name: []}])
    responses = components.setdefault("responses", {})
    for name, response in ERROR_RESPONSES.items():
        responses.setdefault(name, copy.deepcopy(response))


def curate(doc: Doc) -> Doc:
    """The structural repairs: what our curated document already is. Idempotent."""
    doc = copy.deepcopy(doc)
    ensure_components(doc)
    name_operations(doc)
    for path, _method, op in operations(doc):
        fix_request_body(op)
        fix_responses(path, op)
        collapse_dotted_parameters(doc, op)
        add_error_responses(path, op)
    open_schemas(doc.get("components", {}).get("schemas", {}))
    return doc


def nullable_references(doc: Doc) -> None:
    """Let every optional property that points at another schema be ``null``.

    The published document never says so, but ASP.NET serializes a missing nested object or enum as
    ``null``; a generated model that does not expect it would raise on a read.
    """
    for schema in doc.get("components", {}).get("schemas", {}).values():
        required = set(schema.get("required", []))
        for name, prop in schema.get("properties", {}).items():
            if name in required:
                continue
            if "$ref" in prop:
                schema["properties"][name] = {"allOf": [{"$ref": prop.pop("$ref")}], **prop, "nullable": True}
            elif "allOf" in prop:
                prop["nullable"] = True


WRITE_SUFFIX = "Input"
"""The write model of ``Customer`` is ``CustomerInput``: what a create or an update sends."""


def _refs(node: Any) -> Iterator[str]:
    """The schema names a node points at, directly (not through other schemas)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            yield ref.rsplit("/", 1)[1]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _closure(schemas: dict[str, Any], roots: set[str]) -> set[str]:
    seen: set[str] = set()
    todo = [name for name in roots if name in schemas]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo += [ref for ref in _refs(schemas[name]) if ref in schemas and ref not in seen]
    return seen


def _body_nodes(doc: Doc) -> Iterator[dict[str, Any]]:
    for _path, _method, op in operations(doc):
        for media in op.get("requestBody", {}).get("content", {}).values():
            if "schema" in media:
                yield media


def _response_nodes(doc: Doc) -> Iterator[dict[str, Any]]:
    for _path, _method, op in operations(doc):
        for response in op.get("responses", {}).values():
            for media in response.get("content", {}).values():
                if "schema" in media:
                    yield media


def _retarget(node: Any, renamed: dict[str, str]) -> None:
    """Point every ``$ref`` to a renamed schema at its new name, in place."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.rsplit("/", 1)[-1] in renamed:
            node["$ref"] = f"#/components/schemas/{renamed[ref.rsplit('/', 1)[1]]}"
        for value in node.values():
            _retarget(value, renamed)
    elif isinstance(node, list):
        for value in node:
            _retarget(value, renamed)


def split_read_write(doc: Doc) -> None:
    """Give what the API answers and what a user sends their own schemas.

    A schema reached from a request body and from a response (``Customer``, and the ``AddressFields`` inside
    it) is copied as ``CustomerInput`` for the request side, without the properties the document marks
    ``readOnly`` (an update never sends ``id``, ``name`` or ``balance``), closed to unknown properties as the
    published document is, every property optional: a write model sends only what was set. Schemas reached only
    from requests (``PayInvoice``) are write models as they are.

    The read side (every schema reached from a response) has every property required, so a read model has no
    ``Unset``: a property the document declares non-nullable is a plain type (``id: int``, ``balance: float``,
    ``isDraft: bool``, a date, an inline enum); a nullable one, or one pointing at another schema (an object or
    an enum, which the API sends as null when unset), is ``X | None``. An
    answer that omits a nullable property reads as ``None``; one that omits a non-nullable property is refused
    with a typed error naming the model and the field (openapi/templates/model.py.jinja).
    """
    schemas = doc.get("components", {}).get("schemas", {})
    written = _closure(schemas, {ref for media in _body_nodes(doc) for ref in _refs(media)})
    read = _closure(schemas, {ref for media in _response_nodes(doc) for ref in _refs(media)})
    both = sorted(written & read)
    renamed = {name: name + WRITE_SUFFIX for name in both if "enum" not in schemas[name]}
    for name, new in renamed.items():
        if new in schemas:
            raise ValueError(f"cannot split {name}: the document already has a schema named {new}")
        copy_ = copy.deepcopy(schemas[name])
        props = copy_.get("properties", {})
        for prop_name in [n for n, p in props.items() if p.get("readOnly")]:
            del props[prop_name]
        copy_["required"] = [r for r in copy_.get("required", []) if r in props]
        if not copy_["required"]:
            del copy_["required"]
        copy_["additionalProperties"] = False
        if "description" in copy_:
            copy_["description"] = f"What a create or an update sends. {copy_['description']}"
        schemas[new] = copy_
    for name in renamed.values():
        _retarget(schemas[name], renamed)
    for media in _body_nodes(doc):
        _retarget(media, renamed)
    for name in read:
        schema = schemas[name]
        props = schema.get("properties", {})
        if not props or "enum" in schema:
            continue
        for prop in props.values():
            if "$ref" in prop or "allOf" in prop:
                # The document cannot mark a $ref nullable (OpenAPI 3.0), and the API sends null for a missing
                # nested object and for an unset enum alike (tests/unit/test_forward_compat.py): X | None.
                if "$ref" in prop:
                    prop["allOf"] = [{"$ref": prop.pop("$ref")}]
                prop["nullable"] = True
        schema["required"] = list(props)


def prepare_for_generator(doc: Doc) -> Doc:
    """``curate`` plus the generation policy: what openapi-python-client is fed."""
    doc = curate(doc)
    split_read_write(doc)
    nullable_references(doc)
    return doc


def load(path: Path) -> Doc:
    """Read a YAML or JSON OpenAPI document."""
    text = path.read_text(encoding="utf-8")
    data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    if not isinstance(data, dict) or "paths" not in data:
        raise ValueError(f"{path} is not an OpenAPI document (no 'paths')")
    return data


def dump(doc: Doc, path: Path) -> None:
    """Write a document as YAML, keys in the order they were built."""
    path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def main(argv: list[str]) -> int:
    """``normalize.py IN OUT [--curate-only]``."""
    if len(argv) < 2:
        print(__doc__.splitlines()[-1], file=sys.stderr)
        return 2
    doc = load(Path(argv[0]))
    out = curate(doc) if "--curate-only" in argv else prepare_for_generator(doc)
    dump(out, Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
