"""The three ways to start a sandbox: the CLI, ``serve()`` from Python, and the pytest fixture."""

from __future__ import annotations

import os
import secrets
import shlex
import subprocess
import sys
import time

import altoviz.sandbox
import httpx
import pytest
from altoviz.cli.legacy import build_parser
from altoviz.cli.sandbox import config_from_args


async def test_serve_gives_a_url_and_key_and_takes_settings_at_run_time() -> None:
    async with altoviz.sandbox.serve(rate=20, burst=5, seed=1) as sb:
        assert sb.base_url.startswith("http://127.0.0.1:")
        async with httpx.AsyncClient(base_url=sb.base_url, headers={"X-API-KEY": sb.api_key}) as client:
            assert (await client.get("/Hello")).status_code == 200
            # Settings change over HTTP too, for a sandbox started elsewhere (e.g. by the CLI).
            changed = await client.patch("/_sandbox/config", json={"burst": 7, "error_rate": 0.1})
            assert (changed.json()["burst"], changed.json()["faults"]["error_rate"]) == (7, 0.1)
            assert "api_key" not in changed.json()
            assert (await client.patch("/_sandbox/config", json={"bogus": 1})).status_code == 400
            await client.post("/v1/Customers", json={"companyName": "Acme"})
            assert (await client.post("/_sandbox/reset")).status_code == 200
            assert (await client.get("/v1/Customers")).json() == []
        assert sb.configure(rate=3).rate == 3


def test_cli_parses_every_fault_flag() -> None:
    # Deterministic, and the hard case on purpose: token_urlsafe starts with '-' once in 64 draws.
    key = "-" + secrets.token_urlsafe(16)
    args = build_parser().parse_args(
        shlex.split(
            f"sandbox --port 0 --api-key={key} --rate 5 --burst 2 --retry-after http-date --seed 9"
            " --latency 10 --jitter 5 --error-rate 0.1 --error-codes 500,520 --reset-rate 0.2 --drop-create-rate 0.3"
            " --break-download-rate 0.4 --slow-body 7 --pdf-size 200M --first-page-index 0"
        )
    )
    config = config_from_args(args)
    assert config.api_key == key
    assert (config.rate, config.burst, config.retry_after, config.seed) == (5, 2, "http-date", 9)
    assert config.pdf_size == 200 * 1024 * 1024
    assert config.first_page_index == 0
    faults = config.faults
    assert (faults.latency_ms, faults.jitter_ms, faults.error_rate, faults.error_codes) == (10, 5, 0.1, (500, 520))
    assert (faults.reset_rate, faults.drop_create_rate, faults.break_download_rate, faults.slow_body_ms) == (
        0.2,
        0.3,
        0.4,
        7,
    )
    with pytest.raises(SystemExit):
        build_parser("sandbox").parse_args(["sandbox", "--error-rate", "2"])


def test_cli_prints_url_and_key_and_serves() -> None:
    key = "-" + secrets.token_urlsafe(16)  # the case that once made this flaky, on purpose
    command = [sys.executable, "-m", "altoviz", "sandbox", "--port", "0", f"--api-key={key}", "--rate", "0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split()[-1]
        assert process.stdout.readline().strip() == f"API key: {key}"
        # Poll until the server answers: it binds before printing, but serves a moment later.
        deadline = time.monotonic() + 15
        while True:
            try:
                response = httpx.get(f"{url}/Hello", headers={"X-API-KEY": key})
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the sandbox did not come up"
                time.sleep(0.05)
        assert response.status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_pytest_fixture_starts_clean(altoviz_sandbox: altoviz.sandbox.SandboxServer) -> None:
    assert altoviz_sandbox.config.rate == 0
    assert len(altoviz_sandbox.state.store.collection("customers")) == 0
    assert httpx.get(f"{altoviz_sandbox.base_url}/_sandbox/health").json() == {"status": "ok"}


def test_cli_takes_a_dash_key_as_option_value_or_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    key = "-" + secrets.token_urlsafe(16)
    args = build_parser().parse_args(["sandbox", f"--api-key={key}"])
    assert config_from_args(args).api_key == key
    monkeypatch.setenv("ALTOVIZ_API_KEY", key)
    assert config_from_args(build_parser().parse_args(["sandbox"])).api_key == key


def test_cli_without_the_sandbox_extra_says_so_before_printing_anything() -> None:
    # Blocking the extra's modules stands in for an install without it.
    code = (
        "import sys\n"
        "for name in ('uvicorn', 'starlette'):\n"
        "    sys.modules[name] = None\n"
        "from altoviz.cli import main\n"
        "sys.exit(main(['sandbox', '--port', '0', '--api-key', 'k-not-shown']))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert "k-not-shown" not in done.stderr
    assert done.stderr.count("\n") == 1
    assert "pip install 'altoviz-client[sandbox]'" in done.stderr


def test_cli_takes_the_key_from_the_environment_without_echoing_it() -> None:
    key = "-" + secrets.token_urlsafe(16)
    command = [sys.executable, "-m", "altoviz", "sandbox", "--port", "0", "--rate", "0"]
    env = {**os.environ, "ALTOVIZ_API_KEY": key}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split()[-1]
        assert process.stdout.readline().strip() == "API key: the value of $ALTOVIZ_API_KEY"
        deadline = time.monotonic() + 30
        while True:  # poll until the server answers
            try:
                answer = httpx.get(f"{url}/Hello", headers={"X-API-KEY": key}, timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the sandbox did not start"
                time.sleep(0.05)
        assert answer.status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=30)
