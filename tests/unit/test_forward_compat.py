"""Forward compatibility of the generated models.

Altoviz adds enum values and fields without notice. A read must not fail on them, and writing a model back
(``to_dict``) must give them back as they came, so that a read-modify-write does not drop what this client
does not know about. Two generator policies provide this and are what these tests pin down:

* the custom enum templates turn an unknown value into a pseudo-member (an instance of the enum class and
  of ``str``, equal to the raw value) instead of raising ``ValueError``;
* ``openapi/normalize.py`` drops ``additionalProperties: false`` (so unknown fields land in
  ``additional_properties``) and makes optional ``$ref`` properties nullable (so ``null`` parses).

The generated ``from_dict`` of a nullable union silently falls back to the raw value when the enum or nested
model raises, so "it did not raise" proves nothing there: the tests check the parsed *types*.
"""

from __future__ import annotations

import copy
import datetime
import json
from enum import Enum
from typing import Any

import pytest
from altoviz.sandbox.completion import as_sent

from altoviz_client.errors import MissingFieldError
from altoviz_client.models.accounting_settings_dto import AccountingSettingsDto
from altoviz_client.models.address_fields import AddressFields
from altoviz_client.models.condition_type import ConditionType
from altoviz_client.models.customer import Customer
from altoviz_client.models.customer_input import CustomerInput
from altoviz_client.models.customer_type import CustomerType
from altoviz_client.models.delay_type import DelayType
from altoviz_client.models.general_settings_dto import GeneralSettingsDto
from altoviz_client.models.invoice import Invoice
from altoviz_client.models.line_type import LineType
from altoviz_client.models.map_link_provider import MapLinkProvider
from altoviz_client.models.pay_invoice import PayInvoice
from altoviz_client.models.payment_method import PaymentMethod
from altoviz_client.models.payment_status import PaymentStatus
from altoviz_client.models.quote_status import QuoteStatus
from altoviz_client.models.receipt import Receipt
from altoviz_client.models.receipt_link import ReceiptLink
from altoviz_client.models.receipt_link_type import ReceiptLinkType
from altoviz_client.models.sale_document_line import SaleDocumentLine
from altoviz_client.models.sales_settings_dto import SalesSettingsDto
from altoviz_client.models.settings import Settings
from altoviz_client.models.settlement_term_condition_dto import SettlementTermConditionDto
from altoviz_client.models.settlement_term_dto import SettlementTermDto
from altoviz_client.models.vat import Vat
from altoviz_client.models.vat_declaration_periodicity import VatDeclarationPeriodicity
from altoviz_client.models.vat_mode import VatMode
from altoviz_client.models.vat_region import VatRegion
from altoviz_client.models.vat_settings_dto import VatSettingsDto
from altoviz_client.models.webhook import Webhook
from altoviz_client.models.webhook_input import WebhookInput
from altoviz_client.models.webhook_type import WebhookType


def _without_added_nulls(out: Any, sent: Any) -> Any:
    # A read model writes every field back; one the answer omitted (nullable) comes back as null.
    if isinstance(out, dict) and isinstance(sent, dict):
        return {k: _without_added_nulls(v, sent.get(k)) for k, v in out.items() if k in sent or v is not None}
    if isinstance(out, list) and isinstance(sent, list) and len(out) == len(sent):
        return [_without_added_nulls(o, s) for o, s in zip(out, sent, strict=True)]
    return out


def round_trip(model_cls: Any, payload: dict[str, Any]) -> Any:
    """Parse ``payload``, check ``to_dict`` gives it back unchanged (and JSON-serializable), return the model.

    A read model's payload is first completed as the API sends it (every non-nullable field present).
    """
    payload = as_sent(model_cls, payload) if not model_cls.__name__.endswith("Input") else payload
    original = copy.deepcopy(payload)
    model = model_cls.from_dict(payload)
    assert payload == original, "from_dict must not mutate its input"
    out = _without_added_nulls(model.to_dict(), original)
    assert out == original
    assert json.loads(json.dumps(out)) == original
    return model


