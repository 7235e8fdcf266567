"""The command's parser, help and exit codes, and progress with and without rich."""

from __future__ import annotations

import io
import sys

import pytest
from altoviz import (
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from altoviz.cli import main
from altoviz.cli.common import ExitCode, exit_code_for
from altoviz.cli.legacy import build_parser
from altoviz.cli.progress import PlainProgress, RichProgress, format_eta, progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_help_documents_every_subcommand_and_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--help"])
    out = capsys.readouterr().out

    assert code == 0
    for command in ("import", "export", "download", "whoami", "sandbox"):
        assert command in out
    for code in ExitCode:
        assert f"  {int(code)}  " in out


@pytest.mark.parametrize("command", ["import", "export", "download", "whoami"])
def test_each_api_command_documents_exit_codes_and_connection_options(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out

    assert "exit codes" in out
    assert "--base-url" in out
    assert "--endpoint" in out
    assert "--profile" in out
    assert "--api-key" in out


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["import", "customers"],
        ["export", "planets"],
        ["download", "receipts"],
        ["import", "customers", "f.csv", "--concurrency", "many"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert "usage: altoviz" in (captured.err + captured.out).lower()


def test_arguments_reach_the_handlers() -> None:
    args = build_parser("import").parse_args(
        ["import", "products", "p.csv", "--map", "Ref=internalId", "--map", "Prix=unitPrice", "--concurrency", "8"]
    )

    assert args.entity == "products"
    assert args.map == ["Ref=internalId", "Prix=unitPrice"]
    assert args.concurrency == 8
    assert args.skip_invalid is False


def test_the_sandbox_subcommand_still_parses() -> None:
    args = build_parser("sandbox").parse_args(["sandbox", "--port", "0", "--rate", "5", "--error-rate", "0.1"])

    assert args.command == "sandbox"
    assert args.rate == 5.0
    assert args.error_rate == 0.1


@pytest.mark.parametrize(
    ("cls", "code"),
    [
        (AuthenticationError, 4),
        (PermissionDeniedError, 4),
        (NotFoundError, 3),
        (ConflictError, 5),
        (ServerError, 1),
        (RateLimitError, 1),
        (BadRequestError, 1),
    ],
)
def test_status_errors_map_to_the_official_exit_codes(cls: type[AuthenticationError], code: int) -> None:
    assert exit_code_for(cls("x", status_code=400, method="GET", url="http://h/")) == code


def test_connection_errors_map_to_1() -> None:
    assert exit_code_for(APIConnectionError("reset", method="GET", url="http://h/")) == 1


def test_plain_progress_when_rich_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "rich.progress", None)  # makes `import rich.progress` raise ImportError
    terminal = FakeTerminal()

    with progress("import customers", stream=terminal) as bar:
        assert isinstance(bar, PlainProgress)
        bar.update(250, 1000, failed=2, rate=50.0, eta=15.0)

    output = terminal.getvalue()
    assert "\r" in output
    assert "import customers: 250/1000, 2 failed (50/s ETA 0:15)" in output
    assert output.endswith("\n")


def test_rich_progress_on_a_terminal_when_rich_is_installed() -> None:
    pytest.importorskip("rich.progress")
    terminal = FakeTerminal()

    with progress("export customers", stream=terminal) as bar:
        assert isinstance(bar, RichProgress)
        bar.update(10, 20, rate=5.0, eta=2.0)

    assert "export customers" in terminal.getvalue()


def test_plain_progress_in_a_log_is_throttled_and_ends_with_the_final_state() -> None:
    log, clock = io.StringIO(), Clock()
    bar = PlainProgress("download invoices", log, clock=clock)

    for done in range(1, 101):
        clock.now = done * 0.1  # ten seconds in all
        bar.update(done, 100)
    bar.finish()

    # One line per 5 s (at 0.1 s and 5.1 s), then the final state, which was not shown yet.
    assert [line.split(" (")[0] for line in log.getvalue().splitlines()] == [
        "download invoices: 1/100",
        "download invoices: 51/100",
        "download invoices: 100/100",
    ]
    assert log.getvalue().endswith("download invoices: 100/100 (10/s ETA 0:00)\n")


def test_progress_can_be_silenced() -> None:
    stream = FakeTerminal()
    with progress("x", enabled=False, stream=stream) as bar:
        bar.update(1, 2)
    assert stream.getvalue() == ""


@pytest.mark.parametrize(
    ("seconds", "text"), [(None, "--:--"), (float("inf"), "--:--"), (7.4, "0:07"), (65, "1:05"), (-1, "--:--")]
)
def test_format_eta(seconds: float | None, text: str) -> None:
    assert format_eta(seconds) == text
