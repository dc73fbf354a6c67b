"""What identifies one import of a survey file: the file's bytes and what was taken from them.

Two imports of one file are the same import only when they take the same sheet and the same open
questions in the same layout; a second sheet of a workbook, or a second open column of a file
imported one column at a time, is a new wave.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable


def wave_key(checksum: str, sheet: str | None, question_keys: Iterable[str], layout: str = "wide") -> str:
    """Return the 64-character key a source is stored under (sha256 of file hash, sheet, layout, questions)."""
    parts = [checksum, sheet or "", layout, *sorted(question_keys)]
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
