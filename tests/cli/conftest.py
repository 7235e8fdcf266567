"""Fixtures for the ``altoviz`` command's tests: run it in-process against the per-test sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from altoviz.cli import main
from altoviz.sandbox import SandboxServer

from .support import CliRun, RunCli


@pytest.fixture(autouse=True)
def no_real_profiles(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the user's profiles or touches a real keychain: a fresh profiles file, keyring's fail backend."""
    monkeypatch.setenv("ALTOVIZ_CLI_CONFIG", str(tmp_path_factory.mktemp("profiles") / "cli.yaml"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    for name in ("ALTOVIZ_CLI_PROFILE", "ALTOVIZ_CLI_API_KEY", "ALTOVIZ_CLI_ENDPOINT", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    import keyring.core

    # keyring caches the backend it chose at first use: forget it so the variable above is what counts.
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)


@pytest.fixture
def sandbox_env(altoviz_sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch) -> SandboxServer:
    """Point the command at the sandbox through the environment, as a user would."""
    monkeypatch.setenv("ALTOVIZ_BASE_URL", altoviz_sandbox.base_url)
    monkeypatch.setenv("ALTOVIZ_API_KEY", altoviz_sandbox.api_key)
    return altoviz_sandbox


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str], sandbox_env: SandboxServer) -> RunCli:
    """Run ``altoviz ARGS...`` and return its exit code and output."""

    def run(*argv: str) -> CliRun:
        code = main(list(argv))
        captured = capsys.readouterr()
        return CliRun(code, captured.out, captured.err)

    return run


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every request any httpx.AsyncClient of this process sends, as ``METHOD path``."""
    requests: list[str] = []
    original = httpx.AsyncClient.send

    async def counting(self: httpx.AsyncClient, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        requests.append(f"{request.method} {request.url.path}")
        return await original(self, request, **kwargs)

    monkeypatch.setattr(httpx.AsyncClient, "send", counting)
    return requests


@pytest.fixture
def api(altoviz_sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """A plain synchronous client of the sandbox, to set up data."""
    with httpx.Client(base_url=altoviz_sandbox.base_url, headers={"X-API-KEY": altoviz_sandbox.api_key}) as client:
        yield client
