"""filingdown for Python: SEC EDGAR filings to Markdown, plain text or JSON.

The package drives the ``filingdown`` executable (``FILINGDOWN_BIN``, else the copy bundled
in a platform wheel, else ``PATH``) through its ``--stream`` protocol:

>>> import filingdown
>>> result = filingdown.convert("Golden/cellectar-8k-2017/input.txt")
>>> result.header["form_type"], [d.type for d in result.documents]
('8-K', ['8-K', 'EX-99.1'])

``filingdown.Stream`` keeps one process for many inputs; ``filingdown.spark.convert`` runs one
per Spark partition.
"""

from __future__ import annotations

import os
from typing import Any

from ._binary import BinaryNotFound, find_binary
from ._result import Document, Error, Result
from ._stream import FORMATS, ProtocolError, Stream

__version__ = "0.1.0"

__all__ = [
    "BinaryNotFound",
    "Document",
    "Error",
    "FORMATS",
    "ProtocolError",
    "Result",
    "Stream",
    "convert",
    "find_binary",
    "__version__",
]


def convert(
    data_or_path: bytes | str | os.PathLike[str],
    format: str = "markdown",
    *,
    binary: str | os.PathLike[str] | None = None,
    max_record_bytes: int | None = None,
    timeout: float | None = None,
) -> Result:
    """Converts one filing: ``bytes`` (the filing itself) or a path (a local file, a ``file:``
    URI, or any URI fsspec or pyarrow can open). ``format`` is ``markdown``, ``text``,
    ``json`` or ``chunks``. Returns a Result: ``.header`` (None for a bare document), ``.documents`` (each
    with ``.content``), ``.warnings``, and ``.error`` (None when it converted; a failed input
    is a result, not an exception). For many inputs, one ``Stream`` is faster."""
    with Stream(format, binary=binary, max_record_bytes=max_record_bytes, timeout=timeout) as stream:
        return stream.convert(data_or_path)
