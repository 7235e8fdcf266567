"""examples/data/customers-1000.csv validates, and is exactly what its generator writes."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from altoviz._records import load_records
from load_script import load_script  # tests/ is on sys.path (pyproject: pythonpath)

DATA = Path(__file__).resolve().parents[3] / "examples" / "data"


def load_generator() -> ModuleType:
    return load_script(DATA / "make_customers.py", "make_customers")


def test_shipped_customers_file_validates_with_1000_records() -> None:
    loaded = load_records("customers", DATA / "customers-1000.csv")
    assert len(loaded) == 1000
    assert loaded.errors == []
    assert loaded.ignored_columns == []
    assert loaded.records[0].internal_id == "CRM-000001"
    assert loaded.records[-1].internal_id == "CRM-001000"
    assert all(record.data["billingAddress"]["countryIso"] == "FR" for record in loaded)
    assert {record.data["type"] for record in loaded} == {"Business", "Consumer"}


def test_generator_is_deterministic_and_matches_the_shipped_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generator = load_generator()
    monkeypatch.setattr(generator, "OUTPUT", tmp_path / "customers.csv")
    generator.main()
    assert (tmp_path / "customers.csv").read_bytes() == (DATA / "customers-1000.csv").read_bytes()