def assert_pseudo_member(value: object, enum_cls: type[Enum], raw: str) -> None:
    """``value`` is the forward-compatible stand-in for the unknown ``raw`` of ``enum_cls``."""
    assert raw not in {member.value for member in enum_cls}, "test data must use a value the client does not list"
    assert isinstance(value, enum_cls)
    assert isinstance(value, str)
    assert value == raw
    assert value.value == raw


# --- the enum classes themselves ---------------------------------------------------------------------------

UNKNOWN_ENUM_VALUES = [
    pytest.param(CustomerType, "Reseller", id="CustomerType"),
    pytest.param(LineType, "Bundle", id="LineType"),
    pytest.param(VatRegion, "UK", id="VatRegion"),
    pytest.param(WebhookType, "PaymentReceived", id="WebhookType"),
    pytest.param(PaymentMethod, "Crypto", id="PaymentMethod"),
    pytest.param(PaymentStatus, "Refunded", id="PaymentStatus"),
    pytest.param(QuoteStatus, "Archived", id="QuoteStatus"),
    pytest.param(DelayType, "Weeks", id="DelayType"),
    # Case matters: "business" is not "Business", so it is an unknown value too, kept as it came.
    pytest.param(CustomerType, "business", id="CustomerType-other-case"),
]


@pytest.mark.parametrize(("enum_cls", "raw"), UNKNOWN_ENUM_VALUES)
def test_unknown_enum_value_becomes_a_pseudo_member(enum_cls: type[Enum], raw: str) -> None:
    documented = list(enum_cls)

    value = enum_cls(raw)

    assert_pseudo_member(value, enum_cls, raw)
    assert str(value) == raw
    assert f"{value}" == raw
    assert json.dumps(value) == json.dumps(raw)
    # Usable where the raw string is: as a dict key, in a set.
    assert hash(value) == hash(raw)
    assert {raw: "found"}[value] == "found"
    assert value in {raw}
    assert all(value is not member and value != member for member in documented)
    # The pseudo-member is not registered: the class still lists exactly the documented values.
    assert list(enum_cls) == documented
    assert raw not in enum_cls.__members__
    # Only strings are accepted: anything else is still an error.
    with pytest.raises(ValueError, match="is not a valid"):
        enum_cls(7)


@pytest.mark.parametrize(("enum_cls", "raw"), UNKNOWN_ENUM_VALUES)
def test_known_values_stay_the_real_members_next_to_unknown_ones(enum_cls: type[Enum], raw: str) -> None:
    unknown = enum_cls(raw)
    for member in enum_cls:
        assert enum_cls(member.value) is member
        assert enum_cls(str(member.value)) is member
        assert unknown is not member
    assert type(unknown) is enum_cls


# --- models: unknown enum values and unknown fields survive a round trip -----------------------------------


def test_customer_keeps_unknown_type_and_unknown_fields() -> None:
    payload = {
        "id": 2147483647,
        "active": True,
        "type": "Reseller",
        "firstName": "Ada",
        "lastName": "Lovelace",
        "billingAddress": {
            "street": "1 rue de Rivoli",
            "zipcode": "75001",
            "city": "Paris",
            "countryIso": "FR",
            "geo": {"lat": 48.8606, "lng": 2.3376},
        },
        "shippingAddress": {"city": "Lyon", "deliveryNotes": None},
        "loyaltyTier": "gold",
        "tags": ["vip", "b2b"],
        "sepaMandate": {"reference": "RUM-0001", "signedAt": "2024-01-15"},
    }

    customer = round_trip(Customer, payload)

    assert_pseudo_member(customer.type_, CustomerType, "Reseller")
    assert customer.id == 2147483647
    assert customer.additional_properties == {
        "loyaltyTier": "gold",
        "tags": ["vip", "b2b"],
        "sepaMandate": {"reference": "RUM-0001", "signedAt": "2024-01-15"},
    }
    assert customer["loyaltyTier"] == "gold"
    assert "sepaMandate" in customer
    assert isinstance(customer.billing_address, AddressFields)
    assert customer.billing_address.city == "Paris"
    assert customer.billing_address.additional_properties == {"geo": {"lat": 48.8606, "lng": 2.3376}}
    assert isinstance(customer.shipping_address, AddressFields)
    assert customer.shipping_address.additional_properties == {"deliveryNotes": None}


