"""The examples import each other (``from crm_sync import ...``) as scripts in one directory do: put that
directory on ``sys.path`` for their tests, the way ``python examples/demo.py`` does by running from it."""

from __future__ import annotations

import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

if str(EXAMPLES) not in sys.path:
    sys.path.insert(0, str(EXAMPLES))
