"""Team mode: the same use case run by several programs at once never duplicates rows or fails."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from app.project import Project, ProjectError

WORKERS = 6


def _race(target: str, barrier, results, what: str, arg: str, index: int) -> None:
    """Open the project, wait for every worker, then run one use case; report how it ended."""
    project = Project.open(target)
    project.engine.connect().close()  # connect before the start line so all start together
    barrier.wait(timeout=60)
    try:
        if what == "theme":
            project.add_theme(arg)
        elif what == "coder":
            project.coder_id(arg)
        elif what == "import":
            project.import_survey(arg)
        results.put((index, "ok", ""))
    except ProjectError as exc:
        results.put((index, "refused", str(exc)))
    except Exception as exc:  # the test reports any other failure by type
        results.put((index, "error", f"{type(exc).__name__}: {exc}"))


def _run_all(target: str, what: str, arg: str) -> list[tuple[int, str, str]]:
    """Run the use case from WORKERS processes that start at the same moment."""
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(WORKERS), ctx.Queue()
    procs = [ctx.Process(target=_race, args=(target, barrier, results, what, arg, i)) for i in range(WORKERS)]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    return sorted(outcomes)


@pytest.fixture
def team_target(project_target):
    """A fresh project (SQLite file or PostgreSQL database) with nothing open in this process."""
    Project.create(project_target, title="Team").engine.dispose()
    return project_target


@pytest.mark.parametrize("round_", range(3))
def test_same_theme_name_added_at_once_is_added_once(team_target, round_):
    """One program adds the theme; every other one is told the name is taken."""
    outcomes = _run_all(team_target, "theme", "Price")
    kinds = [kind for _, kind, _ in outcomes]
    assert kinds.count("ok") == 1, outcomes
    assert kinds.count("refused") == WORKERS - 1, outcomes
    assert all("already" in msg for _, kind, msg in outcomes if kind == "refused"), outcomes
    assert [t.name for t in Project.open(team_target).themes()] == ["Price"]


@pytest.mark.parametrize("round_", range(3))
def test_first_use_of_a_coder_name_at_once_adds_one_coder(team_target, round_):
    """Every program gets the same coder id and the project has the coder once."""
    outcomes = _run_all(team_target, "coder", "ann")
    assert [kind for _, kind, _ in outcomes] == ["ok"] * WORKERS, outcomes
    assert [c.name for c in Project.open(team_target).coders()] == ["ann"]


def test_importing_one_file_at_once_imports_it_once(team_target, tmp_path: Path):
    """One program imports the wave; the others say it was already imported."""
    survey = tmp_path / "wave.csv"
    survey.write_text(
        "id,age,answer\n" + "".join(f"R{i},18,answer number {i}\n" for i in range(200)), encoding="utf-8"
    )
    outcomes = _run_all(team_target, "import", str(survey))
    kinds = [kind for _, kind, _ in outcomes]
    assert kinds.count("ok") == 1, outcomes
    assert kinds.count("refused") == WORKERS - 1, outcomes
    assert all("already imported" in msg for _, kind, msg in outcomes if kind == "refused"), outcomes
    project = Project.open(team_target)
    assert len(project.responses()) == 200
    assert len(project.respondents()) == 200
