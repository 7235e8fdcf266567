"""The command tree covers every operation of the registry, and every command's --help works."""

from __future__ import annotations

import pytest
from altoviz.cli import main
from altoviz.cli.tree import noun, resource_names, verb_command_name
from altoviz.registry import ENTITIES


def every_operation() -> list[tuple[str, str]]:
    return [(entity.name, verb) for entity in ENTITIES.values() for verb in entity.operations]


def test_the_tree_has_the_93_operations_of_the_spec() -> None:
    assert len(every_operation()) == 93


@pytest.mark.parametrize(("name", "verb"), every_operation())
def test_each_operation_has_a_command_with_help(name: str, verb: str, capsys: pytest.CaptureFixture[str]) -> None:
    entity = ENTITIES[name]
    top = noun(entity)
    single = len(entity.operations) == 1 and verb in ("list", "get")
    if top in resource_names():
        path = [top] if single else [top, verb_command_name(verb)]
    else:  # nested under its parent: product family, customer family, product image
        parent, _, rest = top.partition("-")
        path = [parent, rest, verb_command_name(verb)]

    assert main([*path, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Usage: altoviz ")
