"""Property: any request body into any sandbox operation answers 2xx or 4xx, never 5xx, and every 2xx
conforms to our spec's response schema.

Bodies are drawn per operation from its request schema, with any part swapped for arbitrary JSON
(wrong types, nulls, unknown properties, deep values), plus raw bytes that are not JSON at all.
Checked with an independent validator (openapi-schema-validator), not the sandbox's own binder.
Seeded and bounded: hypothesis is derandomized and each operation gets a fixed number of examples.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from altoviz.sandbox import SandboxServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_schema_validator import OAS30ReadValidator, oas30_format_checker

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi" / "altoviz.yaml").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
EXAMPLES = 20

Json = Any
json_values: st.SearchStrategy[Json] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _typed(schema: dict[str, Any], depth: int) -> st.SearchStrategy[Json]:
    schema = _resolve(schema)
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date":
            return st.dates().map(str)
        if fmt == "date-time":
            return st.datetimes().map(lambda d: d.isoformat() + "Z")
        return st.text(max_size=12)
    if kind == "integer":
        return st.integers(-(2**31), 2**31 - 1)
    if kind == "number":
        return st.floats(-1e6, 1e6, allow_nan=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        return st.lists(_value(schema.get("items", {}), depth + 1), max_size=3) if depth < 3 else st.just([])
    if kind == "object" and depth < 3:
        props = {name: _value(prop, depth + 1) for name, prop in schema.get("properties", {}).items()}
        return st.fixed_dictionaries({}, optional=props).flatmap(
            lambda d: st.dictionaries(st.text(max_size=6), json_values, max_size=2).map(lambda extra: {**extra, **d})
        )
    return json_values


def _value(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Json]:
    # Mostly what the schema asks for, sometimes anything at all: where the sandbox must say 400.
    return st.one_of(_typed(schema, depth), _typed(schema, depth), _typed(schema, depth), json_values)


def _operations() -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any] | None]]:
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            body = op.get("requestBody", {}).get("content", {}).get("application/json")
            if body is None:
                continue
            ok = next((r for status, r in op["responses"].items() if status.startswith("2")), {})
            answer = ok.get("content", {}).get("application/json", {}).get("schema")
            yield method.upper(), path, body["schema"], answer


OPERATIONS = sorted(_operations(), key=lambda o: (o[1], o[0]))


@pytest.fixture(scope="module")
def sandbox() -> Iterator[tuple[SandboxServer, httpx.Client]]:
    with SandboxServer() as server:
        server.configure(rate=0)
        with httpx.Client(base_url=server.base_url, headers={"X-API-KEY": server.api_key}, timeout=10) as client:
            # One record of every type, so that operations on /{id} meet id 1 whatever the draw.
            for _method, path, _body, _answer in OPERATIONS:
                if _method == "POST" and "{" not in path:
                    client.post(path, json={"name": "seed", "url": "https://example.test", "types": []})
            yield server, client


def _conforms(schema: dict[str, Any], value: Json) -> list[str]:
    validator = OAS30ReadValidator({**schema, "components": SPEC["components"]}, format_checker=oas30_format_checker)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(value)]


@pytest.mark.parametrize(
    ("method", "path", "body_schema", "answer"), OPERATIONS, ids=[f"{m} {p}" for m, p, *_ in OPERATIONS]
)
def test_random_bodies_answer_2xx_or_4xx_and_every_2xx_conforms(
    sandbox: tuple[SandboxServer, httpx.Client],
    method: str,
    path: str,
    body_schema: dict[str, Any],
    answer: dict[str, Any] | None,
) -> None:
    _server, client = sandbox
    url = path.replace("{id}", "1").replace("{productId}", "1")
    raw_bodies = st.binary(max_size=40).filter(lambda b: not _is_json(b)).map(lambda b: ("raw", b))

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.one_of(_value(body_schema).map(lambda v: ("json", v)), raw_bodies))
    def check(drawn: tuple[str, Json]) -> None:
        kind, body = drawn
        content = body if kind == "raw" else json.dumps(body).encode()
        response = client.request(method, url, content=content, headers={"Content-Type": "application/json"})
        assert response.status_code < 500, (response.status_code, response.text[:300])
        if kind == "raw":
            assert 400 <= response.status_code < 500
        if 200 <= response.status_code < 300 and answer is not None:
            problems = _conforms(answer, response.json())
            assert not problems, (body, problems[:5])

    check()


def _is_json(data: bytes) -> bool:
    try:
        json.loads(data)
    except ValueError:
        return False
    return True
