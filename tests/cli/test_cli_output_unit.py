"""The renderers alone: dates with and without --show-time, dot paths, escaping, secrets."""

from __future__ import annotations

from altoviz.cli.output import OutputOptions, dig, parse_columns, project, render
from altoviz.cli.runner import mask_secrets

RECORD = {"id": 7, "date": "2026-03-01T14:30:00", "billingAddress": {"city": "Lyon"}, "tags": ["a", "b"]}


def test_dates_lose_their_time_unless_show_time() -> None:
    short = render([RECORD], OutputOptions(format="csv-us", columns=("id", "date")))
    full = render([RECORD], OutputOptions(format="csv-us", columns=("id", "date"), show_time=True))

    assert short == "id,date\n7,2026-03-01\n"
    assert full == "id,date\n7,2026-03-01T14:30:00\n"
    # JSON is the record as the API sent it: no date is cut there.
    assert '"2026-03-01T14:30:00"' in render(RECORD, OutputOptions(format="json"))


def test_dot_paths_pick_nested_fields_and_keep_their_nesting_in_json() -> None:
    assert parse_columns("id| billingAddress.city ||") == ("id", "billingAddress.city")
    assert dig(RECORD, "billingAddress.city") == "Lyon"
    assert dig(RECORD, "billingAddress.zip") is None
    assert dig(RECORD, "tags.1") == "b"
    assert project(RECORD, ["id", "billingAddress.city"]) == {"id": 7, "billingAddress": {"city": "Lyon"}}


def test_markdown_escapes_pipes_and_tables_join_plain_lists() -> None:
    text = render([{"id": 1, "name": "a|b", "tags": ["x", "y"]}], OutputOptions(format="markdown"))

    assert text.splitlines()[2] == "| 1 | a\\|b | x,y |"


def test_secret_fields_are_masked_at_any_depth() -> None:
    data = [{"id": 1, "secretKey": "s3", "nested": {"password": "p", "apiKey": "k", "other": "o"}}]

    assert mask_secrets(data) == [
        {"id": 1, "secretKey": "***", "nested": {"password": "***", "apiKey": "***", "other": "o"}}
    ]
