"""`make regenerate` from a raw published document gives the same client surface as from ours."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "openapi"))

import regenerate  # noqa: E402

PUBLISHED = ROOT / "tests" / "fixtures" / "altoviz-published.json"

LIST_MODULES = """
import json, pkgutil, importlib
import altoviz_client.api as api
found = {}
for tag in pkgutil.iter_modules(api.__path__):
    pkg = importlib.import_module(f"altoviz_client.api.{tag.name}")
    for op in pkgutil.iter_modules(pkg.__path__):
        module = importlib.import_module(f"altoviz_client.api.{tag.name}.{op.name}")
        assert callable(module.asyncio_detailed)
        found.setdefault(tag.name, []).append(op.name)
print(json.dumps({k: sorted(v) for k, v in found.items()}))
"""


def operation_modules(package_parent: Path) -> dict[str, list[str]]:
    """Import every operation module of the client found under ``package_parent``, in a fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(package_parent)!r})\n{LIST_MODULES}"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def client_from_published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    parent = tmp_path_factory.mktemp("raw")
    regenerate.generate(PUBLISHED, parent / regenerate.PACKAGE, parent / regenerate.RESOURCES)
    return parent


def test_published_document_generates_an_importable_client_with_our_module_names(
    client_from_published: Path,
) -> None:
    ours = operation_modules(ROOT)
    theirs = operation_modules(client_from_published)
    assert theirs == ours
    assert sum(len(v) for v in ours.values()) == 93
    assert "mark_sale_invoice_as_paid" in ours["sale_invoices"]


def test_committed_client_matches_the_spec() -> None:
    # The same check as `make check-generated`, so a plain test run also catches a hand edit.
    assert (
        subprocess.run([sys.executable, str(ROOT / "openapi" / "regenerate.py"), "--check"], check=False).returncode
        == 0
    )


def test_drift_is_reported(tmp_path: Path, client_from_published: Path) -> None:
    copy = tmp_path / regenerate.PACKAGE
    subprocess.run(["cp", "-r", str(client_from_published / regenerate.PACKAGE), str(copy)], check=True)
    (copy / "client.py").write_text("# edited by hand\n", encoding="utf-8")
    (copy / "extra.py").write_text("", encoding="utf-8")
    problems = regenerate.tree_differences(client_from_published / regenerate.PACKAGE, copy)
    assert any("client.py" in p and "edited by hand" in p for p in problems)
    assert any("extra.py" in p for p in problems)


def test_unknown_generator_config_keys_are_refused(tmp_path: Path) -> None:
    config = yaml.safe_load(regenerate.CONFIG.read_text(encoding="utf-8"))
    regenerate.check_config(regenerate.CONFIG)
    config["content_type_override"] = {"application/pdf": "application/octet-stream"}  # the typo the generator ignores
    bad = tmp_path / "config.yaml"
    bad.write_text(yaml.safe_dump(config), encoding="utf-8")
    with pytest.raises(regenerate.RegenerationError, match="content_type_override"):
        regenerate.check_config(bad)
