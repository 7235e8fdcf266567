"""Regenerate ``altoviz_client/`` from ``openapi/altoviz.yaml``, or check that it has not drifted.

    python openapi/regenerate.py                 # rewrite altoviz_client/
    python openapi/regenerate.py --check         # regenerate into a temporary directory, fail on any difference
    python openapi/regenerate.py --spec RAW.json --output DIR   # any Altoviz document, anywhere

Steps: normalize the document (``normalize.py``), run the pinned openapi-python-client with
``generator-config.yaml`` and our templates (``openapi/templates``), write the entity registry from the
generated operations (``surface.py``, ``emit_registry.py``), then format with the pinned ruff in
isolation, so the output depends on nothing but these files.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "openapi"))

from emit_registry import emit as emit_registry  # noqa: E402
from emit_resources import emit as emit_resources  # noqa: E402
from normalize import dump, load, prepare_for_generator  # noqa: E402
from surface import read_api  # noqa: E402

PACKAGE = "altoviz_client"
RESOURCES = "_resources"
RESOURCES_DIR = ROOT / "custom" / "altoviz" / RESOURCES
SPEC = ROOT / "openapi" / "altoviz.yaml"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
RUFF_ARGS = ["--isolated", "--line-length", "120", "--target-version", "py310"]


class RegenerationError(Exception):
    """The generator or the formatter failed, or the config is not what the generator reads."""


def check_config(path: Path) -> None:
    """Refuse keys openapi-python-client does not know: it would silently ignore them."""
    from openapi_python_client.config import ConfigFile

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    unknown = sorted(set(data) - set(ConfigFile.model_fields))
    if unknown:
        raise RegenerationError(f"{path.name}: keys the generator does not know: {', '.join(unknown)}")


def run(cmd: list[str], cwd: Path) -> str:
    """Run a command, raising with its output when it fails."""
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    output = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise RegenerationError(f"{' '.join(cmd[:3])} failed:\n{output}")
    return output


def generate(spec: Path, dest: Path, resources_dest: Path) -> None:
    """Generate the package from ``spec`` into ``dest`` and the resource namespaces into ``resources_dest``.

    Neither may exist.
    """
    check_config(CONFIG)
    with tempfile.TemporaryDirectory() as tmp:
        normalized = Path(tmp) / "normalized.yaml"
        doc = prepare_for_generator(load(spec))
        dump(doc, normalized)
        out = Path(tmp) / PACKAGE
        output = run(
            [
                sys.executable,
                "-m",
                "openapi_python_client",
                "generate",
                "--path",
                str(normalized),
                "--config",
                str(CONFIG),
                "--custom-template-path",
                str(TEMPLATES),
                "--meta",
                "none",
                "--output-path",
                str(out),
            ],
            cwd=Path(tmp),
        )
        # The generator reports skipped endpoints and schemas as warnings and still exits 0.
        if "warning" in output.lower() or "error" in output.lower():
            raise RegenerationError(f"openapi-python-client reported problems:\n{output}")
        # Our own modules, read from what the generator wrote: the entity registry (and the resources).
        try:
            api = read_api(out)
        except (ValueError, KeyError, SyntaxError) as exc:
            raise RegenerationError(f"reading the generated operations: {exc}") from exc
        emit_registry(api, doc, out / "registry.py", PACKAGE)
        resources = Path(tmp) / RESOURCES
        emit_resources(api, resources, PACKAGE)
        # From the parent directory: inside the package, its types.py would shadow the standard library's.
        run(
            [sys.executable, "-m", "ruff", "check", *RUFF_ARGS, "--select", "F401,I", "--fix-only", PACKAGE, RESOURCES],
            cwd=out.parent,
        )
        run([sys.executable, "-m", "ruff", "format", *RUFF_ARGS, PACKAGE, RESOURCES], cwd=out.parent)
        # The generator writes no py.typed with --meta none; the client is typed, so say so (PEP 561).
        (out / "py.typed").write_text("", encoding="utf-8")
        shutil.move(str(out), dest)
        shutil.move(str(resources), resources_dest)


def tree_differences(expected: Path, actual: Path, label: str = PACKAGE) -> list[str]:
    """Unified diffs (or missing/extra file notes) between two generated trees."""
    problems: list[str] = []

    def walk(cmp: filecmp.dircmp[str], rel: Path) -> None:
        for name in cmp.left_only:
            if name != "__pycache__":
                problems.append(f"only in the regenerated client: {rel / name}")
        for name in cmp.right_only:
            if name != "__pycache__":
                problems.append(f"only in the committed client (hand-written?): {rel / name}")
        for name in cmp.diff_files:
            new = (Path(cmp.left) / name).read_text(encoding="utf-8").splitlines(keepends=True)
            old = (Path(cmp.right) / name).read_text(encoding="utf-8").splitlines(keepends=True)
            problems.append(
                "".join(difflib.unified_diff(old, new, f"committed/{rel / name}", f"regenerated/{rel / name}"))
            )
        for name, sub in cmp.subdirs.items():
            if name != "__pycache__":
                walk(sub, rel / name)

    if not actual.is_dir():
        return [f"{actual} is missing"]
    walk(filecmp.dircmp(expected, actual, ignore=["__pycache__"]), Path(label))
    return problems


def main() -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed client differs")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the OpenAPI document (YAML or JSON)")
    parser.add_argument("--output", type=Path, default=ROOT / PACKAGE, help="where the package goes")
    parser.add_argument("--resources-output", type=Path, default=RESOURCES_DIR, help="where the resource namespaces go")
    args = parser.parse_args()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / PACKAGE
            fresh_resources = Path(tmp) / RESOURCES
            generate(args.spec, fresh, fresh_resources)
            if args.check:
                problems = tree_differences(fresh, args.output)
                problems += tree_differences(fresh_resources, args.resources_output, f"custom/altoviz/{RESOURCES}")
                if problems:
                    print("\n".join(problems), file=sys.stderr)
                    print(
                        f"\n{args.output} differs from what {args.spec.name} generates. It is never edited by hand:"
                        " change the spec, the normalizer, the templates or generator-config.yaml, then run"
                        " `make regenerate`.",
                        file=sys.stderr,
                    )
                    return 1
                print(f"{args.output.name}/ matches {args.spec.name}")
                return 0
            for new, target in ((fresh, args.output), (fresh_resources, args.resources_output)):
                if target.exists():
                    shutil.rmtree(target)
                shutil.copytree(new, target)
    except RegenerationError as exc:
        print(f"regenerate: {exc}", file=sys.stderr)
        return 1
    print(f"regenerated {args.output} from {args.spec}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
