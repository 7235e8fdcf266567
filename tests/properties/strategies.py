"""Hypothesis strategies for what a server may answer: JSON shaped like the API's, and worse."""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import pkgutil
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
from hypothesis import strategies as st

import altoviz_client.api
import altoviz_client.models

SPEC = Path(__file__).parents[2] / "openapi" / "altoviz.yaml"


@functools.cache
def property_names() -> list[str]:
    """Every property name the spec declares: random objects use them, so they reach the nested parsers."""
    document = yaml.safe_load(SPEC.read_text())
    names: set[str] = set()
    for schema in document["components"]["schemas"].values():
        names.update((schema.get("properties") or {}).keys())
    return sorted(names)


@functools.cache
def operations() -> list[ModuleType]:
    """Every generated operation module (it has ``_get_kwargs`` and ``_parse_success``)."""
    found = []
    for info in pkgutil.walk_packages(altoviz_client.api.__path__, "altoviz_client.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "_parse_success") and hasattr(module, "_get_kwargs"):
            found.append(module)
    return found


@functools.cache
def models() -> list[type[Any]]:
    """Every generated model class with a ``from_dict`` parser."""
    return sorted(
        {
            cls
            for _, cls in inspect.getmembers(altoviz_client.models, inspect.isclass)
            if callable(getattr(cls, "from_dict", None))
        },
        key=lambda cls: cls.__name__,
    )


scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    # Values that are almost right: dates out of range, enum-looking strings, numbers as text.
    | st.sampled_from(["2024-13-45", "0000-00-00T00:00:00", "9999-12-31T23:59:59Z", "", "Draft", "1e999", "NaN"])
)
keys = st.sampled_from(property_names()) | st.text(max_size=8)
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=6),
    max_leaves=24,
)
objects = st.dictionaries(keys, json_values, max_size=6)


def deep(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


bodies = st.one_of(
    json_values.map(lambda v: json.dumps(v).encode()),
    objects.map(lambda v: json.dumps(v).encode()),
    st.lists(objects, max_size=4).map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=64),
    st.sampled_from([b"", b"<html>520</html>", b'{"title": "x"', deep(100_000), b'{"a":' * 50_000]),
)
statuses = st.sampled_from(
    [200, 201, 204, 206, 299, 301, 304, 400, 401, 403, 404, 409, 410, 418, 422, 429, 500, 502, 503, 520, 599]
)
header_values = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=20) | st.sampled_from(
    ["inf", "1e309", "NaN", "-1", "120", "Mon, 01 Jan 99999 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT"]
)
content_types = st.sampled_from(["application/json", "application/pdf", "text/html", "application/problem+json", ""])
