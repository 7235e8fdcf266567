"""Random bytes as CSV or JSONL: ``load_records`` and ``altoviz import`` end in a documented way, never a traceback.

``load_records`` returns or raises ``InvalidFileError`` (an ``AltovizError``); the command exits 0, 1 or 2
with ``altoviz: error:`` lines. Derandomized (the same examples every run) and bounded, so the suite is
deterministic and quick; the strategies mix pure noise with files that look almost right (a good header,
then noisy rows), since pure noise rarely gets past the header.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from altoviz._records import InvalidFileError, load_records
from altoviz.cli import main
from altoviz.sandbox import SandboxServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SETTINGS = settings(
    derandomize=True,
    max_examples=120,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

HEADERS = [b"internalId,companyName,email\n", b"internalId;companyName;city\n", b"\xef\xbb\xbfinternalId,lastName\n"]
# Bytes that stress the reader: quotes, delimiters, newlines, NUL, a BOM, UTF-8 lead bytes, cp1252-only bytes.
NOISE = st.binary(max_size=300) | st.lists(
    st.sampled_from([b'"', b",", b";", b"\n", b"\r", b"\x00", b"\xef\xbb\xbf", b"\xe9", b"\xc3", b"\x81", b"a", b"="]),
    max_size=60,
).map(b"".join)
CSV_FILES = NOISE | st.tuples(st.sampled_from(HEADERS), NOISE).map(b"".join)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
JSONL_LINES = st.one_of(
    NOISE,
    st.dictionaries(st.sampled_from(["internalId", "companyName", "email", "billingAddress", "x"]), JSON_VALUES).map(
        lambda d: repr(d).replace("'", '"').encode("utf-8", "surrogatepass")
    ),
    st.integers(min_value=1, max_value=3000).map(lambda n: b'{"x": ' + b"[" * n + b"]" * n + b"}"),
)
JSONL_FILES = st.lists(JSONL_LINES, max_size=5).map(lambda lines: b"\n".join(lines))


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="altoviz-props-") as tmp:
        yield Path(tmp)


def _load(path: Path) -> None:
    try:
        loaded = load_records("customers", path, skip_invalid=True)
        for record in loaded:
            assert record.internal_id
    except InvalidFileError:
        pass  # the documented refusal


@SETTINGS
@given(content=CSV_FILES)
def test_random_csv_bytes_load_or_are_refused(scratch: Path, content: bytes) -> None:
    path = scratch / "f.csv"
    path.write_bytes(content)
    _load(path)


@SETTINGS
@given(content=JSONL_FILES)
def test_random_jsonl_bytes_load_or_are_refused(scratch: Path, content: bytes) -> None:
    path = scratch / "f.jsonl"
    path.write_bytes(content)
    _load(path)


@settings(SETTINGS, max_examples=60)
@given(content=CSV_FILES | JSONL_FILES, suffix=st.sampled_from([".csv", ".jsonl", ".txt"]))
def test_the_import_command_exits_with_a_documented_code(
    altoviz_sandbox: SandboxServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    scratch: Path,
    content: bytes,
    suffix: str,
) -> None:
    monkeypatch.setenv("ALTOVIZ_BASE_URL", altoviz_sandbox.base_url)
    monkeypatch.setenv("ALTOVIZ_API_KEY", altoviz_sandbox.api_key)
    path = scratch / f"f{suffix}"
    path.write_bytes(content)

    code = main(["import", "customers", str(path), "--no-ledger", "--quiet", "--skip-invalid"])

    out, err = capsys.readouterr()
    assert code in (0, 1, 2), err
    assert "Traceback" not in out + err
    if code == 2:
        assert err.startswith("altoviz: error: "), err
