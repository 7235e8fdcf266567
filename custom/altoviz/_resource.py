"""The base of the generated resource namespaces (``client.customers``...) and what their uploads accept.

The namespaces themselves are generated from the spec into ``altoviz._resources`` by ``make regenerate``
(``openapi/emit_resources.py``): one class per resource, one method per operation, each a thin typed call of
``AltovizClient.call``/``paginate``/``download``/``upload`` (as openai-python's resources wrap its client).
"""

from __future__ import annotations

import contextlib
import io
import mimetypes
import os
from collections.abc import Iterator
from pathlib import PurePath
from typing import IO, TYPE_CHECKING, BinaryIO, TypeAlias, cast

from altoviz_client.types import File

from ._upload import upload_file

if TYPE_CHECKING:
    from ._client import AltovizClient

FileInput: TypeAlias = "str | os.PathLike[str] | bytes | IO[bytes]"
"""What an upload takes: a path, the file's bytes, or a binary file object (read from where it stands)."""

DEFAULT_FILE_NAME = "upload"
"""The part's file name when neither the argument nor the file object gives one (the server requires one)."""


class APIResource:
    """One resource of the API, bound to a client: ``client.customers``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltovizClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


@contextlib.contextmanager
def as_file(source: FileInput, file_name: str | None = None) -> Iterator[File]:
    """Turn a path, bytes or a binary file object into the ``File`` a generated upload body takes.

    A path is opened (and closed afterwards) and streamed from disk; bytes are sent as they are; a file object is
    read from its current position and left open, as it is the caller's.
    """
    if isinstance(source, (str, os.PathLike)):
        with upload_file(source) as file:
            if file_name is not None:
                file.file_name = file_name
            yield file
        return
    if isinstance(source, (bytes, bytearray, memoryview)):
        name = file_name or DEFAULT_FILE_NAME
        yield File(payload=io.BytesIO(bytes(source)), file_name=name, mime_type=mimetypes.guess_type(name)[0])
        return
    raw_name = getattr(source, "name", None)
    name = file_name or (PurePath(raw_name).name if isinstance(raw_name, str) else DEFAULT_FILE_NAME)
    # File is typed with BinaryIO; any binary file object with read() is what httpx needs.
    yield File(payload=cast("BinaryIO", source), file_name=name, mime_type=mimetypes.guess_type(name)[0])
