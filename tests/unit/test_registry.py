"""The entity registry: generated from the spec, one name space for every consumer, no table in custom/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from altoviz import AltovizError
from altoviz.registry import ENTITIES, UnknownEntityError, lookup

from altoviz_client.api.customers import find_customers, get_customer_by_internal_id
from altoviz_client.api.products import find_products
from altoviz_client.models.customer import Customer
from altoviz_client.models.invoice import Invoice

CUSTOM = Path(__file__).resolve().parents[2] / "custom" / "altoviz"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("customers", "customers"),
        ("Customer", "customers"),
        ("sale-invoices", "sale_invoices"),
        ("SALE_INVOICES", "sale_invoices"),
        ("invoice", "sale_invoices"),
        ("invoices", "sale_invoices"),
        ("quote", "sale_quotes"),
        ("credit", "sale_credits"),
        ("receipt", "receipts"),
        ("webhook", "webhooks"),
        ("customer-family", "customer_families"),
        ("settings", "settings"),
    ],
)
def test_lookup_takes_every_name_in_any_case(name: str, expected: str) -> None:
    assert lookup(name) is ENTITIES[expected]


def test_an_unknown_name_is_a_typed_error_listing_the_valid_ones() -> None:
    with pytest.raises(UnknownEntityError, match=r"unknown entity 'invoise'.*customer.*invoice.*sale-invoices"):
        lookup("invoise")
    assert issubclass(UnknownEntityError, AltovizError)


def test_webhook_event_types_reach_their_model_through_the_alias() -> None:
    prefixes = {"InvoiceCreated": Invoice, "CustomerUpdated": Customer}
    for event, model in prefixes.items():
        noun = re.match(r"[A-Z][a-z]+", event)
        assert noun is not None
        assert lookup(noun.group(0)).model is model


def test_an_entity_carries_its_operations_models_and_filters() -> None:
    customers = ENTITIES["customers"]
    assert (customers.name, customers.cli_name, customers.aliases) == ("customers", "customers", ("customer",))
    assert customers.path == "/v1/Customers"
    assert customers.model is Customer
    assert customers.internal_id_lookup is get_customer_by_internal_id
    assert customers.operations["find"] is find_customers
    assert set(customers.operations) >= {"list", "get", "create", "update", "delete", "find", "get_by_internal_id"}
    assert customers.list_filters == ("order_by", "query")
    # No GetByInternalId: the find operation, which takes an internalId, is the lookup.
    assert ENTITIES["products"].internal_id_lookup is find_products
    assert "family_id" in ENTITIES["products"].list_filters
    invoices = lookup("invoice")
    assert set(invoices.operations) >= {"finalize", "send", "mark_as_paid", "download"}
    assert {"from_", "to", "customer_id", "status"} <= set(invoices.list_filters)
    assert ENTITIES["units"].internal_id_lookup is None


def test_every_operation_is_in_the_registry_once() -> None:
    api = Path(__file__).resolve().parents[2] / "altoviz_client" / "api"
    generated = {p.stem for p in api.glob("*/*.py") if p.name != "__init__.py"}
    listed = [path.rsplit(".", 1)[1] for e in ENTITIES.values() for path in e.operation_paths.values()]
    assert sorted(listed) == sorted(generated)
    assert len(listed) == 93


def test_custom_has_no_per_entity_table() -> None:
    # Entities are named by the registry alone: no module of custom/ imports a resource's operations (except
    # the command's whoami, which is about the key), and the client-side consumers (bulk, records, CLI, the
    # sandbox's plain entity types) name no entity. The sandbox's other route modules are the fake server's
    # handlers, endpoint by endpoint, like a real server's.
    offenders = []
    for path in CUSTOM.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(CUSTOM).as_posix()
        generated = rel.startswith("_resources/")  # written by make regenerate, from the same source
        if (
            not generated
            and rel not in ("cli/whoami.py", "__init__.py")
            and re.search(r"^from altoviz_client\.api\.", text, re.M)
        ):
            offenders.append(f"{rel}: imports generated operations")
        server = rel.startswith("sandbox/") and rel != "sandbox/resources.py"
        code = re.sub(r'"""(.|\n)*?"""', "", text)  # docstrings may give examples
        if not server and re.search(r"[\"'](/v1/[A-Z]\w+|sale[-_]invoices|customer[-_]families|customers)[\"']", code):
            offenders.append(f"{rel}: names an entity")
    assert offenders == []
