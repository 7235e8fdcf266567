"""Which encoding an import file is in: UTF-8 (with or without a BOM) first, else Windows-1252, or as told.

French Excel saves "CSV (separator: semicolon)" in Windows-1252 (cp1252), the Windows code page for
Western European languages, while "CSV UTF-8" and most other tools write UTF-8. A cp1252 file with an
accent is almost never valid UTF-8 (``é`` is the lone byte 0xE9), and a UTF-8 file with an accent is
almost never what a person meant in cp1252 (``é`` would read ``Ã©``). So ``detect_encoding`` reads the
whole file once, in chunks (flat memory, C speed), and decides for the whole file:

- a UTF-8 byte order mark: UTF-8;
- a UTF-16 byte order mark: refused (Excel's "Unicode text"; lines cannot be read byte-wise);
- valid UTF-8 throughout: UTF-8;
- bytes that are not UTF-8 and no valid multi-byte UTF-8 sequence: cp1252 (which is also ASCII, and
  Latin-1 for every letter French uses);
- both: UTF-8, so that each bad byte is reported by row and field: such a file was edited by two tools,
  and guessing would silently garble one half of it.

An explicit encoding (``--encoding``) skips the guess. It must read a line at a time, so it must encode
newlines, quotes and delimiters as ASCII does (UTF-8, cp1252, latin-1, iso8859-15, mac-roman... do;
UTF-16 and UTF-32 do not).
"""

from __future__ import annotations

import codecs
import logging
import re
from pathlib import Path

from .errors import InvalidFileError, RecordError

logger = logging.getLogger("altoviz.records")

UTF8 = "utf-8"
FALLBACK = "cp1252"
_CHUNK = 1 << 20  # 1 MiB: large enough for C-speed decoding, small enough to keep memory flat
_UTF16_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_ASCII_SYNTAX = "\n\r,;\t|\"{}[]:'"
# After decoding with surrogateescape: a lone surrogate is a byte that is not UTF-8; any other non-ASCII
# character came from a valid multi-byte sequence.
_BAD = re.compile("[\udc80-\udcff]")
_GOOD_NON_ASCII = re.compile("[\u0080-\udc7f\udd00-\U0010ffff]")


def check_encoding(name: str) -> str:
    """Return the codec's canonical name; ``InvalidFileError`` for an unknown or not line-readable one."""
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        raise InvalidFileError([RecordError(1, None, f"unknown encoding {name!r}")]) from None
    try:
        ascii_compatible = _ASCII_SYNTAX.encode(codec) == _ASCII_SYNTAX.encode("ascii")
    except (UnicodeError, LookupError):
        ascii_compatible = False
    if not ascii_compatible:
        reason = f"encoding {codec} cannot be read line by line: save the file as UTF-8"
        raise InvalidFileError([RecordError(1, None, reason)])
    return codec


def label(codec: str) -> str:
    """Return the name error messages give an encoding."""
    return "UTF-8" if codecs.lookup(codec).name == UTF8 else codecs.lookup(codec).name


def advice(codec: str) -> str:
    """Return what an error about a byte the encoding cannot read suggests doing."""
    return "save the file as UTF-8, or give its encoding" if label(codec) == "UTF-8" else "give the file's encoding"


def detect_encoding(path: str | Path) -> str:
    """Return the encoding to read a CSV file with (see the module docstring); refuse UTF-16."""
    decoder = codecs.getincrementaldecoder(UTF8)("surrogateescape")
    bad = good_non_ascii = False
    with Path(path).open("rb") as stream:
        head = stream.read(_CHUNK)
        if head.startswith(codecs.BOM_UTF8):
            return UTF8
        if head.startswith(_UTF16_BOMS):
            reason = "the file is UTF-16 or UTF-32 (Excel's 'Unicode text'): save it as CSV UTF-8"
            raise InvalidFileError([RecordError(1, None, reason)], path=str(path))
        chunk = head
        while chunk:
            text = decoder.decode(chunk)
            if not text.isascii():
                bad = bad or _BAD.search(text) is not None
                good_non_ascii = good_non_ascii or _GOOD_NON_ASCII.search(text) is not None
            if bad and good_non_ascii:
                break
            chunk = stream.read(_CHUNK)
        bad = bad or _BAD.search(decoder.decode(b"", final=True)) is not None
    if bad and not good_non_ascii:
        logger.info("%s: not UTF-8, read as Windows-1252 (cp1252); give --encoding to read it otherwise", path)
        return FALLBACK
    return UTF8
