"""Write output files so that a failure or a cancel never leaves half a file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


class OutputError(OSError):
    """An output file cannot be written where the user asked; the message names the path."""


def write_atomically(path: str | os.PathLike[str], suffix: str, write: Callable[[str], None]) -> None:
    """Let `write` fill a temporary file beside `path`, then move it into place only on success."""
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".thematic-", suffix=suffix, dir=target.parent)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write here ({exc.strerror or exc})") from exc
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