def test_invoice_keeps_unknown_values_in_nested_lines() -> None:
    payload = {
        "id": 1024,
        "number": "FA-2024-0042",
        "date": "2024-05-01",
        "sentAt": "2024-05-02T09:30:00+00:00",
        "customerType": "Reseller",
        "region": "UK",
        "vatMode": "Debit",
        "isDraft": False,
        "taxIncludedAmount": 120.5,
        "lines": [
            {
                "type": "Bundle",
                "description": "Starter pack",
                "quantity": 2.0,
                "vat": {"id": 3, "rate": 20.0, "region": "UK", "ossCountry": "GB"},
                "bundleItems": [{"sku": "A-1", "quantity": 1}, {"sku": "B-2", "quantity": 3}],
            },
            {"type": "Product", "description": "Widget", "quantity": 1.0, "id": -1},
        ],
        "eInvoicing": {"platform": "Chorus Pro", "status": "Deposited"},
    }

    invoice = round_trip(Invoice, payload)

    assert_pseudo_member(invoice.customer_type, CustomerType, "Reseller")
    assert_pseudo_member(invoice.region, VatRegion, "UK")
    assert invoice.vat_mode is VatMode.DEBIT
    assert invoice.date == datetime.date(2024, 5, 1)
    assert invoice.sent_at == datetime.datetime(2024, 5, 2, 9, 30, tzinfo=datetime.timezone.utc)
    assert invoice.additional_properties == {"eInvoicing": {"platform": "Chorus Pro", "status": "Deposited"}}

    bundle, widget = invoice.lines
    assert isinstance(bundle, SaleDocumentLine)
    assert_pseudo_member(bundle.type_, LineType, "Bundle")
    assert bundle.additional_properties == {
        "bundleItems": [{"sku": "A-1", "quantity": 1}, {"sku": "B-2", "quantity": 3}]
    }
    assert isinstance(bundle.vat, Vat)
    assert_pseudo_member(bundle.vat.region, VatRegion, "UK")
    assert bundle.vat.additional_properties == {"ossCountry": "GB"}
    assert isinstance(widget, SaleDocumentLine)
    assert widget.type_ is LineType.PRODUCT
    assert widget.id == -1


def test_webhook_keeps_an_unknown_type_among_known_ones() -> None:
    payload = {
        "id": 7,
        "name": "orders",
        "url": "https://example.test/hooks/altoviz",
        "types": ["CustomerCreated", "PaymentReceived", "InvoiceDeleted"],
        "secretKey": None,
        "retryPolicy": {"maxAttempts": 5},
    }

    webhook = round_trip(Webhook, payload)

    created, unknown, deleted = webhook.types
    assert created is WebhookType.CUSTOMERCREATED
    assert_pseudo_member(unknown, WebhookType, "PaymentReceived")
    assert deleted is WebhookType.INVOICEDELETED
    assert webhook.secret_key is None
    assert webhook.additional_properties == {"retryPolicy": {"maxAttempts": 5}}


def test_webhook_with_an_unknown_type_can_be_written() -> None:
    """A caller may subscribe to an event this client does not list yet."""
    webhook = WebhookInput(
        name="payments",
        url="https://example.test/hooks/payments",
        types=[WebhookType("PaymentReceived"), WebhookType.QUOTECREATED],
    )

    # A write model is closed, as the published document's schemas are (additionalProperties: false).
    assert webhook.to_dict() == {
        "name": "payments",
        "url": "https://example.test/hooks/payments",
        "types": ["PaymentReceived", "QuoteCreated"],
    }


@pytest.mark.parametrize(
    ("model_cls", "payload"),
    [
        pytest.param(
            Receipt,
            {
                "id": 31,
                "amount": 99.99,
                "date": "2024-06-30",
                "paymentMethod": "Crypto",
                "status": "Refunded",
                "metadata": {"orderId": "web-123"},
                "links": [{"id": 5, "amount": 99.99, "type": "Deposit", "allocatedAt": "2024-06-30"}],
                "wallet": {"network": "lightning"},
            },
            id="Receipt",
        ),
        pytest.param(
            PayInvoice,
            {
                "invoiceId": 1024,
                "amount": 120.5,
                "date": "2024-06-30",
                "paymentMethod": "Crypto",
                "status": "Refunded",
                "finalizeInvoice": True,
                "wallet": {"network": "lightning"},
            },
            id="PayInvoice",
        ),
    ],
)
def test_payment_keeps_unknown_payment_method(model_cls: Any, payload: dict[str, Any]) -> None:
    payment = round_trip(model_cls, payload)

    assert_pseudo_member(payment.payment_method, PaymentMethod, "Crypto")
    assert_pseudo_member(payment.status, PaymentStatus, "Refunded")
    assert payment.date == datetime.date(2024, 6, 30)
    assert payment.additional_properties == {"wallet": {"network": "lightning"}}


