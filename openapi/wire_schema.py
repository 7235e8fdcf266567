"""Extract what the sandbox binds requests against: each operation's JSON body, path and query values.

``regenerate.py`` writes the result next to the generated client (``altoviz_client/_wire_schema.json``),
so ``make check-generated`` catches drift and the sandbox reads it at run time without the spec, YAML
or a JSON Schema library. Only the keywords the sandbox's validator understands are kept; descriptions
and examples are dropped. Schemas come from the curated document (``curate``), not the generator's
policy: the policy widens reads (a nested object may come back ``null``), a request follows the spec.
"""

from __future__ import annotations

import json
from typing import Any

from normalize import METHODS, Doc, curate

FILE_NAME = "_wire_schema.json"
KEPT = {
    "type",
    "nullable",
    "format",
    "enum",
    "items",
    "properties",
    "additionalProperties",
    "required",
    "readOnly",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "allOf",
    "$ref",
}
REF_PREFIX = "#/components/schemas/"


def _slim(node: Any) -> Any:
    if isinstance(node, list):
        return [_slim(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key not in KEPT:
            continue
        if key == "properties":
            out[key] = {name: _slim(prop) for name, prop in value.items()}
        elif key == "$ref":
            out[key] = value.removeprefix(REF_PREFIX)
        else:
            out[key] = _slim(value)
    return out


def _refs(node: Any) -> set[str]:
    if isinstance(node, list):
        return set().union(*(_refs(item) for item in node)) if node else set()
    if not isinstance(node, dict):
        return set()
    found = {node["$ref"]} if isinstance(node.get("$ref"), str) else set()
    return found.union(*(_refs(value) for value in node.values()))


def _operation(op: dict[str, Any]) -> dict[str, Any] | None:
    entry: dict[str, Any] = {}
    content = op.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        entry["body"] = _slim(content["application/json"]["schema"])
    for where in ("path", "query"):
        params = {
            p["name"]: _slim(p["schema"]) for p in op.get("parameters", []) if p.get("in") == where and "schema" in p
        }
        if params:
            entry[where] = params
    return entry or None


def extract(doc: Doc) -> dict[str, Any]:
    """Return ``{"operations": {"PUT /v1/Customers/{id}": {"body", "path", "query"}}, "schemas": {...}}``."""
    doc = curate(doc)
    operations = {}
    for path, item in doc.get("paths", {}).items():
        for method in METHODS:
            if method in item and (entry := _operation(item[method])) is not None:
                operations[f"{method.upper()} {path}"] = entry
    all_schemas = {name: _slim(schema) for name, schema in doc.get("components", {}).get("schemas", {}).items()}
    wanted, todo = set(), _refs(operations)
    while todo:
        name = todo.pop()
        if name not in wanted and name in all_schemas:
            wanted.add(name)
            todo |= _refs(all_schemas[name])
    return {"operations": operations, "schemas": {name: all_schemas[name] for name in sorted(wanted)}}


def render(doc: Doc) -> str:
    """The file's text: sorted and indented, so a spec change shows as a readable diff."""
    return json.dumps(extract(doc), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
