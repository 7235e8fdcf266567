"""``altoviz webhook list | create | delete | trigger`` against the per-test sandbox and a local receiver."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from altoviz.sandbox import SandboxServer
from altoviz.webhooks import WebhookEvent, WebhookReceiver
from webhooks.support import serving

from altoviz_client.models import Invoice

from .support import RunCli


def test_create_list_delete(run_cli: RunCli, sandbox_env: SandboxServer, tmp_path: Path) -> None:
    created = run_cli(
        "webhook", "create", "--name", "crm", "--url", "https://example.test/hooks",
        "--type", "InvoiceCreated,customerupdated", "--type", "QuoteDeleted", "--secret-key", "topsecret", "--json",
    )  # fmt: skip
    assert created.code == 0, created.err
    hook = json.loads(created.out)
    assert hook["types"] == ["InvoiceCreated", "CustomerUpdated", "QuoteDeleted"]
    assert hook["secretKey"] == "***"

    spec = tmp_path / "hook.json"
    spec.write_text(json.dumps({"name": "f", "url": "https://example.test/f", "types": ["ProductCreated"]}))
    assert run_cli("webhook", "create", "--file", str(spec)).code == 0

    listed = run_cli("webhook", "list")
    assert listed.code == 0
    assert "https://example.test/hooks" in listed.out
    assert "InvoiceCreated,CustomerUpdated,QuoteDeleted" in listed.out
    assert "topsecret" not in listed.out
    as_json = json.loads(run_cli("webhook", "list", "--json").out)
    assert [h["url"] for h in as_json] == ["https://example.test/hooks", "https://example.test/f"]

    # The official CLI asks before deleting: --yes when not at a terminal. A missing webhook is exit 3 (404).
    assert run_cli("webhook", "delete", str(hook["id"])).code == 2
    assert run_cli("webhook", "delete", str(hook["id"]), "--yes").code == 0
    assert run_cli("webhook", "delete", "https://example.test/f", "-y").code == 0
    assert json.loads(run_cli("webhook", "list", "--json").out) == []
    missing = run_cli("webhook", "delete", "999", "--yes")
    assert missing.code == 3
    assert "404" in missing.err


def test_create_refuses_bad_input_without_calling(run_cli: RunCli) -> None:
    unknown = run_cli("webhook", "create", "--url", "https://x.test", "--type", "InvoicePaid")
    assert unknown.code == 2
    assert "'InvoicePaid' is not one of" in unknown.err
    assert run_cli("webhook", "create", "--url", "https://x.test").code == 2


async def test_trigger_sends_a_sample_event_to_a_local_receiver(run_cli: RunCli) -> None:
    hooks = WebhookReceiver("s3cret")
    got: list[WebhookEvent[Invoice]] = []

    @hooks.on("InvoiceCreated", Invoice)
    async def created(event: WebhookEvent[Invoice]) -> None:
        got.append(event)

    with serving(hooks) as app:
        ok = await _in_thread(run_cli, "webhook", "trigger", "InvoiceCreated", "--to", app.url, "--secret", "s3cret")
        refused = await _in_thread(run_cli, "webhook", "trigger", "InvoiceCreated", "--to", app.url)
        await app.arun(hooks.join())
    assert ok.code == 0, ok.err
    assert ": 200" in ok.out
    assert refused.code == 1
    assert ": 401" in refused.out
    assert len(got) == 1
    assert got[0].data.customer_name == "Sample Company"


def test_trigger_without_a_receiver(run_cli: RunCli) -> None:
    gone = run_cli("webhook", "trigger", "CustomerCreated", "--to", "http://127.0.0.1:9/")
    assert gone.code == 1  # the official CLI's code for a network failure
    assert "ConnectError" in gone.err


async def _in_thread(run: RunCli, *argv: str) -> Any:
    # The command runs its own event loop (asyncio.run): give it a thread, as a shell would give it a process.
    import asyncio

    return await asyncio.to_thread(run, *argv)


@pytest.fixture(autouse=True)
def _no_secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALTOVIZ_WEBHOOK_SECRET", raising=False)
