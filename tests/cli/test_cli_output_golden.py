"""Every output format on one list and one get against the sandbox, compared with the files in golden/.

Run with ``ALTOVIZ_UPDATE_GOLDEN=1`` to rewrite the files after a deliberate change, then read the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest
from altoviz.cli.output import FORMATS

from .support import RunCli

GOLDEN = Path(__file__).parent / "golden"
COLUMNS = "id|companyName|billingAddress.city|email"


@pytest.fixture
def two_customers(api: httpx.Client, monkeypatch: pytest.MonkeyPatch) -> None:
    # A fixed terminal width: the table fits the terminal, so its golden file depends on it.
    monkeypatch.setenv("COLUMNS", "100")
    for internal_id, company, city, email in (
        ("c1", "Acme; Widgets", "Paris", "contact@acme.example"),
        ("c2", "=Bobby Tables", "Lyon", None),
    ):
        body = {"internalId": internal_id, "companyName": company, "billingAddress": {"city": city}, "email": email}
        api.post("/v1/Customers", json=body).raise_for_status()


def check(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("ALTOVIZ_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs (ALTOVIZ_UPDATE_GOLDEN=1 rewrites it)"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_list_with_a_dot_path_column_in_every_format(run_cli: RunCli, two_customers: None, fmt: str) -> None:
    run = run_cli("customer", "list", "--columns", COLUMNS, "--output", fmt)

    assert run.code == 0, run.err
    check(f"list.{fmt}.txt", run.out)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_get_in_every_format(run_cli: RunCli, two_customers: None, fmt: str) -> None:
    run = run_cli("customer", "get", "1", "-o", fmt)

    assert run.code == 0, run.err
    check(f"get.{fmt}.txt", run.out)


def test_csv_eu_separates_with_semicolons_and_quotes_a_semicolon(run_cli: RunCli, two_customers: None) -> None:
    run = run_cli("customers", "list", "--columns", COLUMNS, "-o", "csv-eu")

    assert run.out.splitlines() == [
        "id;companyName;billingAddress.city;email",
        '1;"Acme; Widgets";Paris;contact@acme.example',
        "2;'=Bobby Tables;Lyon;",
    ]


@pytest.mark.parametrize(
    ("flag", "fmt"),
    [
        ("--json", "json"),
        ("--yaml", "yaml"),
        ("--cjson", "colored-json"),
        ("--md", "markdown"),
        ("--csv", "csv-us"),
        ("--tsv", "tsv"),
    ],
)
def test_each_shorthand_is_its_format(run_cli: RunCli, two_customers: None, flag: str, fmt: str) -> None:
    assert run_cli("customer", "get", "1", flag).out == run_cli("customer", "get", "1", "-o", fmt).out


def test_global_options_work_before_or_after_the_command(run_cli: RunCli, two_customers: None) -> None:
    before = run_cli("--json", "--columns", "id|email", "customer", "get", "1")
    middle = run_cli("customer", "--json", "get", "1", "--columns", "id|email")
    after = run_cli("customer", "get", "1", "--json", "--columns", "id|email")

    assert before.code == middle.code == after.code == 0
    assert before.out == middle.out == after.out == '{\n  "id": 1,\n  "email": "contact@acme.example"\n}\n'


def test_quiet_prints_nothing_and_no_color_strips_colored_json(run_cli: RunCli, two_customers: None) -> None:
    assert run_cli("customer", "get", "1", "--quiet").out == ""
    plain = run_cli("customer", "get", "1", "--cjson", "--no-color").out
    assert "\x1b[" not in plain
    assert plain == run_cli("customer", "get", "1", "--json").out
