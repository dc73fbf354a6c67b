"""A reader's window embeds nothing: it shows how many answers others embedded and uses their vectors."""

from __future__ import annotations

import pytest

from app.gui import meaning
from app.gui import window as window_module
from app.gui.window import MainWindow
from app.project import Project
from app.project.meaning import MeaningUseCases

pytestmark = pytest.mark.gui


@pytest.fixture
def roles_project(project_path):
    """The 30-answer project with an owner and a reader (roles on a file guide the window)."""
    with Project.open(project_path) as project:
        project.set_role("olga", "owner")
        project.set_role("rita", "reader", by="olga")
    return project_path


def test_a_readers_window_writes_no_vectors_and_uses_the_owners(
    roles_project, settings, qtbot, monkeypatch, toy_embedder
):
    monkeypatch.setattr(MeaningUseCases, "embedder_loader", staticmethod(lambda: toy_embedder))
    monkeypatch.setattr(meaning, "SLICE", 8)
    monkeypatch.setattr(meaning, "semantic_available", lambda: True)
    monkeypatch.setattr(window_module, "semantic_available", lambda: True)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert win.open_project(roles_project, coder="rita")
    qtbot.waitUntil(lambda: win.meaning.label.text() == "Meaning: 0 of 30", timeout=10_000)
    qtbot.waitUntil(lambda: not win.runner.working, timeout=10_000)
    win.meaning_action.trigger()  # Analysis ▸ Embed answers by meaning: nothing to do for a reader
    assert not win.runner.working and not win.meaning.running
    assert win.project.meaning_status().embedded == 0

    with Project.open(roles_project) as owner:
        owner.user = "olga"
        assert owner.embed_answers().embedded == 30
    assert win.open_project(roles_project, coder="rita")
    qtbot.waitUntil(lambda: win.meaning.label.text() == "Meaning: on, 30 answers", timeout=10_000)
    qtbot.waitUntil(lambda: win.workspace.suggester._meaning is not None, timeout=10_000)
    assert len(win.workspace.suggester._meaning) == 30
    win.close()
