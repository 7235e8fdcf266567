"""``altoviz completion bash|zsh|fish|pwsh``: the completion script for a shell, from click's own."""

from __future__ import annotations

import click

from .settings import with_global_options

COMPLETE_VAR = "_ALTOVIZ_COMPLETE"

# click writes bash, zsh and fish scripts; PowerShell's is a small one on the same protocol (the program is
# called with _ALTOVIZ_COMPLETE=bash_complete and COMP_WORDS/COMP_CWORD, and prints type,value lines).
PWSH = """Register-ArgumentCompleter -Native -CommandName altoviz -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    $words = $commandAst.ToString().Substring(0, $cursorPosition)
    $env:COMP_WORDS = $words
    $env:COMP_CWORD = ($words -split '\\s+').Count - 1
    if ($words.EndsWith(' ')) { $env:COMP_CWORD = ($words -split '\\s+').Count - 1 }
    $env:_ALTOVIZ_COMPLETE = 'bash_complete'
    (altoviz) | ForEach-Object {
        $type, $value = $_ -split ',', 2
        [System.Management.Automation.CompletionResult]::new($value, $value, 'ParameterValue', $value)
    }
    Remove-Item Env:_ALTOVIZ_COMPLETE, Env:COMP_WORDS, Env:COMP_CWORD
}
"""


def script(shell: str) -> str:
    """Return the completion script for ``shell``."""
    if shell == "pwsh":
        return PWSH
    from click.shell_completion import get_completion_class

    from .app import build

    cls = get_completion_class(shell)
    assert cls is not None
    return cls(build(), {}, "altoviz", COMPLETE_VAR).source()


def completion() -> click.Command:
    """Return the ``completion`` command."""

    @click.command(
        "completion",
        help='Print a completion script. bash: eval "$(altoviz completion bash)" in ~/.bashrc; '
        "zsh and fish alike; pwsh: altoviz completion pwsh | Out-String | Invoke-Expression.",
    )
    @click.argument("shell", type=click.Choice(["bash", "zsh", "fish", "pwsh"]))
    def run(shell: str) -> None:
        click.echo(script(shell), nl=False)

    return with_global_options(run)
