"""The framework-neutral core: parsing, secret and source checks, the in-memory dedupe store."""

from __future__ import annotations

import json

import pytest
from altoviz import AltovizError
from altoviz.webhooks import (
    ALTOVIZ_SOURCE_IPS,
    ForbiddenSourceError,
    InvalidSecretError,
    MalformedDeliveryError,
    MemoryDedupeStore,
    SecretCheck,
    SourceCheck,
    WebhookType,
    parse_delivery,
)

from altoviz_client.models import Contact, Customer, Invoice, Product, Quote

from .conftest import CUSTOMER, delivery


def test_parses_data_into_the_model_of_its_type() -> None:
    body = delivery("e1", "CustomerUpdated")
    event = parse_delivery(body)
    assert event.raw == json.loads(body)  # the whole delivery, parsed from the body when read
    assert event.body == body
    assert event.id == "e1"
    assert event.type is WebhookType.CUSTOMERUPDATED
    assert isinstance(event.data, Customer)
    assert event.data.company_name == "Acme"
    assert event.known


@pytest.mark.parametrize(
    ("event_type", "model"),
    [
        ("InvoiceCreated", Invoice),
        ("QuoteDeleted", Quote),
        ("ProductUpdated", Product),
        ("ContactCreated", Contact),
    ],
)
def test_every_entity_has_its_model(event_type: str, model: type) -> None:
    assert isinstance(parse_delivery(delivery("e", event_type, {"id": 1})).data, model)


def test_an_unknown_type_is_kept_with_raw_data() -> None:
    event = parse_delivery(delivery(7, "SupplierMerged", {"id": 1, "x": [1]}))  # type: ignore[arg-type]
    assert event.id == "7"
    assert event.type.value == "SupplierMerged"
    assert isinstance(event.type, WebhookType)
    assert event.data == {"id": 1, "x": [1]}
    assert not event.known


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b"not json", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (json.dumps({"type": "CustomerCreated", "data": {}}).encode(), "'id'"),
        (json.dumps({"id": True, "type": "CustomerCreated", "data": {}}).encode(), "'id'"),
        (json.dumps({"id": "a", "type": "", "data": {}}).encode(), "'type'"),
        (json.dumps({"id": "a", "type": ["CustomerCreated"], "data": {}}).encode(), "'type'"),
        (json.dumps({"id": "a", "type": "CustomerCreated"}).encode(), "'data' is missing"),
        (json.dumps({"id": "a", "type": "CustomerCreated", "data": [1]}).encode(), "JSON object"),
    ],
)
def test_malformed_bodies_are_typed_errors(body: bytes, says: str) -> None:
    with pytest.raises(MalformedDeliveryError, match=says) as info:
        parse_delivery(body)
    assert isinstance(info.value, AltovizError)
    assert info.value.status_code == 400


def test_secret_accepted_in_either_default_header(secret: str) -> None:
    check = SecretCheck(secret)
    check.verify({"x-signature": secret})
    check.verify({"x-altoviz-signature": secret})
    check.verify({"x-signature": "wrong", "x-altoviz-signature": secret})


@pytest.mark.parametrize("mangle", [lambda s: "", lambda s: s[:-1], lambda s: s.swapcase(), lambda s: s + "x"])
def test_a_wrong_secret_is_refused_and_never_quoted(secret: str, mangle: object) -> None:
    check = SecretCheck(secret)
    sent = mangle(secret)  # type: ignore[operator]
    with pytest.raises(InvalidSecretError) as info:
        check.verify({"x-signature": sent})
    assert info.value.status_code == 401
    assert secret not in str(info.value)
    assert (not sent) or sent not in str(info.value)
    assert secret not in repr(check)


def test_missing_secret_header_and_configured_header_name(secret: str) -> None:
    with pytest.raises(InvalidSecretError, match="no secret header"):
        SecretCheck(secret).verify({})
    custom = SecretCheck(secret, header_names=["X-Hook-Token"])
    custom.verify({"x-hook-token": secret})
    with pytest.raises(InvalidSecretError):
        custom.verify({"x-signature": secret})


def test_secret_rotation_accepts_either() -> None:
    check = SecretCheck(["old-secret", "new-secret"])
    check.verify({"x-signature": "old-secret"})
    check.verify({"x-signature": "new-secret"})
    with pytest.raises(ValueError, match="empty"):
        SecretCheck("")


def test_source_check_allows_altoviz_only() -> None:
    check = SourceCheck()
    for ip in ALTOVIZ_SOURCE_IPS:
        check.verify(ip, {})
    check.verify("::ffff:20.23.10.181", {})
    for peer in ("20.23.10.182", "127.0.0.1", None, "not-an-ip"):
        with pytest.raises(ForbiddenSourceError) as info:
            check.verify(peer, {})
        assert info.value.status_code == 403


def test_forwarded_for_is_never_trusted_by_default() -> None:
    check = SourceCheck()
    with pytest.raises(ForbiddenSourceError):
        check.verify("10.0.0.5", {"x-forwarded-for": "20.23.10.180"})


def test_forwarded_for_is_read_through_trusted_proxies_only() -> None:
    check = SourceCheck(trusted_proxies=["10.0.0.0/8"])
    check.verify("10.0.0.5", {"x-forwarded-for": "20.23.10.180"})
    check.verify("10.0.0.5", {"x-forwarded-for": "20.23.10.180, 10.1.1.1"})
    # A client writing its own header: the rightmost untrusted hop is what the proxy saw, not the forged one.
    with pytest.raises(ForbiddenSourceError):
        check.verify("10.0.0.5", {"x-forwarded-for": "20.23.10.180, 6.6.6.6"})
    with pytest.raises(ForbiddenSourceError):
        check.verify("6.6.6.6", {"x-forwarded-for": "20.23.10.180"})


async def test_memory_store_dedupes_within_ttl_and_forgets_after() -> None:
    now = [0.0]
    store = MemoryDedupeStore(ttl=10, clock=lambda: now[0])
    assert await store.claim("a")
    assert not await store.claim("a")
    now[0] = 10.5
    assert await store.claim("a")
    await store.release("a")
    assert await store.claim("a")


async def test_memory_store_is_bounded() -> None:
    store = MemoryDedupeStore(max_ids=3)
    for i in range(5):
        assert await store.claim(str(i))
    assert len(store) == 3
    assert await store.claim("0")  # the oldest were forgotten first
    assert not await store.claim("4")


def test_customer_sample_is_what_the_api_returns() -> None:
    assert Customer.from_dict(CUSTOMER).email == "billing@acme.test"
