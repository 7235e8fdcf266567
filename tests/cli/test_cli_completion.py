"""Completion: scripts for bash, zsh, fish and pwsh, and real bash completing resources and verbs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .support import RunCli

BIN = Path(sys.executable).parent


def altoviz_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return env


@pytest.mark.parametrize(
    ("shell", "marker"),
    [
        ("bash", "complete -o"),
        ("zsh", "#compdef altoviz"),
        ("fish", "complete --no-files --command altoviz"),
        ("pwsh", "Register-ArgumentCompleter"),
    ],
)
def test_completion_scripts_come_out_for_each_shell(run_cli: RunCli, shell: str, marker: str) -> None:
    run = run_cli("completion", shell)

    assert run.code == 0, run.err
    assert marker in run.out
    assert shell == "pwsh" or "_ALTOVIZ_COMPLETE" in run.out


def bash_complete(line: str) -> list[str]:
    """Source the bash script in a real bash, put ``line`` in COMP_WORDS, press TAB; return COMPREPLY."""
    words = line.split(" ")
    script = subprocess.run(
        [str(BIN / "altoviz"), "completion", "bash"], capture_output=True, text=True, env=altoviz_env(), check=True
    ).stdout
    program = (
        f"{script}\nCOMP_WORDS=({' '.join(repr(w) for w in words)})\nCOMP_CWORD={len(words) - 1}\n"
        '_altoviz_completion altoviz\nprintf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    done = subprocess.run(["bash", "-c", program], capture_output=True, text=True, env=altoviz_env(), timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bash_completes_a_resource_and_a_verb() -> None:
    assert bash_complete("altoviz cus") == ["customer"]
    assert bash_complete("altoviz customer l") == ["list"]
    assert {"finalize", "find", "mark-paid"} <= set(bash_complete("altoviz invoice "))
