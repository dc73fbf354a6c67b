"""Two programs on one project file: writes wait for each other, or fail in one clear line; nothing is lost."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.cli.entry import main
from app.project import Project, ProjectError
from app.storage import database
from tests.storage.study import make_study

ROOT = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent(
    """
    import sys
    from app.project import Project
    path, coder, start = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with Project.open(path) as project:
        ids = [r.id for r in project.responses()][start : start + 30]
        for rid in ids:
            project.toggle(rid, "t-trust", coder)  # reads, then writes: the upgrade that used to fail
            project.set_memo(rid, coder, "seen")
    """
)


def test_concurrent_writers_all_succeed(tmp_path):
    """Three processes coding one file at once: every write waits its turn and lands."""
    path = tmp_path / "study.thematic"
    make_study(str(path), answers=90)
    children = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), f"c{n}", str(30 * n)], cwd=ROOT)
        for n in range(3)
    ]
    assert [child.wait() for child in children] == [0, 0, 0]
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT count(*) FROM codings").fetchone()[0] == 90
        assert con.execute("SELECT count(*) FROM memos").fetchone()[0] == 90


def test_a_write_lock_held_too_long_gives_one_clear_line(tmp_path, monkeypatch, capsys):
    """Past the busy timeout a write is refused with a message naming the cause, and nothing changes."""
    path = tmp_path / "study.thematic"
    make_study(str(path))
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 150)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program is in the middle of a write
    try:
        with Project.open(path) as project:
            rid = project.responses()[0].id
            with pytest.raises(ProjectError, match="being changed by another program"):
                project.toggle(rid, "t-trust", "ana")
        assert main(["code", str(path), "--coder", "ana", "--theme", "trust", "--response", rid]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "being changed by another program" in err[0]
    finally:
        other.execute("ROLLBACK")
        other.close()
    with Project.open(path) as project:
        assert project.codings() == []
