"""Read the operations back out of a freshly generated ``altoviz_client/api`` package.

The entity registry and the resource namespaces are generated from what openapi-python-client wrote, not
from the document a second time: the Python names of parameters (``from`` -> ``from_``), their annotations,
the model classes and their modules are exactly the generator's, so the two can never disagree. Everything
here is read with ``ast``; nothing generated is imported.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

from normalize import UNCOUNTABLE, singular, snake

# Resource names that carry a prefix the official CLI drops from its nouns: SaleInvoices -> invoice.
CLI_PREFIXES = ("sale_",)
PAGE_PARAMS = ("page_index", "page_size")


@dataclass(frozen=True)
class Param:
    """One parameter of an operation, as the generator declared it on ``_get_kwargs``."""

    name: str
    annotation: str
    default: str | None
    keyword_only: bool
    wire: str | None = None
    """The query string name (``internalId``) for a query parameter, else None."""


@dataclass
class OperationInfo:
    """One generated operation module, read back."""

    tag: str
    module: str
    verb: str
    method: str
    url: str
    params: list[Param]
    returns: str
    summary: str
    description: str
    names: dict[str, str] = field(default_factory=dict)
    """Every model or type name used in the annotations -> the module that defines it."""
    upload: bool = False
    download: bool = False
    statuses: tuple[int, ...] = ()
    """The statuses the document declares for it (2xx and errors)."""


def strip_noun(op_name: str, tag: str) -> str:
    """The verb of an operation: its name without the noun (``mark_sale_invoice_as_paid`` -> ``mark_as_paid``)."""
    words = op_name.split("_")
    for noun in (tag, singular(tag)):
        target = noun.split("_")
        for i in range(1, len(words) - len(target) + 1):
            if words[i : i + len(target)] == target:
                rest = words[:i] + words[i + len(target) :]
                return "_".join(rest)
    return op_name


def cli_nouns(tag: str) -> tuple[str, str]:
    """The official CLI's nouns for a resource: (singular, plural), without the ``sale_`` prefix, hyphenated."""
    short = tag
    for prefix in CLI_PREFIXES:
        if short.startswith(prefix):
            short = short.removeprefix(prefix)
    one = short if short in UNCOUNTABLE else singular(short)
    return one.replace("_", "-"), short.replace("_", "-")


def _docstring_parts(func: ast.FunctionDef) -> tuple[str, str]:
    doc = ast.get_docstring(func) or ""
    body = re.split(r"\n\s*(Args|Raises|Returns):", doc, maxsplit=1)[0].strip()
    summary, _, description = body.partition("\n")
    return summary.strip(), description.strip()


def _params(func: ast.FunctionDef) -> list[Param]:
    args = func.args
    out: list[Param] = []
    positional = args.posonlyargs + args.args
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    for arg, default in zip(positional, defaults, strict=True):
        out.append(_param(arg, default, keyword_only=False))
    for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        out.append(_param(arg, kw_default, keyword_only=True))
    return out


def _param(arg: ast.arg, default: ast.expr | None, *, keyword_only: bool) -> Param:
    annotation = ast.unparse(arg.annotation) if arg.annotation is not None else "Any"
    return Param(arg.arg, annotation, ast.unparse(default) if default is not None else None, keyword_only)


def _query_wire_names(func: ast.FunctionDef) -> dict[str, str]:
    wire: dict[str, str] = {}
    for node in ast.walk(func):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(target := node.targets[0], ast.Subscript)
            and isinstance(target.value, ast.Name)
            and target.value.id == "params"
            and isinstance(target.slice, ast.Constant)
        ):
            value = node.value
            # ``params["from"] = json_from`` (a converted value) or ``params["email"] = email``.
            name = value.id if isinstance(value, ast.Name) else None
            if name is not None:
                wire[name.removeprefix("json_")] = str(target.slice.value)
    return wire


def _request_line(func: ast.FunctionDef) -> tuple[str, str]:
    for node in ast.walk(func):
        if isinstance(node, ast.Dict):
            keys = [k.value if isinstance(k, ast.Constant) else None for k in node.keys]
            if "method" in keys and "url" in keys:
                method = node.values[keys.index("method")]
                url = node.values[keys.index("url")]
                if isinstance(url, ast.Call) and isinstance(url.func, ast.Attribute):
                    url = url.func.value
                if not (isinstance(method, ast.Constant) and isinstance(url, ast.Constant)):
                    break
                return str(method.value), str(url.value)
    raise ValueError(f"no request line in {func.name}")


def _statuses(func: ast.FunctionDef) -> tuple[int, ...]:
    found = {
        int(node.comparators[0].value)
        for node in ast.walk(func)
        if isinstance(node, ast.Compare)
        and ast.unparse(node.left) == "response.status_code"
        and isinstance(node.comparators[0], ast.Constant)
        and isinstance(node.comparators[0].value, int)
    }
    return tuple(sorted(found))


def _imports(tree: ast.Module, package: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 3 and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{package}.{node.module}"
    return names


def read_operation(path: Path, tag: str, package: str) -> OperationInfo:
    """Read one generated operation module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    funcs = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    kwargs_func = funcs["_get_kwargs"]
    wire = _query_wire_names(kwargs_func)
    params = [Param(p.name, p.annotation, p.default, p.keyword_only, wire.get(p.name)) for p in _params(kwargs_func)]
    returns_node = funcs["_parse_success"].returns
    returns = ast.unparse(returns_node) if returns_node is not None else "Any"
    method, url = _request_line(kwargs_func)
    summary, description = _docstring_parts(funcs["sync_detailed"])
    module = path.stem
    imports = _imports(tree, package)
    used = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", " ".join([returns, *(p.annotation for p in params)])))
    return OperationInfo(
        tag=tag,
        module=module,
        verb=strip_noun(module, tag),
        method=method.upper(),
        url=url,
        params=params,
        returns=returns,
        summary=summary,
        description=description,
        names={name: mod for name, mod in imports.items() if name in used},
        upload="files" in ast.unparse(kwargs_func),
        download=returns == "File",
        statuses=_statuses(funcs["_parse_response"]),
    )


def read_api(package_dir: Path) -> dict[str, list[OperationInfo]]:
    """Every operation of the generated package, by tag (its ``api`` sub-package), in name order."""
    api: dict[str, list[OperationInfo]] = {}
    for tag_dir in sorted(p for p in (package_dir / "api").iterdir() if p.is_dir() and p.name != "__pycache__"):
        ops = [
            read_operation(path, tag_dir.name, package_dir.name)
            for path in sorted(tag_dir.glob("*.py"))
            if path.name != "__init__.py"
        ]
        verbs = [op.verb for op in ops]
        if len(set(verbs)) != len(verbs):
            raise ValueError(f"{tag_dir.name}: two operations give the same method name: {verbs}")
        api[tag_dir.name] = ops
    return api


def base_path(ops: list[OperationInfo]) -> str:
    """The path the resource lives under: the common prefix of its operations' paths (``/v1/Customers``)."""
    parts = [op.url.split("/") for op in ops]
    common: list[str] = []
    for segment in zip(*parts, strict=False):
        if len(set(segment)) != 1 or "{" in segment[0]:
            break
        common.append(segment[0])
    return "/".join(common[:3])


__all__ = ["OperationInfo", "Param", "base_path", "cli_nouns", "read_api", "snake", "strip_noun"]
