"""Generated model parsing: ``from_dict`` and ``to_dict`` of a realistic ``Customer`` and ``Invoice``, in µs.

Every answer the SDK reads goes through a generated ``from_dict`` (each item of each list page, each webhook
delivery), so its cost per record bounds pagination, bulk reads and the webhook receiver (issue 12).

The payloads are the records the sandbox sends: a customer with both addresses (about 1 KB), an invoice with
five lines, addresses and a VAT summary, completed the way the API completes them (every non-nullable field
present; ``altoviz.sandbox.completion.as_sent``).

With ``--baseline REF`` the generated client of that git commit is extracted into a temporary directory and
imported beside the current one (as ``altoviz_client_baseline``; the generated package imports itself only
relatively), and both are timed interleaved, round by round, in the same process: the ratio is baseline time
over current time (above 1: the current one is faster), the median over rounds.

    .venv/bin/python bench/model_parse.py [--baseline REF] [--rounds 15] [--calls 2000] [--quick]
"""

from __future__ import annotations

import argparse
import copy
import importlib
import io
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from altoviz.sandbox.completion import as_sent

from altoviz_client.models import Customer, Invoice

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "altoviz_client"

ADDRESS = {"street": "12 rue des Lilas", "zipcode": "69003", "city": "Lyon", "countryIso": "FR"}

CUSTOMER: dict[str, Any] = {
    "id": 4242,
    "active": True,
    "internalId": "crm-4242",
    "number": "C-004242",
    "type": "Business",
    "companyName": "Garage Petit SARL",
    "name": "Garage Petit SARL",
    "firstName": "Jeanne",
    "lastName": "Petit",
    "email": "compta@garage-petit.fr",
    "phone": "+33 1 23 45 67 89",
    "cellPhone": "+33 6 12 34 56 78",
    "billingAddress": ADDRESS,
    "shippingAddress": ADDRESS,
    "internalNotes": "Pays by transfer, 30 days end of month.",
}


def _line(i: int) -> dict[str, Any]:
    price = 40.0 + 10 * i
    return {
        "id": 9000 + i,
        "type": "Product",
        "description": f"Brake pads, set {i}",
        "productNumber": f"P-{100 + i}",
        "quantity": 2.0,
        "unit": {"id": 1, "name": "Piece", "code": "PCE", "conversion": 1.0},
        "taxExcludedPrice": price,
        "taxExcludedAmount": 2 * price,
        "taxIncludedPrice": price * 1.2,
        "taxIncludedAmount": 2 * price * 1.2,
        "vat": {"id": 3, "rate": 20.0, "label": "20 %", "default": True},
    }


INVOICE: dict[str, Any] = {
    "id": 777,
    "number": "F-2026-0777",
    "internalId": "erp-inv-777",
    "date": "2026-11-02",
    "customerId": 4242,
    "customerName": "Garage Petit SARL",
    "customerNumber": "C-004242",
    "customerType": "Company",
    "billingAddress": ADDRESS,
    "shippingAddress": ADDRESS,
    "subject": "Brake service, November",
    "lines": [_line(i) for i in range(5)],
    "vats": [{"vat": {"id": 3, "rate": 20.0, "label": "20 %"}, "taxExcludedAmount": 700.0, "vatAmount": 140.0}],
    "taxExcludedAmount": 700.0,
    "taxAmount": 140.0,
    "taxIncludedAmount": 840.0,
    "balance": 840.0,
    "sentAt": "2026-11-02T09:30:00+00:00",
}


def _set(value: Any) -> Any:
    """``value`` without the keys whose value is None, at every depth."""
    if isinstance(value, dict):
        return {k: _set(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_set(v) for v in value]
    return value


def baseline_models(ref: str, into: Path) -> Any:
    """Extract ``altoviz_client/`` of git commit ``ref`` under ``into`` and import its models, renamed."""
    archive = subprocess.run(["git", "archive", ref, PACKAGE], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    (into / PACKAGE).rename(into / f"{PACKAGE}_baseline")
    sys.path.insert(0, str(into))
    return importlib.import_module(f"{PACKAGE}_baseline.models")


def per_call_us(fn: Callable[[], object], calls: int) -> float:
    """Microseconds per call of ``fn`` over ``calls`` calls."""
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls * 1e6


def cases(models: Any, customer: dict[str, Any], invoice: dict[str, Any]) -> dict[str, Callable[[], object]]:
    """Return the timed operations against one generated package's models."""
    parsed_customer = models.Customer.from_dict(customer)
    parsed_invoice = models.Invoice.from_dict(invoice)
    return {
        "customer_from_dict": lambda: models.Customer.from_dict(customer),
        "invoice_from_dict": lambda: models.Invoice.from_dict(invoice),
        "customer_to_dict": parsed_customer.to_dict,
        "invoice_to_dict": parsed_invoice.to_dict,
    }


def main() -> int:
    """Time the cases; print medians (and ratios against ``--baseline``) as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", help="git commit whose generated client to compare against")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--quick", action="store_true", help="5 rounds of 500 calls")
    args = parser.parse_args()
    rounds, calls = (5, 500) if args.quick else (args.rounds, args.calls)

    customer = as_sent(Customer, CUSTOMER)
    invoice = as_sent(Invoice, INVOICE)
    current = importlib.import_module(f"{PACKAGE}.models")
    # The parsed records must round-trip (to_dict adds the absent nullable fields as None): the figures are of a
    # parser that works.
    for model, record in ((current.Customer, customer), (current.Invoice, invoice)):
        back = model.from_dict(record).to_dict()
        assert _set(back) == _set(record), model.__name__

    variants = {"current": cases(current, customer, invoice)}
    with tempfile.TemporaryDirectory() as tmp:
        if args.baseline:
            base = baseline_models(args.baseline, Path(tmp))
            variants["baseline"] = cases(base, copy.deepcopy(customer), copy.deepcopy(invoice))
        times: dict[str, dict[str, list[float]]] = {v: {c: [] for c in variants[v]} for v in variants}
        ratios: dict[str, list[float]] = {c: [] for c in variants["current"]}
        for _ in range(rounds):
            for case in ratios:
                for variant, ops in variants.items():
                    times[variant][case].append(per_call_us(ops[case], calls))
                if args.baseline:
                    ratios[case].append(times["baseline"][case][-1] / times["current"][case][-1])

    result: dict[str, Any] = {
        "median_us": {v: {c: round(statistics.median(t), 2) for c, t in cs.items()} for v, cs in times.items()},
        "rounds": rounds,
        "calls_per_round": calls,
        "customer_bytes": len(json.dumps(customer)),
        "invoice_bytes": len(json.dumps(invoice)),
    }
    if args.baseline:
        result["baseline"] = args.baseline
        result["speedup_median"] = {c: round(statistics.median(r), 2) for c, r in ratios.items()}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
