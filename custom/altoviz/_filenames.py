"""File names for downloaded documents: safe on every file system, bounded, and one per document.

A document number is free text (``INV/1``, ``INV 1``, 300 characters...). ``document_file_names`` turns
each into a name made of ``A-Z a-z 0-9 . _ -`` only, and guarantees what a download into one directory
needs: no two documents share a name, even on case-insensitive file systems (``INV/1``, ``INV_1`` and
``inv_1`` would all be ``INV_1.pdf``), and no name is too long to create.

- **Injective.** Names that clash (after case folding) get ``-ID`` appended, the document's id; an id is
  unique and holds no ``-``, so two suffixed names can never clash, and an unsuffixed name that equals a
  suffixed one is suffixed in turn. Names that do not clash stay as they are: the common case reads well.
- **Bounded.** A stem longer than ``MAX_STEM`` characters is cut and ends with ``~`` and 8 hex digits of
  the SHA-256 of the whole number, so two long numbers that share a beginning still differ.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Mapping

MAX_STEM = 120
"""Longest stem kept as is. File systems allow 255 bytes per name; this leaves room for ``-ID``, ``.pdf``
and the ``.XXXXXXXX.part`` temporary name a download writes first, with margin for long paths on Windows."""
_HASH_CHARS = 8  # 32 bits: a clash needs two long numbers with the same first 111 characters and hash
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_stem(number: str) -> str:
    """Return ``number`` reduced to safe characters and bounded in length ("" when nothing is left)."""
    cleaned = _UNSAFE.sub("_", number).strip("._")
    if len(cleaned) <= MAX_STEM:
        return cleaned
    digest = hashlib.sha256(number.encode("utf-8", "surrogatepass")).hexdigest()[:_HASH_CHARS]
    return f"{cleaned[: MAX_STEM - _HASH_CHARS - 1]}~{digest}"


def document_file_names(numbers: Mapping[int, str | None], suffix: str = ".pdf") -> dict[int, str]:
    """Return a distinct file name per document id, from its number (``draft-ID`` for a document without one)."""
    stems = {ident: safe_stem(number) if number else "" for ident, number in numbers.items()}
    stems = {ident: stem or f"draft-{ident}" for ident, stem in stems.items()}
    suffixed: set[int] = set()
    while True:  # at most three rounds: see the module docstring
        names = {ident: f"{stem}-{ident}" if ident in suffixed else stem for ident, stem in stems.items()}
        counts = Counter(name.casefold() for name in names.values())
        clashing = {ident for ident, name in names.items() if counts[name.casefold()] > 1}
        if not clashing:
            return {ident: name + suffix for ident, name in names.items()}
        suffixed |= clashing
