"""``altoviz whoami`` and the errors every API command shares: one line, the right exit code, never the key."""

from __future__ import annotations

import socket

import pytest
from altoviz.sandbox import SandboxServer

from .support import RunCli, assert_one_line_error


def test_whoami_shows_company_and_user_but_not_the_key(run_cli: RunCli, sandbox_env: SandboxServer) -> None:
    run = run_cli("whoami")

    assert run.code == 0, run.err
    assert f"server:    {sandbox_env.base_url}" in run.out
    assert "company:   Sandbox company" in run.out
    assert "user:      Sandy Box" in run.out
    assert "email:     sandbox@example.com" in run.out
    assert sandbox_env.api_key not in run.out + run.err


def test_options_override_the_environment(
    run_cli: RunCli, sandbox_env: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALTOVIZ_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("ALTOVIZ_API_KEY", "wrong")

    run = run_cli("whoami", "--base-url", sandbox_env.base_url, f"--api-key={sandbox_env.api_key}")

    assert run.code == 0, run.err
    assert sandbox_env.api_key not in run.out + run.err


def test_a_wrong_key_exits_4_without_showing_either_key(run_cli: RunCli, sandbox_env: SandboxServer) -> None:
    wrong = "sk_wrong_" + sandbox_env.api_key[::-1]

    run = run_cli("whoami", f"--api-key={wrong}")

    assert run.code == 4
    assert_one_line_error(run, wrong, sandbox_env.api_key)
    assert run.err.count("\n") == 1
    assert "401" in run.err


def test_no_key_is_a_usage_error(run_cli: RunCli, sent: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALTOVIZ_API_KEY")

    run = run_cli("whoami")

    assert run.code == 2
    assert_one_line_error(run)
    assert "ALTOVIZ_API_KEY" in run.err
    assert sent == []


def test_plain_http_to_a_remote_host_is_refused_before_sending(run_cli: RunCli, sent: list[str]) -> None:
    run = run_cli("whoami", "--base-url", "http://api.example.com")

    assert run.code == 2
    assert "refusing plain http" in run.err
    assert sent == []


def test_an_unreachable_server_exits_1(run_cli: RunCli, sandbox_env: SandboxServer) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, never listening: connections are refused at once

        run = run_cli("whoami", "--base-url", f"http://127.0.0.1:{port}", "--max-retries", "0")

    assert run.code == 1
    assert_one_line_error(run, sandbox_env.api_key)
    assert "ConnectError" in run.err


def test_a_failing_server_exits_1(run_cli: RunCli, sandbox_env: SandboxServer) -> None:
    sandbox_env.configure(error_rate=1.0, error_codes=[502])

    run = run_cli("whoami", "--max-retries", "1")

    assert run.code == 1
    assert_one_line_error(run, sandbox_env.api_key)
    assert "502" in run.err


def test_a_rate_limit_that_outlasts_the_budget_exits_1(run_cli: RunCli, sandbox_env: SandboxServer) -> None:
    sandbox_env.configure(rate=0.001, burst=1)  # one request, then a wait of many minutes

    run = run_cli("whoami")

    assert run.code == 1
    assert_one_line_error(run, sandbox_env.api_key)
    assert "429" in run.err


def test_a_key_that_starts_with_a_dash_is_taken_in_the_equals_form(run_cli: RunCli, sandbox_env: SandboxServer) -> None:
    run = run_cli("whoami", "--api-key=-not-the-key")

    assert run.code == 4  # read as the key (and refused by the sandbox), not as an unknown option
    assert "-not-the-key" not in run.err + run.out
