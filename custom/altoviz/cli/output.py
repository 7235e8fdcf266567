"""How the command prints what the API answers: the official CLI's nine formats, columns and dates.

Every renderer takes wire records (the JSON the API sends, camelCase) and returns text, so the formats are
tested without a terminal. rich and PyYAML are imported by the renderers that need them, not at start-up.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

FORMATS = ("table", "json", "yaml", "colored-json", "markdown", "csv-us", "csv-eu", "tsv", "compact-json")
"""The values of ``--output``, as the official CLI spells them."""

SHORTHANDS = {
    "json": "json",
    "yaml": "yaml",
    "cjson": "colored-json",
    "md": "markdown",
    "csv": "csv-us",
    "tsv": "tsv",
}
"""``--json`` and the other flags, and the format each stands for."""

_DELIMITERS = {"csv-us": ",", "csv-eu": ";", "tsv": "\t"}
# The fields a table shows first when --columns is not given: the ones that name a record for a person.
# Any list works without them (the first scalar fields fill up to _DEFAULT_WIDTH); they only choose the order.
_PREFERRED = ("id", "number", "name", "displayName", "companyName", "email", "date", "status", "type")
# A bordered table of more columns than this is unreadable on an 80- or 120-column terminal.
_DEFAULT_WIDTH = 6
_ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")


@dataclass(frozen=True)
class OutputOptions:
    """What the global options say about output."""

    format: str = "table"
    columns: tuple[str, ...] = ()
    color: bool = True
    show_time: bool = False
    width: int | None = None
    """The terminal's width for tables; None asks rich (which reads the terminal, else $COLUMNS, else 80)."""


def parse_columns(text: str | None) -> tuple[str, ...]:
    """``id|name|billingAddress.city`` -> its dot paths; empty names are dropped."""
    if not text:
        return ()
    return tuple(part.strip() for part in text.split("|") if part.strip())


def dig(record: Any, path: str) -> Any:
    """Return the value at a dot path (``billingAddress.city``) of a wire record; None when any step is missing."""
    value = record
    for step in path.split("."):
        if isinstance(value, dict):
            value = value.get(step)
        elif isinstance(value, list) and step.isdigit() and int(step) < len(value):
            value = value[int(step)]
        else:
            return None
    return value


def flatten(record: Any, prefix: str = "") -> dict[str, Any]:
    """Nested objects become dotted keys (``billingAddress.city``); lists and scalars stay as they are."""
    if not isinstance(record, dict):
        return {prefix.rstrip(".") or "value": record}
    cells: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            cells.update(flatten(value, f"{name}."))
        else:
            cells[name] = value
    return cells


def project(record: Any, columns: Sequence[str]) -> dict[str, Any]:
    """Keep only ``columns`` of a record, nested as they were (``billingAddress.city`` stays under billingAddress)."""
    out: dict[str, Any] = {}
    for path in columns:
        steps = path.split(".")
        node = out
        for step in steps[:-1]:
            node = node.setdefault(step, {})
        node[steps[-1]] = dig(record, path)
    return out


