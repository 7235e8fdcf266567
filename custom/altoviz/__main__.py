"""``python -m altoviz``: the same as the ``altoviz`` command."""

from altoviz.cli import run

if __name__ == "__main__":
    run()
