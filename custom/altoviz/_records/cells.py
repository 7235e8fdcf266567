"""Spreadsheet-safe CSV cells: neutralising formulas on export, and reading them back on import.

A spreadsheet runs a cell that begins with ``=``, ``+``, ``-`` or ``@`` as a formula (and strips a leading
tab or carriage return before deciding), so an exported ``=HYPERLINK("http://evil", "click")`` would run
for whoever opens the file: CSV injection. Following the OWASP rule, such text cells get a leading single
quote, which spreadsheets read as "this is text" and do not show.

The escape is reversible: a text cell that already begins with a quote gets one more, and ``unescape_cell``
removes exactly one leading quote when the next character is one of those, so ``unescape_cell(escape_cell(s))
== s`` for every string and an exported file imports back to the same text. Only text is escaped: numbers
come from JSON numbers and a spreadsheet reads ``-12.5`` as a number, not a formula.
"""

from __future__ import annotations

FORMULA_PREFIXES = frozenset("=+-@\t\r")
"""First characters that make a spreadsheet evaluate a cell (OWASP's list)."""
_QUOTE = "'"
_ESCAPED = FORMULA_PREFIXES | {_QUOTE}


def escape_cell(text: str) -> str:
    """Return ``text`` with a leading quote when a spreadsheet would run it, or when it begins with one."""
    return _QUOTE + text if text[:1] in _ESCAPED else text


def unescape_cell(text: str) -> str:
    """Undo ``escape_cell``: drop one leading quote followed by a formula character or another quote."""
    return text[1:] if text[:1] == _QUOTE and text[1:2] in _ESCAPED and len(text) > 1 else text