def cell_text(value: Any, *, show_time: bool, human: bool = False) -> str:
    """Return a value as one table or CSV cell; dates lose their time unless ``--show-time``.

    ``human`` (tables, Markdown): a list of plain values reads ``a,b,c``; CSV keeps JSON, which import reads back.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if human and isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return ",".join(str(v) for v in value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = str(value)
    if not show_time:
        match = _ISO_DATETIME.match(text)
        if match:
            return match.group(1)
    return text


def safe_cell(text: str) -> str:
    """Defuse a text cell a spreadsheet would run as a formula (``altoviz import`` reads it back unchanged).

    Numbers never get here as text (``-5`` stays a number): the renderer escapes only the API's strings.
    """
    from .._records.cells import escape_cell

    return escape_cell(text)


def default_columns(records: Sequence[Any], *, every: bool) -> list[str]:
    """Return the columns shown without ``--columns``: every flattened field (CSV/TSV), else a readable few."""
    seen: dict[str, None] = {}
    for record in records:
        seen.update(dict.fromkeys(flatten(record)))
    if every:
        return list(seen)
    scalar = [name for name in seen if "." not in name and _is_scalar_column(records, name)]
    chosen = [name for name in _PREFERRED if name in scalar]
    chosen += [name for name in scalar if name not in chosen]
    return chosen[:_DEFAULT_WIDTH] or list(seen)[:_DEFAULT_WIDTH]


def _is_scalar_column(records: Sequence[Any], name: str) -> bool:
    """Whether a column reads in one short cell: plain values, or lists of them (``InvoiceCreated,QuoteDeleted``)."""

    def plain(value: Any) -> bool:
        if isinstance(value, list):
            return all(not isinstance(v, (dict, list)) for v in value)
        return not isinstance(value, dict)

    return all(plain(r.get(name)) for r in records if isinstance(r, dict))


def render(data: Any, options: OutputOptions) -> str:
    """Return the text for ``data`` (a wire record, a list of them, or a scalar) in the format asked for."""
    if options.columns:
        data = [project(r, options.columns) for r in data] if isinstance(data, list) else project(data, options.columns)
    return _RENDERERS[options.format](data, options)


def _json(data: Any, options: OutputOptions) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _compact_json(data: Any, options: OutputOptions) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def _colored_json(data: Any, options: OutputOptions) -> str:
    text = _json(data, options)
    if not options.color:
        return text
    from rich.console import Console
    from rich.json import JSON

    console = Console(file=io.StringIO(), force_terminal=True, color_system="standard", width=10_000)
    with console.capture() as capture:
        console.print(JSON(text, indent=2, ensure_ascii=False), soft_wrap=True)
    return capture.get()


def _yaml(data: Any, options: OutputOptions) -> str:
    import yaml

    text: str = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False)
    return text


def _rows(
    data: Any, options: OutputOptions, *, every: bool, escape: Callable[[str], str] | None = None
) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a list; a single record becomes field/value rows."""

    def text(value: Any) -> str:
        shown = cell_text(value, show_time=options.show_time, human=escape is None)
        return escape(shown) if escape is not None and isinstance(value, str) else shown

    if isinstance(data, list):
        records = data
        columns = list(options.columns) or default_columns(records, every=every)
        rows = [[text(dig(r, c) if isinstance(r, dict) else r) for c in columns] for r in records]
        return columns, rows
    cells = flatten(data)
    if options.columns:
        cells = {c: dig(data, c) for c in options.columns}
    return ["field", "value"], [[k, text(v)] for k, v in cells.items()]


def _delimited(data: Any, options: OutputOptions) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=_DELIMITERS[options.format], lineterminator="\n")
    # One record as one CSV row: the same columns a list of it would have, so the two append cleanly.
    header, rows = _rows(data if isinstance(data, list) else [data], options, every=True, escape=safe_cell)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _markdown(data: Any, options: OutputOptions) -> str:
    header, rows = _rows(data, options, every=False)

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |"

    return "\n".join([line(header), "| " + " | ".join("---" for _ in header) + " |", *map(line, rows)]) + "\n"


def _table(data: Any, options: OutputOptions) -> str:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    header, rows = _rows(data, options, every=False)
    table = Table(box=box.ROUNDED, header_style="bold" if options.color else "")
    for name in header:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*row)
    console = Console(
        file=io.StringIO(),
        width=options.width,
        force_terminal=options.color,
        no_color=not options.color,
        color_system="standard" if options.color else None,
    )
    with console.capture() as capture:
        console.print(table)
    return capture.get()


_RENDERERS: dict[str, Callable[[Any, OutputOptions], str]] = {
    "table": _table,
    "json": _json,
    "yaml": _yaml,
    "colored-json": _colored_json,
    "markdown": _markdown,
    "csv-us": _delimited,
    "csv-eu": _delimited,
    "tsv": _delimited,
    "compact-json": _compact_json,
}
