"""The generated models' ``from_dict`` builds the model with positional arguments (openapi/templates/model.py.jinja).

Positional arguments are cheaper than keywords (issue 12: a third of a small model's parse), but a call that
passed them in another order than the class declares its fields would put a value in the wrong field silently
when both have the same type (``first_name`` and ``last_name``). These tests pin the order for every model.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap
from typing import Any

import attrs
import pytest

import altoviz_client.models


def _models() -> list[type[Any]]:
    found: dict[str, type[Any]] = {}
    for info in pkgutil.iter_modules(altoviz_client.models.__path__):
        module = importlib.import_module(f"altoviz_client.models.{info.name}")
        for value in vars(module).values():
            if attrs.has(value) and value.__module__ == module.__name__ and hasattr(value, "from_dict"):
                found[value.__name__] = value
    return [found[name] for name in sorted(found)]


MODELS = _models()


def _constructor_arguments(model: type[Any]) -> list[str]:
    tree = ast.parse(textwrap.dedent(inspect.getsource(model.from_dict)))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "cls"
    ]
    assert len(calls) == 1, f"{model.__name__}.from_dict calls cls {len(calls)} times"
    (call,) = calls
    assert not call.keywords, f"{model.__name__}.from_dict passes keywords"
    assert all(isinstance(arg, ast.Name) for arg in call.args)
    return [arg.id for arg in call.args if isinstance(arg, ast.Name)]


def test_there_are_models_to_check() -> None:
    assert len(MODELS) > 50


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_from_dict_passes_every_field_in_declaration_order(model: type[Any]) -> None:
    declared = [field.name for field in attrs.fields(model) if field.init]
    assert _constructor_arguments(model) == declared


def test_same_typed_fields_land_where_they_belong() -> None:
    from altoviz_client.models import Customer

    data = {"id": 1, "active": True, "firstName": "Jeanne", "lastName": "Petit", "email": "j@p.fr", "phone": "01"}
    customer = Customer.from_dict(data)
    assert (customer.first_name, customer.last_name, customer.email, customer.phone) == (
        "Jeanne",
        "Petit",
        "j@p.fr",
        "01",
    )
    assert {k: v for k, v in customer.to_dict().items() if v is not None} == data
