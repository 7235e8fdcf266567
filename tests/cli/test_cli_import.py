"""``altoviz import``: a bad file sends nothing and says where and why; a good one is upserted.

The tests of a bad file need only the record source. The tests that import (marked "bulk") run the bulk engine.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from altoviz.sandbox import SandboxServer

from .support import RunCli, assert_one_line_error, stored

HEADER = "internalId,companyName,email,city\n"
GOOD = HEADER + "C1,Alpha,a@alpha.fr,Lille\nC2,Beta,b@beta.fr,Paris\n"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


BAD_FILES = [
    pytest.param(
        "bad-email.csv",
        HEADER + "C1,Alpha,a@alpha.fr,Lille\nC2,Beta,not-an-email,Paris\n",
        ["row 3, field email", "not an email address"],
        id="bad-email",
    ),
    pytest.param(
        "no-key-column.csv",
        "companyName,email\nAlpha,a@alpha.fr\n",
        ["row 1, field internalId", "required column is missing"],
        id="missing-required-column",
    ),
    pytest.param(
        "empty-name.csv",
        HEADER + "C1,,a@alpha.fr,Lille\n",
        ["row 2, field companyName", "required but empty"],
        id="empty-required-field",
    ),
    pytest.param(
        "duplicates.csv",
        HEADER + "C1,Alpha,a@alpha.fr,Lille\nC1,Beta,b@beta.fr,Paris\n",
        ["row 2, field internalId", "row 3, field internalId", "must be unique"],
        id="duplicate-internal-id",
    ),
    pytest.param(
        "mixed.csv",  # UTF-8 accents and a Latin-1 one: edited by two tools, refused rather than guessed
        HEADER.encode() + "C1,Société,a@alpha.fr,Lille\n".encode("latin-1") + "C2,Crème,b@b.fr,Nîmes\n".encode(),
        ["row 2, field companyName", "byte 0xE9", "not UTF-8"],
        id="not-utf8",
    ),
    pytest.param(
        "ragged.csv",
        HEADER + "C1,Alpha,a@alpha.fr\n",
        ["row 2:", "has 3 values but the header has 4 columns"],
        id="wrong-number-of-values",
    ),
    pytest.param(
        "broken.jsonl",
        '{"internalId": "C1", "companyName": "Alpha"}\n{"internalId": "C2", "companyName": \n',
        ["row 2:", "not valid JSON"],
        id="jsonl-not-json",
    ),
]


@pytest.mark.parametrize(("name", "content", "expected"), BAD_FILES)
def test_a_bad_file_sends_nothing_and_names_row_field_reason(
    run_cli: RunCli,
    sent: list[str],
    sandbox_env: SandboxServer,
    tmp_path: Path,
    name: str,
    content: str | bytes,
    expected: list[str],
) -> None:
    run = run_cli("import", "customers", str(write(tmp_path, name, content)))

    assert run.code == 2
    assert_one_line_error(run, sandbox_env.api_key)
    assert "nothing was imported" in run.err
    for fragment in expected:
        assert fragment in run.err
    assert sent == []
    assert stored(sandbox_env, "customers") == 0


def test_a_mapping_to_an_unknown_field_is_a_usage_error(
    run_cli: RunCli, sent: list[str], sandbox_env: SandboxServer, tmp_path: Path
) -> None:
    run = run_cli("import", "customers", str(write(tmp_path, "c.csv", GOOD)), "--map", "city=town")

    assert run.code == 2
    assert_one_line_error(run)
    assert "'town', which is not a customers field" in run.err
    assert sent == []


def test_a_mapping_file_is_read_and_map_options_override_it(
    run_cli: RunCli, sent: list[str], sandbox_env: SandboxServer, tmp_path: Path
) -> None:
    csv_file = write(tmp_path, "c.csv", "Ref,Raison sociale,Mail\nC1,Alpha,not-an-email\n")
    map_file = write(tmp_path, "map.txt", "# CRM export\nRef=internalId\nRaison sociale=companyName\nMail=email\n")

    invalid = run_cli("import", "customers", str(csv_file), "--map-file", str(map_file))
    # The email column is ignored by --map, so the same file becomes valid: proof both were applied.
    valid_check = run_cli(
        "import", "customers", str(csv_file), "--map-file", str(map_file), "--map", "Mail=-", "--api-key", ""
    )

    assert invalid.code == 2
    assert "row 2, field email" in invalid.err
    assert "row 2" not in valid_check.err
    assert valid_check.code == 2  # got past the file, then refused the empty key before sending
    assert "no Altoviz API key" in valid_check.err
    assert sent == []


def test_an_unknown_entity_is_a_usage_error(run_cli: RunCli, tmp_path: Path) -> None:
    run = run_cli("import", "spaceships", str(write(tmp_path, "c.csv", GOOD)))
    assert run.code == 2
    assert "invalid choice" in run.err


def test_a_missing_file_is_a_usage_error(run_cli: RunCli, sent: list[str], tmp_path: Path) -> None:
    run = run_cli("import", "customers", str(tmp_path / "nope.csv"))

    assert run.code == 2
    assert_one_line_error(run)
    assert "nope.csv" in run.err
    assert sent == []


# --- with the bulk engine -----------------------------------------------------------------------------------


def test_a_valid_file_is_imported_with_a_ledger_beside_it(
    run_cli: RunCli, sandbox_env: SandboxServer, tmp_path: Path
) -> None:
    csv_file = write(tmp_path, "customers.csv", GOOD)

    run = run_cli("import", "customers", str(csv_file), "--quiet")

    assert run.code == 0, run.err
    assert "2 created" in run.out
    assert stored(sandbox_env, "customers") == 2
    ledger = tmp_path / "customers.csv.ledger"
    assert ledger.exists()
    assert str(ledger) in run.out
    customer = sandbox_env.state.store.collection("customers").get_by_internal_id("C2")
    assert customer is not None
    assert customer["billingAddress"]["city"] == "Paris"


def test_a_second_run_creates_nothing(run_cli: RunCli, sandbox_env: SandboxServer, tmp_path: Path) -> None:
    csv_file = write(tmp_path, "customers.csv", GOOD)
    assert run_cli("import", "customers", str(csv_file), "--quiet", "--no-ledger").code == 0

    again = run_cli("import", "customers", str(csv_file), "--quiet", "--no-ledger")

    assert again.code == 0
    assert "0 created" in again.out
    assert stored(sandbox_env, "customers") == 2


def test_skip_invalid_imports_the_good_rows_and_exits_1(
    run_cli: RunCli, sandbox_env: SandboxServer, tmp_path: Path
) -> None:
    csv_file = write(tmp_path, "c.csv", HEADER + "C1,Alpha,a@alpha.fr,Lille\nC2,Beta,nope,Paris\n")

    run = run_cli("import", "customers", str(csv_file), "--skip-invalid", "--quiet", "--ledger", str(tmp_path / "l"))

    assert run.code == 1
    assert "skipped row 3, field email" in run.err
    assert "1 created" in run.out
    assert "1 invalid row(s) skipped" in run.out
    assert stored(sandbox_env, "customers") == 1


def test_jsonl_with_a_map_option_is_imported(run_cli: RunCli, sandbox_env: SandboxServer, tmp_path: Path) -> None:
    lines = [{"ref": "J1", "companyName": "Gamma"}, {"ref": "J2", "companyName": "Delta"}]
    jsonl = write(tmp_path, "c.jsonl", "".join(json.dumps(line) + "\n" for line in lines))

    run = run_cli("import", "customers", str(jsonl), "--map", "ref=internalId", "--quiet", "--no-ledger")

    assert run.code == 0, run.err
    assert stored(sandbox_env, "customers") == 2


def test_a_wrong_key_exits_4_without_showing_it(run_cli: RunCli, sandbox_env: SandboxServer, tmp_path: Path) -> None:
    wrong = "wrong-" + sandbox_env.api_key[::-1]

    run = run_cli("import", "customers", str(write(tmp_path, "c.csv", GOOD)), f"--api-key={wrong}", "--no-ledger")

    assert run.code == 4
    assert_one_line_error(run, wrong, sandbox_env.api_key)
    assert "401" in run.err
    assert stored(sandbox_env, "customers") == 0
