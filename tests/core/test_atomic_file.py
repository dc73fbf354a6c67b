"""Atomic output files: the user's usual permissions, nothing left behind on failure."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.core.atomic_file import write_atomically


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_written_file_follows_the_umask(tmp_path, mask, mode):
    """An export is readable by colleagues exactly when the user's other new files are."""
    old = os.umask(mask)
    try:
        write_atomically(tmp_path / "report.csv", ".csv", lambda tmp: Path(tmp).write_text("a,b\n"))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "report.csv").stat().st_mode) == mode
    assert (tmp_path / "report.csv").read_text() == "a,b\n"


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    """A writer that fails half way leaves the previous file as it was and no temporary file."""
    target = tmp_path / "report.csv"
    target.write_text("old")

    def broken(tmp: str) -> None:
        Path(tmp).write_text("half")
        raise ValueError("cancelled")

    with pytest.raises(ValueError):
        write_atomically(target, ".csv", broken)
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["report.csv"]
