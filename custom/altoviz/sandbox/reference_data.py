"""Read-only reference data every sandbox account has: units, VAT rates, classifications, settings."""

from __future__ import annotations

from typing import Any

UNITS: list[dict[str, Any]] = [
    {"id": 1, "code": "u", "name": "Unit", "type": "Other", "conversion": 1.0, "decimals": 0.0},
    {"id": 2, "code": "h", "name": "Hour", "type": "Time", "conversion": 1.0, "decimals": 2.0},
    {"id": 3, "code": "d", "name": "Day", "type": "Time", "conversion": 8.0, "decimals": 2.0},
    {"id": 4, "code": "kg", "name": "Kilogram", "type": "Weight", "conversion": 1.0, "decimals": 3.0},
    {"id": 5, "code": "m2", "name": "Square metre", "type": "Area", "conversion": 1.0, "decimals": 2.0},
]

VATS: list[dict[str, Any]] = [
    {"id": 1, "rate": 20.0, "label": "20 %", "region": "FR", "default": True},
    {"id": 2, "rate": 10.0, "label": "10 %", "region": "FR", "default": False},
    {"id": 3, "rate": 5.5, "label": "5.5 %", "region": "FR", "default": False},
    {"id": 4, "rate": 2.1, "label": "2.1 %", "region": "FR", "default": False},
    {"id": 5, "rate": 0.0, "label": "0 %", "region": "FR", "default": False},
]

CLASSIFICATIONS: list[dict[str, Any]] = [
    {
        "id": 1,
        "label": "Sales of goods",
        "accountNumber": "707000",
        "type": "Sale",
        "isProduct": True,
        "isService": False,
        "microBusinessDeclarationType": "Products",
        "defaultVat": VATS[0],
    },
    {
        "id": 2,
        "label": "Services",
        "accountNumber": "706000",
        "type": "Sale",
        "isProduct": False,
        "isService": True,
        "microBusinessDeclarationType": "Services",
        "defaultVat": VATS[0],
    },
    {
        "id": 3,
        "label": "Office supplies",
        "accountNumber": "606400",
        "type": "Expense",
        "isProduct": True,
        "isService": False,
        "microBusinessDeclarationType": "OtherServices",
        "defaultVat": VATS[0],
    },
    {
        "id": 4,
        "label": "Miscellaneous",
        "accountNumber": "471000",
        "type": "Other",
        "isProduct": False,
        "isService": False,
        "microBusinessDeclarationType": "OtherServices",
        "defaultVat": VATS[4],
    },
]

BANK_PROVIDERS: list[dict[str, Any]] = [
    {"id": "sandbox-bank", "name": "Sandbox Bank", "countryCodes": ["FR"], "markets": ["FR"], "logoUri": None},
    {"id": "example-credit", "name": "Example Credit", "countryCodes": ["FR", "BE"], "markets": ["EU"]},
    {"id": "demo-savings", "name": "Demo Savings", "countryCodes": ["DE"], "markets": ["EU"], "logoUri": None},
]

USER: dict[str, Any] = {
    "userId": "sandbox-user",
    "email": "sandbox@example.com",
    "firstName": "Sandy",
    "lastName": "Box",
    "displayName": "Sandy Box",
    "phone": None,
    "profile": "Api",
    "status": "Active",
}

SETTINGS: dict[str, Any] = {
    "company": {"businessName": "Sandbox company", "capital": 1000.0, "cgaMember": False},
    "general": {},
    "accounting": {"accountNumberLength": 8, "generateCustomerAccount": True, "generateSupplierAccount": True},
    "sales": {"allowInlineDate": False, "marginRate": 0.0, "useTaxIncluded": False, "vatReverseCharge": False},
    "vat": {"liableToVat": True, "vatMode": "Debit", "vatPeriod": "Monthly"},
    "emailing": {},
    "socials": {"linkedIn": None},
}

COMPANY_NAME = "Sandbox company"
