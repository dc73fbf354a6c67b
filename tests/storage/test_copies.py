"""Complete copies: `thematic copy` and Project.save_copy, consistent while another program codes."""

from __future__ import annotations

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


def test_copy_command_writes_a_complete_standalone_file(tmp_path, capsys):
    """The copy holds every coding in the file alone (no journal beside it) and opens as a project."""
    path, dest = tmp_path / "study.thematic", tmp_path / "sent.thematic"
    make_study(str(path))
    with Project.open(path) as project:
        for r in project.responses()[:7]:
            project.toggle(r.id, "t-trust", "ana")
        assert main(["copy", str(path), str(dest)]) == 0  # while the project is open
    assert "7 codings" in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sent.thematic", "study.thematic"]
    with sqlite3.connect(dest) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert con.execute("SELECT count(*) FROM codings").fetchone()[0] == 7
    with Project.open(dest) as copy:
        assert len(copy.codings("ana")) == 7


def test_copy_refuses_an_existing_destination(tmp_path):
    """A copy never overwrites a file."""
    path, dest = tmp_path / "study.thematic", tmp_path / "other.thematic"
    make_study(str(path))
    dest.write_text("keep me")
    with Project.open(path) as project, pytest.raises(ProjectError, match="already exists"):
        project.save_copy(dest)
    assert dest.read_text() == "keep me"


CODER = textwrap.dedent(
    """
    import sys
    from app.project import Project
    with Project.open(sys.argv[1]) as project:
        ids = [r.id for r in project.responses()]
        print("ready", flush=True)
        for n in range(400):
            project.toggle(ids[n % len(ids)], "t-trust", "ben")
    """
)


def test_copies_are_consistent_while_another_program_codes(tmp_path):
    """Copies taken while a second process codes each pass integrity_check and match their own events."""
    path = tmp_path / "study.thematic"
    make_study(str(path))
    child = subprocess.Popen(
        [sys.executable, "-c", CODER, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "ready"
    with Project.open(path) as project:
        copies = []
        while child.poll() is None and len(copies) < 15:
            copies.append(project.save_copy(tmp_path / f"copy{len(copies)}.thematic"))
    child.wait()
    assert child.returncode == 0 and len(copies) >= 3
    for copy in copies:
        with sqlite3.connect(copy) as con:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            events = con.execute("SELECT label FROM events WHERE action = 'toggle'").fetchall()
            added = sum(1 for (label,) in events if label.startswith("Code as"))
            removed = len(events) - added
            assert con.execute("SELECT count(*) FROM codings").fetchone()[0] == added - removed
