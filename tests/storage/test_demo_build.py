"""Building the demo project is atomic: a killed or failed build leaves no stub that opens as an empty project."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.project import Project
from app.project.outcomes import ProjectError


def test_a_demo_build_killed_halfway_leaves_no_stub_and_the_next_build_works(tmp_path):
    """The demo is built under a temporary name and renamed when complete; a SIGKILL mid-import leaves nothing."""
    target = tmp_path / "demo-survey.thematic"
    child = (
        "import os\n"
        "from app.project import Project\n"
        "def killed(self, *args, **kwargs):\n"
        "    print('importing codings', flush=True)\n"
        "    os.kill(os.getpid(), 9)\n"
        "Project.import_codings = killed\n"
        "from app.project.demo import build_demo_project\n"
        f"build_demo_project({str(target)!r})\n"
    )
    run = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, cwd=Path.cwd())
    assert run.stdout.strip() == "importing codings" and run.returncode == -9
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".demo-survey")]  # the abandoned build
    from app.project.demo import build_demo_project

    with build_demo_project(target) as project:
        assert len(project.respondents()) == 213 and project.codings()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo-survey.thematic"]  # the leftover is gone


def test_a_failed_demo_build_leaves_no_file(tmp_path, monkeypatch):
    from app.project.demo import build_demo_project

    def refuse(*_args, **_kwargs):
        raise ProjectError("no room left on the disk")

    monkeypatch.setattr(Project, "import_codings", refuse)
    with pytest.raises(ProjectError):
        build_demo_project(tmp_path / "demo.thematic")
    assert list(tmp_path.iterdir()) == []
