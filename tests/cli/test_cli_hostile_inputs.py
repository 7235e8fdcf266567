"""Hostile files and answers end in one line and a documented exit code, never a traceback (issue 11)."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from altoviz.sandbox import SandboxServer

from .support import RunCli, assert_one_line_error, stored

GOOD = "internalId,companyName\nC1,Alpha\nC2,Beta\n"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def test_a_ledger_that_is_not_utf8_is_a_usage_error(run_cli: RunCli, sent: list[str], tmp_path: Path) -> None:
    csv_file = write(tmp_path, "c.csv", GOOD)
    ledger = write(tmp_path, "c.ledger", b'{"entity": "customers", "internalId": "C1", "outcome": "created\xff"}\n')

    run = run_cli("import", "customers", str(csv_file), "--ledger", str(ledger), "--quiet")

    assert run.code == 2
    assert_one_line_error(run)
    assert "not UTF-8" in run.err
    assert sent == []


def test_another_entitys_ledger_is_a_usage_error(run_cli: RunCli, sent: list[str], tmp_path: Path) -> None:
    csv_file = write(tmp_path, "c.csv", GOOD)
    ledger = write(tmp_path, "c.ledger", '{"entity": "products", "internalId": "P1", "outcome": "created"}\n')

    run = run_cli("import", "customers", str(csv_file), "--ledger", str(ledger), "--quiet")

    assert run.code == 2
    assert_one_line_error(run)
    assert "ledger of a products import" in run.err
    assert sent == []


@pytest.mark.parametrize(
    "line",
    [
        pytest.param('{"internalId": "C1", "companyName": "A", "x": ' + "[" * 100_000 + "]" * 100_000 + "}", id="deep"),
        pytest.param('{"internalId": "C1", "companyName": "A", "x": ' + "9" * 5_000 + "}", id="long-number"),
        pytest.param('{"internalId": "C1", "companyName": "A", "x": ' + "[" * 500 + "]" * 500 + "}", id="500-deep"),
    ],
)
def test_a_jsonl_line_too_deep_or_too_long_is_named(
    run_cli: RunCli, sent: list[str], tmp_path: Path, line: str
) -> None:
    jsonl = write(tmp_path, "c.jsonl", '{"internalId": "C0", "companyName": "ok"}\n' + line + "\n")

    run = run_cli("import", "customers", str(jsonl), "--quiet", "--no-ledger")

    assert run.code == 2
    assert "Traceback" not in run.err + run.out
    assert run.err.startswith("altoviz: error: ")
    assert "row 2: " in run.err
    assert sent == []


def test_a_nul_byte_in_a_cell_is_refused(
    run_cli: RunCli, sandbox_env: SandboxServer, sent: list[str], tmp_path: Path
) -> None:
    csv_file = write(tmp_path, "c.csv", "internalId,companyName\nC1,Al\x00pha\n")

    run = run_cli("import", "customers", str(csv_file), "--quiet", "--no-ledger")

    assert run.code == 2
    assert "row 2, field companyName: " in run.err
    assert "NUL" in run.err
    assert stored(sandbox_env, "customers") == 0


class _DeepAnswers(http.server.BaseHTTPRequestHandler):
    """Answers every request with 200 and a JSON body nested 100,000 levels deep."""

    body = b'{"id": 1, "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"

    def _answer(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def deep_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _DeepAnswers)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("command", ["export", "import"])
def test_a_deeply_nested_answer_is_one_line(run_cli: RunCli, deep_server: str, tmp_path: Path, command: str) -> None:
    argv = (
        ["export", "customers"] if command == "export" else ["import", "customers", str(write(tmp_path, "c.csv", GOOD))]
    )
    run = run_cli(
        *argv,
        "--base-url",
        deep_server,
        "--max-retries",
        "0",
        "--quiet",
        *(["--no-ledger"] if command == "import" else []),
    )

    assert run.code in (1, 4)
    assert "Traceback" not in run.err + run.out
    assert "RecursionError" not in run.err
    assert all(line.startswith("altoviz: ") or line.startswith("  ") or "from" in line for line in run.err.splitlines())


def test_a_french_excel_file_imports_with_its_accents(
    run_cli: RunCli, sandbox_env: SandboxServer, tmp_path: Path
) -> None:
    content = "internalId;Raison sociale;Ville\nC1;Société Générale;Nîmes\n".encode("cp1252")
    csv_file = write(tmp_path, "c.csv", content)

    run = run_cli(
        "import",
        "customers",
        str(csv_file),
        "--map",
        "Raison sociale=companyName",
        "--map",
        "Ville=billingAddress.city",
        "--quiet",
        "--no-ledger",
    )

    assert run.code == 0, run.err
    (customer,) = sandbox_env.state.store.collection("customers")
    assert customer["companyName"] == "Société Générale"
    assert customer["billingAddress"]["city"] == "Nîmes"


def test_the_encoding_option(run_cli: RunCli, sandbox_env: SandboxServer, tmp_path: Path) -> None:
    csv_file = write(tmp_path, "c.csv", "internalId,companyName\nC1,Soci\xe9t\xe9\n".encode("latin-1"))

    assert run_cli("import", "customers", str(csv_file), "--encoding", "utf-8", "-q", "--no-ledger").code == 2
    run = run_cli("import", "customers", str(csv_file), "--encoding", "latin-1", "-q", "--no-ledger")

    assert run.code == 0, run.err
    assert [c["companyName"] for c in sandbox_env.state.store.collection("customers")] == ["Société"]


def test_a_rerun_after_fixing_a_mapping_updates_the_records(
    run_cli: RunCli, sandbox_env: SandboxServer, tmp_path: Path
) -> None:
    csv_file = write(
        tmp_path, "c.csv", "internalId;Nom;Raison sociale\nC1;Martin;Boulangerie Martin\nC2;Roux;Garage Roux\n"
    )
    wrong = run_cli("import", "customers", str(csv_file), "--map", "Nom=companyName", "--map", "Raison sociale=-", "-q")
    assert wrong.code == 0, wrong.err

    fixed = run_cli("import", "customers", str(csv_file), "--map", "Raison sociale=companyName", "--map", "Nom=-", "-q")

    assert fixed.code == 0, fixed.err
    assert "0 created, 2 updated, 0 unchanged, 0 failed, 0 skipped" in fixed.out
    names = sorted(c["companyName"] for c in sandbox_env.state.store.collection("customers"))
    assert names == ["Boulangerie Martin", "Garage Roux"]
    again = run_cli("import", "customers", str(csv_file), "--map", "Raison sociale=companyName", "--map", "Nom=-", "-q")
    assert "0 updated, 0 unchanged, 0 failed, 2 skipped" in again.out


def test_a_second_import_on_a_ledger_in_use_fails_fast(run_cli: RunCli, sent: list[str], tmp_path: Path) -> None:
    from altoviz._bulk import Ledger

    csv_file = write(tmp_path, "c.csv", GOOD)
    with Ledger(tmp_path / "c.csv.ledger", "customers"):  # the first import, still running
        run = run_cli("import", "customers", str(csv_file), "--quiet")

    assert run.code == 2
    assert_one_line_error(run)
    assert "is in use by another import" in run.err
    assert not [request for request in sent if request.startswith("POST")]


def test_two_concurrent_import_commands_count_exactly(sandbox_env: SandboxServer, tmp_path: Path) -> None:
    import os
    import re
    import subprocess
    import sys

    rows = 150
    csv_file = write(tmp_path, "c.csv", "internalId,companyName\n" + "".join(f"K{i},n{i}\n" for i in range(rows)))
    sandbox_env.configure(drop_create_rate=0.1, error_rate=0.2, seed=5)
    env = {**os.environ, "ALTOVIZ_BASE_URL": sandbox_env.base_url, "ALTOVIZ_API_KEY": sandbox_env.api_key}
    commands = [
        [
            sys.executable,
            "-m",
            "altoviz",
            "import",
            "customers",
            str(csv_file),
            "--ledger",
            str(tmp_path / f"l{n}"),
            "-q",
        ]
        for n in (1, 2)
    ]
    processes = [
        subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) for c in commands
    ]
    outputs = [process.communicate(timeout=120) for process in processes]

    counts = []
    for process, (out, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, err
        assert "Traceback" not in err
        found = re.search(r"(\d+) created, (\d+) updated, (\d+) unchanged, (\d+) failed", out)
        assert found, out
        counts.append([int(n) for n in found.groups()])
    assert sum(created for created, *_ in counts) <= rows
    assert all(created + updated + unchanged == rows for created, updated, unchanged, _ in counts)
    assert len(sandbox_env.state.store.collection("customers")) == rows
