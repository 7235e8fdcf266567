"""``escape_cell``/``unescape_cell``: formulas neutralised, and the escape undone exactly."""

from __future__ import annotations

import pytest
from altoviz._records.cells import escape_cell, unescape_cell


@pytest.mark.parametrize("text", ["=1+2", "+33", "-x", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_get_a_quote(text: str) -> None:
    assert escape_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["", "'", "''", "'=", "plain", "1=2", "'quoted", "x'", "''=a"])
def test_unescape_inverts_escape(text: str) -> None:
    assert unescape_cell(escape_cell(text)) == text


def test_text_that_needs_nothing_is_left_alone() -> None:
    assert escape_cell("Acme") == "Acme"
    assert unescape_cell("'Acme") == "'Acme"  # a quote before ordinary text is content, not an escape
