"""Locks that hold: a descriptor closed elsewhere in the process, or another program, never loses a coding."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from app.project import Project
from tests.storage.study import make_study

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import subprocess, sys, time
    from app.project import Project
    path = sys.argv[1]
    project = Project.open(path)
    ids = [r.id for r in project.responses()]
    for rid in ids[:5]:
        project.toggle(rid, "t-trust", "ana")
    open(path, "rb").close()  # what a file dialog's type sniffing does: every fcntl lock goes
    subprocess.run([sys.executable, "-m", "app", "info", path], check=True, capture_output=True)
    for rid in ids[5:45]:
        project.toggle(rid, "t-trust", "ana")
    print("done", flush=True)
    time.sleep(60)
    """
)


def _codings(path: Path) -> int:
    with sqlite3.connect(path) as con:
        return con.execute("SELECT count(*) FROM codings").fetchone()[0]


def test_lost_locks_lose_no_coding(tmp_path):
    """The issue's reproduction: 5 codings, a descriptor closed, `thematic info` elsewhere, 40 more, SIGKILL."""
    path = tmp_path / "study.thematic"
    make_study(str(path))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "done"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    with Project.open(path) as project:
        assert len(project.codings("ana")) == 45
    assert _codings(path) == 45


def test_guard_reconnects_when_the_journal_was_removed(tmp_path):
    """After another program deleted the journal, the next write goes into the real file, not a deleted one."""
    path = tmp_path / "study.thematic"
    make_study(str(path))
    with Project.open(path) as project:
        rid = project.responses()[0].id
        project.toggle(rid, "t-trust", "ana")
        open(path, "rb").close()
        subprocess.run(
            [sys.executable, "-m", "app", "info", str(path)], cwd=ROOT, check=True, capture_output=True
        )
        assert not Path(f"{path}-wal").exists()  # the other program believed it was the last user
        project.toggle(project.responses()[1].id, "t-trust", "ana")
        assert Path(f"{path}-wal").exists()
        from app.storage.transactions import watch_of

        assert watch_of(project.engine).reconnects == 1
        # a reader in another process sees the new coding: it is in the live files
        assert _codings(path) == 2


def test_main_file_alone_holds_every_commit(tmp_path):
    """A copy of the bare file taken while the project is open has every coding (no work left in the WAL)."""
    path = tmp_path / "study.thematic"
    make_study(str(path))
    with Project.open(path) as project:
        for r in project.responses()[:10]:
            project.toggle(r.id, "t-trust", "ana")
        copy = tmp_path / "copy.thematic"
        copy.write_bytes(path.read_bytes())  # what a file manager or mail program does
        assert Path(f"{path}-wal").stat().st_size == 0
    assert _codings(copy) == 10
