"""REFI-QDA exchange (.qdc codebooks, .qdpx projects): pure functions, no Qt, no database."""

from __future__ import annotations

from pathlib import Path

REFI_SUFFIXES = (".qdc", ".qdpx")


def is_refi_file(path: str | Path) -> bool:
    """True for the file names REFI-QDA exchange reads and writes."""
    return Path(path).suffix.lower() in REFI_SUFFIXES
