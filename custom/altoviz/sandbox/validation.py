"""Request binding as ASP.NET does it, driven by the spec's schemas: check types, drop what is unknown.

The real API binds a JSON body into a typed model: a value of the wrong type is a 400 with a message
per field, a property the model does not have is ignored, a read-only (get-only) property is skipped.
``Binder`` does the same from the schemas that ``make regenerate`` extracts into
``altoviz_client/_wire_schema.json``, so no entity is named here and a new endpoint is bound the day
it is generated.

The sandbox is strict where System.Text.Json is lenient in ways the spec does not say (a number in a
string, an enum as its integer): a client that passes the sandbox then passes the API.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

Schema = Mapping[str, Any]

MAX_ERRORS = 200
"""ASP.NET's ``MvcOptions.MaxModelValidationErrors`` default: a huge wrong array gives 200 messages, not a million."""

_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_INTEGER_TEXT = re.compile(r"^\s*[+-]?\d{1,20}\s*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# RFC 3339 date-time (what the API writes and System.Text.Json reads back), offset optional as .NET allows.
_DATE_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class _TooManyErrors(Exception):
    """Stop walking: MAX_ERRORS messages are enough to answer."""


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _member(path: str, name: str) -> str:
    return f"{path}.{name}" if _IDENTIFIER.match(name) else f"{path}[{name!r}]"


def _valid_date_time(text: str) -> bool:
    match = _DATE_TIME.match(text)
    if match is None:
        return False
    try:
        date.fromisoformat(match.group(1))
        datetime.strptime(":".join(match.group(2, 3, 4)), "%H:%M:%S")
    except ValueError:
        return False
    return True


def _valid_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


class Binder:
    """Binds JSON values to the schemas of one spec (``schemas``: name -> schema, refs by bare name)."""

    def __init__(self, schemas: Mapping[str, Schema]) -> None:
        self._schemas = schemas
        self._names: dict[int, dict[str, str]] = {}
        self._checkers: dict[str, Callable[[Schema, Any, str, list[str]], Any]] = {
            "string": self._string,
            "integer": self._integer,
            "number": self._number,
            "boolean": self._boolean,
            "array": self._array,
            "object": self._object,
        }

    def resolve(self, schema: Schema) -> tuple[Schema, bool]:
        """Follow ``$ref`` and one-element ``allOf``; return the target and whether null is allowed."""
        nullable = bool(schema.get("nullable"))
        while True:
            if "$ref" in schema:
                schema = self._schemas[schema["$ref"]]
            elif len(schema.get("allOf", ())) == 1:
                schema = schema["allOf"][0]
            else:
                return schema, nullable or bool(schema.get("nullable"))
            nullable = nullable or bool(schema.get("nullable"))

    def bind(self, schema: Schema, value: Any) -> tuple[Any, list[str]]:
        """Return the value as the API would see it (unknown and read-only properties dropped) and the errors."""
        errors: list[str] = []
        try:
            bound = self._value(schema, value, "$", errors)
        except _TooManyErrors:
            bound = None
        return bound, errors[:MAX_ERRORS]

    def _fail(self, errors: list[str], message: str) -> None:
        errors.append(message)
        if len(errors) >= MAX_ERRORS:
            raise _TooManyErrors

    def _value(self, schema: Schema, value: Any, path: str, errors: list[str]) -> Any:
        target, nullable = self.resolve(schema)
        if "allOf" in target:
            return self._all_of(target, value, path, errors)
        expected = target.get("type") or ("object" if "properties" in target else None)
        if expected is None:
            return value
        if value is None:
            if not nullable:
                self._fail(errors, f"{path}: null is not valid here, expected {self._describe(target)}.")
            return None
        checker = self._checkers.get(expected)
        # A type this binder does not know (none in OpenAPI 3.0) binds as it comes, like a schema-less value.
        return value if checker is None else checker(target, value, path, errors)

    def _all_of(self, schema: Schema, value: Any, path: str, errors: list[str]) -> Any:
        merged: Any = None
        for part in schema["allOf"]:
            bound = self._value(part, value, path, errors)
            merged = {**merged, **bound} if isinstance(merged, dict) and isinstance(bound, dict) else bound
        return merged

    def _describe(self, schema: Schema) -> str:
        if "enum" in schema:
            return "one of " + ", ".join(str(v) for v in schema["enum"])
        kind = schema.get("type", "object")
        fmt = schema.get("format")
        article = "an" if kind[0] in "aeiou" else "a"
        return f"{article} {kind}" + (f" ({fmt})" if fmt in {"int32", "int64", "date", "date-time"} else "")

    def _wrong(self, schema: Schema, value: Any, path: str, errors: list[str]) -> None:
        self._fail(errors, f"{path}: expected {self._describe(schema)}, got {_kind(value)}.")

    def _string(self, schema: Schema, value: Any, path: str, errors: list[str]) -> Any:
        if not isinstance(value, str):
            self._wrong(schema, value, path, errors)
            return None
        fmt = schema.get("format")
        if (fmt == "date" and not _valid_date(value)) or (fmt == "date-time" and not _valid_date_time(value)):
            self._fail(errors, f"{path}: {value[:40]!r} is not a valid {fmt}.")
        elif "enum" in schema and value not in schema["enum"]:
            self._wrong(schema, value, path, errors)
        elif len(value) < schema.get("minLength", 0):
            self._fail(errors, f"{path}: must have at least {schema['minLength']} character(s).")
        elif "maxLength" in schema and len(value) > schema["maxLength"]:
            self._fail(errors, f"{path}: must have at most {schema['maxLength']} character(s).")
        return value

    def _integer(self, schema: Schema, value: Any, path: str, errors: list[str]) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            self._wrong(schema, value, path, errors)
            return None
        low, high = _INT_RANGES.get(schema.get("format", "int64"), _INT_RANGES["int64"])
        if not low <= value <= high:
            self._fail(errors, f"{path}: {value} is outside the range of {schema.get('format', 'int64')}.")
        return self._bounded(schema, value, path, errors)

    def _number(self, schema: Schema, value: Any, path: str, errors: list[str]) -> Any:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self._wrong(schema, value, path, errors)
            return None
        try:
            finite = math.isfinite(float(value))
        except OverflowError:
            finite = False
        if not finite:
            self._fail(errors, f"{path}: the number is outside the range of a double.")
            return None
        return self._bounded(schema, value, path, errors)

    def _bounded(self, schema: Schema, value: float, path: str, errors: list[str]) -> float:
        if "minimum" in schema and value < schema["minimum"]:
            self._fail(errors, f"{path}: must be at least {schema['minimum']}.")
        if "maximum" in schema and value > schema["maximum"]:
            self._fail(errors, f"{path}: must be at most {schema['maximum']}.")
        return value

    def _boolean(self, schema: Schema, value: Any, path: str, errors: list[str]) -> Any:
        if not isinstance(value, bool):
            self._wrong(schema, value, path, errors)
            return None
        return value

    def _array(self, schema: Schema, value: Any, path: str, errors: list[str]) -> Any:
        if not isinstance(value, list):
            self._wrong(schema, value, path, errors)
            return None
        items = schema.get("items", {})
        return [self._value(items, item, f"{path}[{i}]", errors) for i, item in enumerate(value)]

    def _property_names(self, schema: Schema) -> dict[str, str]:
        # System.Text.Json's web defaults match property names without regard to case.
        names = self._names.get(id(schema))
        if names is None:
            names = self._names[id(schema)] = {name.casefold(): name for name in schema.get("properties", {})}
        return names

    def _object(self, schema: Schema, value: Any, path: str, errors: list[str]) -> Any:
        if not isinstance(value, dict):
            self._wrong(schema, value, path, errors)
            return None
        properties: Mapping[str, Schema] = schema.get("properties", {})
        names = self._property_names(schema)
        extra = schema.get("additionalProperties")
        bound: dict[str, Any] = {}
        for key, item in value.items():
            name = key if key in properties else names.get(key.casefold())
            if name is None:
                if isinstance(extra, Mapping):
                    bound[key] = self._value(extra, item, _member(path, key), errors)
                elif extra is True:
                    bound[key] = item
                continue
            prop = properties[name]
            if prop.get("readOnly"):
                continue
            bound[name] = self._value(prop, item, _member(path, name), errors)
        for name in schema.get("required", ()):
            if name not in bound and not properties.get(name, {}).get("readOnly"):
                self._fail(errors, f"{_member(path, name)}: is required.")
        return bound

    def query_errors(self, declared: Mapping[str, Schema], values: Mapping[str, list[str]]) -> list[str]:
        """Check typed query values as ASP.NET binds them (names and enum names without regard to case)."""
        errors: list[str] = []
        by_name = {name.casefold(): values[name] for name in values}
        for name, schema in declared.items():
            target, _ = self.resolve(schema)
            for raw in by_name.get(name.casefold(), ()):
                if not self._query_value_ok(target, raw):
                    errors.append(f"{name}: the value {raw[:40]!r} is not valid, expected {self._describe(target)}.")
        return errors

    def _query_value_ok(self, schema: Schema, raw: str) -> bool:
        kind = schema.get("type")
        if "enum" in schema:
            return raw.strip().casefold() in {str(v).casefold() for v in schema["enum"]}
        if kind == "integer":
            low, high = _INT_RANGES.get(schema.get("format", "int64"), _INT_RANGES["int64"])
            return bool(_INTEGER_TEXT.match(raw)) and low <= int(raw) <= high
        if kind == "number":
            try:
                return math.isfinite(float(raw))
            except ValueError:
                return False
        if kind == "boolean":
            return raw.strip().casefold() in {"true", "false"}
        fmt = schema.get("format")
        if fmt == "date":
            return _valid_date(raw.strip()) or _valid_date_time(raw.strip())
        if fmt == "date-time":
            return _valid_date_time(raw.strip()) or _valid_date(raw.strip())
        return True
