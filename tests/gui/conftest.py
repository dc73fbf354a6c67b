"""Fixtures for the desktop window tests: a small real project file and a window with private settings."""

from __future__ import annotations

import pytest

from app.core.models import Codebook, Theme
from app.gui.settings import AppSettings
from app.gui.window import MainWindow
from app.project import Project
from app.storage.survey_store import WaveRows, insert_wave

THEMES = (
    "awareness",
    "usability",
    "responsiveness",
    "transparency",
    "incentives",
    "privacy",
    "trust",
    "offline",
    "no participation",
    "open data",
    "language",
)


def build_project(path: str, answers: int = 30, questions: int = 1) -> str:
    """Create a project with eleven themes and `answers` answers per question; return its path."""
    codebook = Codebook(
        name="test",
        themes=tuple(Theme(id=f"t{i + 1}", name=name, position=i + 1) for i, name in enumerate(THEMES)),
    )
    project = Project.create(path, title="GUI study", codebook=codebook)
    keys = [(f"Q{q + 1}", f"Open question {q + 1}?") for q in range(questions)]
    with project._session() as s:
        insert_wave(
            s,
            WaveRows(
                file_name="wave.csv",
                checksum="gui-wave",
                questions=keys,
                respondents=[
                    (f"r{i:05d}", {"age": ["18-24", "25-34", "35+"][i % 3]}) for i in range(answers)
                ],
                answers=[
                    (f"r{i:05d}", key, f"answer {i} to {key}: more advertising please")
                    for key, _ in keys
                    for i in range(answers)
                ],
                blank_answers=0,
            ),
        )
    project.close()
    return path


@pytest.fixture
def project_path(tmp_path) -> str:
    """A project file with 30 answers to one question."""
    return build_project(str(tmp_path / "gui.thematic"))


@pytest.fixture
def settings(tmp_path) -> AppSettings:
    """Settings kept in the test's folder, so nothing of the user's is touched."""
    return AppSettings(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, settings, project_path) -> MainWindow:
    """The real main window with the project open for coder 'ann', shown and active."""
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_project(project_path, coder="ann")
    win.activateWindow()
    win.workspace.table.setFocus()
    return win
