"""A journal from another copy of the project is refused at open; the file's own journal still replays."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.project import Project
from app.project.outcomes import ProjectError
from app.storage import transactions
from app.storage.wal_check import committed_frames
from tests.storage.study import make_study


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _code(path: Path, coder: str, answers: range, theme: str = "t-trust") -> None:
    with Project.open(path) as project:
        rids = [r.id for r in project.responses()]
        for i in answers:
            project.toggle(rids[i], theme, coder)


@pytest.fixture
def copies(tmp_path) -> tuple[Path, Path]:
    """One project synced to two laptops: the same file in folders a/ and b/."""
    base = tmp_path / "study.thematic"
    make_study(str(base))
    for laptop in ("a", "b"):
        (tmp_path / laptop).mkdir()
        shutil.copy(base, tmp_path / laptop / "study.thematic")
    return tmp_path / "a" / "study.thematic", tmp_path / "b" / "study.thematic"


def _journal_of(path: Path, coder: str, monkeypatch) -> Project:
    """Code three answers on `path` with checkpoints held back, so the commits sit in its -wal (as at a crash)."""
    monkeypatch.setattr(transactions, "checkpoint", lambda _engine: None)
    project = Project.open(path)
    rids = [r.id for r in project.responses()]
    for i in range(3):
        project.toggle(rids[i], "t-usability", coder)
    assert Path(f"{path}-wal").stat().st_size > 0
    return project


def test_a_journal_synced_from_another_copy_is_refused_and_nothing_changes(copies, monkeypatch, capsys):
    a, b = copies
    _code(b, "bob", range(10, 12))  # laptop B's own work, complete in its file
    laptop_a = _journal_of(a, "ann", monkeypatch)
    shutil.copy(f"{a}-wal", f"{b}-wal")  # the sync folder brings A's journal beside B's file
    laptop_a.close()
    before, journal = _digest(b), _digest(Path(f"{b}-wal"))

    with pytest.raises(ProjectError) as refused:
        Project.open(b)
    message = str(refused.value)
    assert message.startswith(f"{b}: the journal beside it (study.thematic-wal)")
    assert "another copy of this project" in message and "Move study.thematic-wal" in message
    from app.cli import main

    assert main(["info", str(b)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "study.thematic-wal" in err[0]
    assert _digest(b) == before and _digest(Path(f"{b}-wal")) == journal  # nothing replayed or removed

    Path(f"{b}-wal").rename(b.parent / "set-aside-wal")
    with Project.open(b) as project:
        assert {c.theme_id for c in project.codings("bob")} == {"t-trust"}
        assert len(project.codings("bob")) == 2 and project.codings("ann") == []


def test_the_files_own_journal_after_a_crash_replays(copies, monkeypatch):
    a, _b = copies
    laptop_a = _journal_of(a, "ann", monkeypatch)
    crashed = a.parent.parent / "crashed"
    crashed.mkdir()
    shutil.copy(a, crashed / "study.thematic")  # the main file and its journal, as a kill leaves them
    shutil.copy(f"{a}-wal", crashed / "study.thematic-wal")
    laptop_a.close()
    monkeypatch.undo()
    with Project.open(crashed / "study.thematic") as project:
        assert len(project.codings("ann")) == 3


def test_a_journal_left_by_a_killed_process_replays(tmp_path):
    """A child codes with checkpoints held back and is killed: every acknowledged coding is there."""
    path = tmp_path / "study.thematic"
    make_study(str(path))
    child = (
        "import os, sys\n"
        "from app.storage import transactions\n"
        "transactions.checkpoint = lambda engine: None\n"
        "from app.project import Project\n"
        f"p = Project.open({str(path)!r})\n"
        "rids = [r.id for r in p.responses()]\n"
        "for i in range(4):\n"
        "    p.toggle(rids[i], 't-trust', 'cy')\n"
        "print('ok', flush=True)\n"
        "os.kill(os.getpid(), 9)\n"
    )
    run = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, cwd=Path.cwd())
    assert run.stdout.strip() == "ok" and run.returncode == -9
    assert Path(f"{path}-wal").stat().st_size > 0
    with Project.open(path) as project:
        assert len(project.codings("cy")) == 4


def test_committed_frames_stop_at_a_frame_of_another_generation(tmp_path):
    db = tmp_path / "plain.db"
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES ('thematic-commit:start')")
    data = Path(f"{db}-wal").read_bytes()
    con.close()
    page_size, pages = committed_frames(data)
    assert page_size == 4096 and len(pages) >= 2
    broken = bytearray(data)
    second = 32 + 24 + page_size
    broken[second + 8] ^= 0xFF  # the second frame's salt: SQLite stops replaying there
    assert len(committed_frames(bytes(broken))[1]) < len(pages)
    assert committed_frames(b"\0" * 32) is None
