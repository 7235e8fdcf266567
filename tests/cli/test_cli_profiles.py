"""``altoviz config``: profiles in the INI file, the key in a keychain when there is one, else the file (0600)."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from altoviz.cli import profiles
from altoviz.sandbox import SandboxServer
from keyring.backend import KeyringBackend

from .support import RunCli


class MemoryKeyring(KeyringBackend):
    """A keychain in a dict: what a real one does, with nothing leaving the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    ring = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def no_env_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALTOVIZ_API_KEY")
    monkeypatch.delenv("ALTOVIZ_BASE_URL")


def test_without_a_keychain_the_key_goes_to_a_0600_file_with_a_warning(
    run_cli: RunCli, sandbox_env: SandboxServer, no_env_key: None
) -> None:
    created = run_cli(
        "config", "create", "staging", f"--api-key={sandbox_env.api_key}", "--endpoint", sandbox_env.base_url
    )

    path = profiles.config_path()
    assert created.code == 0, created.err
    assert "no OS keychain" in created.err
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert f"apikey = {sandbox_env.api_key}" in path.read_text()
    # The profile is used: key and endpoint both come from it.
    assert run_cli("--profile", "staging", "customers", "list", "--json").out == "[]\n"
    assert run_cli("-p", "nowhere", "customers", "list").code == 2


def test_with_a_keychain_the_file_holds_no_key(
    run_cli: RunCli,
    sandbox_env: SandboxServer,
    memory_keyring: MemoryKeyring,
    no_env_key: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run_cli("config", "create", f"--api-key={sandbox_env.api_key}", "--endpoint", sandbox_env.base_url)

    assert sandbox_env.api_key not in profiles.config_path().read_text()
    assert memory_keyring.secrets == {("altoviz-cli", "default"): sandbox_env.api_key}
    listed = json.loads(run_cli("config", "list", "--json").out)
    assert listed == [{"profile": "default", "endpoint": sandbox_env.base_url, "key": "set", "keyStore": "keychain"}]
    assert run_cli("vats", "-q").code == 0  # the default profile, from the keychain
    monkeypatch.setenv("ALTOVIZ_CLI_PROFILE", "default")
    assert run_cli("vats", "-q").code == 0

    assert run_cli("config", "delete", "default").code == 0
    assert memory_keyring.secrets == {}
    assert run_cli("config", "get", "default").code == 3


def test_flags_then_cli_variables_then_sdk_variables(
    run_cli: RunCli, sandbox_env: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALTOVIZ_API_KEY", "wrong-sdk-key")
    monkeypatch.setenv("ALTOVIZ_CLI_API_KEY", sandbox_env.api_key)
    assert run_cli("vats", "-q").code == 0  # ALTOVIZ_CLI_API_KEY wins over ALTOVIZ_API_KEY

    monkeypatch.setenv("ALTOVIZ_CLI_API_KEY", "wrong-cli-key")
    assert run_cli("vats", "-q").code == 4
    assert run_cli("vats", "-q", f"--api-key={sandbox_env.api_key}").code == 0
    monkeypatch.setenv("ALTOVIZ_CLI_ENDPOINT", "http://127.0.0.1:9")
    assert run_cli("vats", "-q", f"--api-key={sandbox_env.api_key}", "--endpoint", sandbox_env.base_url).code == 0


def test_reset_removes_every_profile(run_cli: RunCli, no_env_key: None, tmp_path: Path) -> None:
    for name in ("a", "b"):
        assert run_cli("config", "create", name, "--api-key=k-" + name).code == 0

    assert run_cli("config", "reset", "--yes").code == 0
    assert run_cli("config", "list", "--json").out == "[]\n"
    assert not profiles.config_path().exists()
