"""``altoviz export`` in every output format of the other commands (client-side), -o FORMAT and --out FILE."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
import yaml

from .support import RunCli


@pytest.fixture
def customers(api: httpx.Client) -> None:
    for n, city in enumerate(("Paris", "Lyon", "Nantes")):
        api.post(
            "/v1/Customers", json={"internalId": f"c{n}", "companyName": f"Co {n}", "billingAddress": {"city": city}}
        )


def test_o_json_is_a_format_and_the_global_flag_works_before_the_command(run_cli: RunCli, customers: None) -> None:
    short = run_cli("export", "customers", "-o", "json", "-q")
    global_flag = run_cli("--json", "export", "customers", "-q")

    assert short.code == global_flag.code == 0
    assert [c["internalId"] for c in json.loads(short.out)] == ["c0", "c1", "c2"]
    assert short.out == global_flag.out


def test_yaml_and_csv_eu_with_columns_to_a_file(run_cli: RunCli, customers: None, tmp_path: Path) -> None:
    out = tmp_path / "customers.csv"

    as_yaml = run_cli("export", "customers", "--yaml", "-q")
    as_csv_eu = run_cli(
        "export", "customers", "-o", "csv-eu", "--columns", "id|billingAddress.city", "--out", str(out), "-q"
    )

    assert [c["billingAddress"]["city"] for c in yaml.safe_load(as_yaml.out)] == ["Paris", "Lyon", "Nantes"]
    assert as_csv_eu.code == 0, as_csv_eu.err
    assert out.read_text().splitlines() == ["id;billingAddress.city", "1;Paris", "2;Lyon", "3;Nantes"]


def test_help_says_the_server_side_formats_are_not_in_the_spec(run_cli: RunCli) -> None:
    run = run_cli("export", "--help")

    assert "Excel" in run.out
    assert "published API description" in " ".join(run.out.split())