def test_receipt_link_keeps_unknown_type() -> None:
    receipt = Receipt.from_dict(
        as_sent(Receipt, {"links": [{"id": 5, "type": "Deposit", "allocatedAt": "2024-06-30"}]})
    )

    (link,) = receipt.links
    assert isinstance(link, ReceiptLink)
    assert_pseudo_member(link.type_, ReceiptLinkType, "Deposit")
    assert link.additional_properties == {"allocatedAt": "2024-06-30"}


def test_settings_keep_unknown_values_at_every_depth() -> None:
    payload = {
        "general": {"timezone": "Europe/Paris", "mapLinkProvider": "AppleMaps", "theme": "dark"},
        "vat": {"liableToVat": True, "vatMode": "Collection", "vatPeriod": "Biweekly", "ossEnabled": True},
        "accounting": {"accountNumberLength": 8, "salesJournalCode": "VT", "analyticAxis": ["shop", "web"]},
        "sales": {
            "marginRate": 0.25,
            "paymentMethod": "Crypto",
            "btoBSettlementTermId": 12,
            "btoBSettlementTerm": {
                "id": 12,
                "name": "45 days end of month",
                "conditions": [
                    {
                        "id": 1,
                        "delay": 45,
                        "delayType": "Weeks",
                        "type": "EndMonth",
                        "percent": 100.0,
                        "dayOfMonth": None,
                        "graceDays": 3,
                    }
                ],
                "legalNotice": "Loi LME",
            },
            "invoices": {"earlyFinalizationDuration": 0, "autoArchive": {"afterDays": 3650}},
        },
        "eInvoicing": {"provider": "Chorus Pro", "options": {"sandbox": False}},
    }

    settings = round_trip(Settings, payload)

    assert settings.additional_properties == {"eInvoicing": {"provider": "Chorus Pro", "options": {"sandbox": False}}}

    assert isinstance(settings.general, GeneralSettingsDto)
    assert_pseudo_member(settings.general.map_link_provider, MapLinkProvider, "AppleMaps")
    assert settings.general.additional_properties == {"theme": "dark"}

    assert isinstance(settings.vat, VatSettingsDto)
    assert settings.vat.vat_mode is VatMode.COLLECTION
    assert_pseudo_member(settings.vat.vat_period, VatDeclarationPeriodicity, "Biweekly")
    assert settings.vat.additional_properties == {"ossEnabled": True}

    assert isinstance(settings.accounting, AccountingSettingsDto)
    assert settings.accounting.account_number_length == 8
    assert settings.accounting.additional_properties == {"analyticAxis": ["shop", "web"]}

    sales = settings.sales
    assert isinstance(sales, SalesSettingsDto)
    assert_pseudo_member(sales.payment_method, PaymentMethod, "Crypto")
    assert sales.invoices.additional_properties == {"autoArchive": {"afterDays": 3650}}
    term = sales.bto_b_settlement_term
    assert isinstance(term, SettlementTermDto)
    assert term.additional_properties == {"legalNotice": "Loi LME"}
    (condition,) = term.conditions
    assert isinstance(condition, SettlementTermConditionDto)
    assert_pseudo_member(condition.delay_type, DelayType, "Weeks")
    assert condition.type_ is ConditionType.ENDMONTH
    assert condition.delay == 45
    assert condition.day_of_month is None
    assert condition.additional_properties == {"graceDays": 3}


# --- nullable references: ASP.NET sends null for a missing nested object or enum --------------------------


