"""The README's quickstart (examples/quickstart.py) runs against a real sandbox."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from altoviz import AltovizClient
from load_script import load_script  # tests/ is on sys.path (pyproject: pythonpath)
from pypdf import PdfReader

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "quickstart.py"


async def test_quickstart(altoviz_sandbox: Any, tmp_path: Path) -> None:
    module = load_script(EXAMPLE, "quickstart_example")
    async with AltovizClient(altoviz_sandbox.api_key, base_url=altoviz_sandbox.base_url) as client:
        pdf = await module.quickstart(client, tmp_path)
    assert pdf.parent == tmp_path
    # Nothing but the finished PDF: no temporary file left next to it.
    assert sorted(p.name for p in tmp_path.iterdir()) == [pdf.name]  # noqa: ASYNC240
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert pdf.stem in text
    assert "Croissants" in text
