"""Finding the filingdown executable: ``FILINGDOWN_BIN``, then the copy bundled in the wheel,
then ``PATH``."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

#: Where a platform wheel carries the binary (its libraries are in ``lib/`` beside it).
BUNDLED = Path(__file__).resolve().parent / "_bin" / "filingdown"


class BinaryNotFound(RuntimeError):
    """No usable filingdown executable was found."""


def _check(path: Path, origin: str) -> str:
    if not path.exists():
        raise BinaryNotFound(f"{origin} names {str(path)!r}, which does not exist")
    if path.is_dir():
        raise BinaryNotFound(f"{origin} names {str(path)!r}, which is a directory")
    if not os.access(path, os.X_OK):
        raise BinaryNotFound(f"{origin} names {str(path)!r}, which is not executable")
    return str(path)


def find_binary(explicit: str | os.PathLike[str] | None = None) -> str:
    """The path of the filingdown executable to run.

    In order: ``explicit`` (an argument given by the caller), the ``FILINGDOWN_BIN``
    environment variable, the binary bundled in this package (platform wheels), and
    ``filingdown`` on ``PATH``. A named binary that is missing or not executable is an
    error, never silently skipped for the next candidate.
    """
    if explicit is not None:
        return _check(Path(explicit), "the binary argument")
    env = os.environ.get("FILINGDOWN_BIN")
    if env:
        return _check(Path(env), "FILINGDOWN_BIN")
    if BUNDLED.is_file() and os.access(BUNDLED, os.X_OK):
        return str(BUNDLED)
    found = shutil.which("filingdown")
    if found:
        return found
    raise BinaryNotFound(
        "no filingdown executable: set FILINGDOWN_BIN to its path, install the platform wheel "
        "(make wheel), or put filingdown on PATH (make install)"
    )
