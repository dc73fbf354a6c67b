"""Files that are not projects are refused in one line and left as they were; creation is all or nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.cli.entry import main
from app.project import Project, ProjectError
from tests.storage.study import make_study

ROOT = Path(__file__).resolve().parents[2]


def _listing(folder: Path) -> dict[str, bytes | None]:
    return {p.name: (p.read_bytes() if p.is_file() else None) for p in folder.iterdir()}


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _foreign_empty_sqlite(path: Path) -> None:
    sqlite3.connect(path).close()


def _foreign_wal_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("CREATE TABLE notes (x)")
    con.close()


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _folder(path: Path) -> None:
    path.mkdir()


def _text(path: Path) -> None:
    path.write_text("respondent,answer\n1,yes\n")


@pytest.mark.parametrize(
    "make, words",
    [
        (_empty, "an empty file"),
        (_foreign_empty_sqlite, "not a Thematic project"),
        (_foreign_wal_sqlite, "another application"),
        (_fifo, "not a regular file"),
        (_folder, "a folder"),
        (_text, "not a Thematic project"),
    ],
)
def test_non_project_files_are_refused_without_side_files(tmp_path, capsys, make, words):
    """`thematic stats` on such a file says so in one line, exits 1, and leaves the folder unchanged."""
    path = tmp_path / "e.thematic"
    make(path)
    before = _listing(tmp_path) if not path.is_fifo() else {p.name for p in tmp_path.iterdir()}
    assert main(["stats", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and words in err[0] and str(path) in err[0]
    after = _listing(tmp_path) if not path.is_fifo() else {p.name for p in tmp_path.iterdir()}
    assert after == before


def test_read_commands_change_no_file(tmp_path, capsys):
    """`info`, `stats` and `history` leave a closed project byte for byte as it was, with no side files."""
    path = tmp_path / "study.thematic"
    make_study(str(path))
    before = _listing(tmp_path)
    for command in ("info", "stats", "history"):
        assert main([command, str(path)]) == 0
    capsys.readouterr()
    assert _listing(tmp_path) == before


def test_creation_refuses_an_existing_file_and_leaves_it(tmp_path):
    """Creating over an existing (even empty) file is refused and the file is untouched."""
    path = tmp_path / "p.thematic"
    path.write_bytes(b"")
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(path)
    assert path.read_bytes() == b"" and sorted(p.name for p in tmp_path.iterdir()) == ["p.thematic"]


def test_failed_creation_leaves_nothing(tmp_path, monkeypatch):
    """A creation that fails half way (here: seeding the codebook) leaves no stub behind."""
    path = tmp_path / "p.thematic"

    def broken(self, codebook):
        raise ProjectError("broken codebook")

    monkeypatch.setattr(Project, "import_codebook_data", broken)
    with pytest.raises(ProjectError, match="broken codebook"):
        Project.create(path, codebook=object())
    assert list(tmp_path.iterdir()) == []


KILLED_CREATION = textwrap.dedent(
    """
    import sys, time
    from app.project import Project
    original = Project.import_codebook_data
    def slow(self, codebook):
        print("building", flush=True)
        time.sleep(60)
    Project.import_codebook_data = slow
    Project.create(sys.argv[1], codebook=object())
    """
)


def test_killed_creation_leaves_no_project(tmp_path):
    """SIGKILL during `new` leaves no file under the project's name (a later `new` there succeeds)."""
    path = tmp_path / "p.thematic"
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_CREATION, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "building"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert not path.exists()
    Project.create(path).close()  # and the next creation there clears what the killed one left
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.thematic"]
    with Project.open(path) as project:
        assert project.title == "p"
