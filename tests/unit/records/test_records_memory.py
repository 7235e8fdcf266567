"""Validating a file holds the set of ids in memory, not the records: memory per row stays small and flat."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from altoviz._records import load_records

ROWS = 8_000
# The ids (a 13-character str, ~62 bytes, plus ~100 bytes of dict entry and row number) and some slack. Holding
# the records themselves (dicts with a nested address) costs well over 1 KB a row.
BUDGET_PER_ROW = 400


def write_customers(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write("internalId,companyName,email,street,zipcode,city,countryIso\n")
        for i in range(rows):
            out.write(f"CRM-{i:09d},Société {i} & Fils,c{i}@exemple.fr,{i} rue Haute,75011,Paris,FR\n")


def test_memory_per_row_is_the_ids_not_the_records(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    write_customers(path, ROWS)

    tracemalloc.start()
    try:
        loaded = load_records("customers", path)
        count = sum(1 for _ in loaded)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert count == len(loaded) == ROWS
    assert peak / ROWS < BUDGET_PER_ROW, f"{peak / ROWS:.0f} bytes per row"


def test_records_read_back_exactly_and_more_than_once(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        'internalId,companyName,city,active\nA,Été \\ud800,Lyon,oui\nB,B,,non\nA,dup,,\nC,"x""y",,\n',
        encoding="utf-8",
    )
    loaded = load_records("customers", path, skip_invalid=True)
    first = [(r.row, r.data) for r in loaded]
    assert first == [(r.row, r.data) for r in loaded]
    assert first == [
        (3, {"internalId": "B", "companyName": "B", "active": False}),
        (5, {"internalId": "C", "companyName": 'x"y'}),
    ]
    assert loaded.records[1].internal_id == "C"
    assert loaded.invalid_rows == [2, 4]