@pytest.mark.parametrize(
    ("model_cls", "payload", "attributes"),
    [
        pytest.param(
            Customer,
            {"billingAddress": None, "shippingAddress": None, "family": None, "type": None, "nickname": None},
            ["billing_address", "shipping_address", "family", "type_"],
            id="Customer",
        ),
        pytest.param(
            Invoice,
            {"billingAddress": None, "customerType": None, "region": None, "vatMode": None, "shippingVat": None},
            ["billing_address", "customer_type", "region", "vat_mode", "shipping_vat"],
            id="Invoice",
        ),
        pytest.param(
            SaleDocumentLine,
            {"type": None, "vat": None, "product": None, "unit": None, "discount": None},
            ["type_", "vat", "product", "unit", "discount"],
            id="SaleDocumentLine",
        ),
        pytest.param(
            Receipt,
            {"paymentMethod": None, "status": None},
            ["payment_method", "status"],
            id="Receipt",
        ),
        pytest.param(
            Settings,
            {"general": None, "sales": None, "vat": None, "accounting": None, "company": None},
            ["general", "sales", "vat", "accounting", "company"],
            id="Settings",
        ),
        pytest.param(
            SettlementTermConditionDto,
            {"delayType": None, "type": None},
            ["delay_type", "type_"],
            id="SettlementTermConditionDto",
        ),
    ],
)
def test_null_for_an_optional_nested_object_or_enum_parses(
    model_cls: Any, payload: dict[str, Any], attributes: list[str]
) -> None:
    model = round_trip(model_cls, payload)

    for attribute in attributes:
        assert getattr(model, attribute) is None, attribute


def test_absent_nullable_fields_read_as_none_and_absent_plain_ones_are_refused() -> None:
    customer = round_trip(Customer, {"id": 1, "active": True, "referral": "partner-9"})

    assert customer.type_ is None
    assert customer.billing_address is None
    assert customer.additional_properties == {"referral": "partner-9"}
    with pytest.raises(MissingFieldError) as caught:
        Customer.from_dict({"active": True})
    assert (caught.value.model, caught.value.fields) == ("Customer", ["id"])


def test_a_model_shows_only_the_fields_that_are_set() -> None:
    assert repr(CustomerInput(company_name="Acme")) == "CustomerInput(company_name='Acme')"
    assert "Unset" not in repr(Customer.from_dict({"id": 1, "active": True}))


# --- scalars round-trip untouched next to unknown fields ---------------------------------------------------


@pytest.mark.parametrize(
    ("model_cls", "payload", "attribute", "expected"),
    [
        pytest.param(Customer, {"id": 2147483647}, "id", 2147483647, id="int32-max"),
        pytest.param(Customer, {"id": -2147483648}, "id", -2147483648, id="int32-min"),
        pytest.param(SettlementTermConditionDto, {"delay": 0}, "delay", 0, id="int32-zero"),
        pytest.param(AccountingSettingsDto, {"accountNumberLength": 10}, "account_number_length", 10, id="int32"),
        pytest.param(Invoice, {"cancellationCreditId": None}, "cancellation_credit_id", None, id="nullable-int"),
        pytest.param(Invoice, {"taxIncludedAmount": 0.1}, "tax_included_amount", 0.1, id="double"),
        pytest.param(Invoice, {"isPaid": False}, "is_paid", False, id="bool-false"),
        pytest.param(Invoice, {"date": "2024-02-29"}, "date", datetime.date(2024, 2, 29), id="date"),
        pytest.param(
            Invoice,
            {"sentAt": "2024-05-02T09:30:00.123000+02:00"},
            "sent_at",
            datetime.datetime(2024, 5, 2, 9, 30, 0, 123000, tzinfo=datetime.timezone(datetime.timedelta(hours=2))),
            id="date-time",
        ),
        pytest.param(Customer, {"email": "é@exemple.fr"}, "email", "é@exemple.fr", id="unicode-string"),
    ],
)
def test_scalar_round_trips_next_to_an_unknown_field(
    model_cls: Any, payload: dict[str, Any], attribute: str, expected: object
) -> None:
    model = round_trip(model_cls, {**payload, "futureField": {"nested": [1, 2, 3]}})

    assert getattr(model, attribute) == expected
    assert type(getattr(model, attribute)) is type(expected)
    assert model.additional_properties == {"futureField": {"nested": [1, 2, 3]}}
