"""The suggestion review queue: found on the task runner, accepted and rejected by key, stored with their origin."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QWidget

from app.core.models import Codebook, Origin, Theme
from app.gui.review_queue import ReviewQueueModel
from app.gui.suggestion_review import SuggestionReviewDialog, open_suggestion_review
from app.gui.tasks import TaskRunner
from app.project import Project
from app.storage.survey_store import WaveRows, insert_wave

TEXTS = [
    "Нужно больше рекламы порталов",
    "more advertising on TV please",
    "Жарнама керек",
    "the site is hard to use",
    "сайт неудобный, сложно найти",
    "нет",
    "no",
    "жоқ",
    "больше рекламы в соцсетях",
    "site is confusing and slow",
]


def build_suggest_project(target: str) -> Project:
    """Ten answers in three languages and two themes with keywords (awareness, usability)."""
    project = Project.create(
        target,
        title="Suggestions",
        codebook=Codebook(
            name="cb",
            themes=(
                Theme(
                    id="aw",
                    name="awareness",
                    color="#4e79a7",
                    position=1,
                    keywords={"en": ("advertising",), "ru": ("реклама",), "kk": ("жарнама",)},
                ),
                Theme(
                    id="us",
                    name="usability",
                    color="#f28e2b",
                    position=2,
                    keywords={"en": ("hard to use", "confusing"), "ru": ("неудобный",)},
                ),
            ),
        ),
    )
    with project._session() as s:
        insert_wave(
            s,
            WaveRows(
                "w.csv",
                "x",
                [("Q", "?")],
                [(f"r{i}", {}) for i in range(len(TEXTS))],
                [(f"r{i}", "Q", t) for i, t in enumerate(TEXTS)],
                0,
            ),
        )
    return project


@pytest.fixture
def project(tmp_path):
    """The small suggestion project, closed after the test."""
    p = build_suggest_project(str(tmp_path / "suggest.thematic"))
    yield p
    p.close()


@pytest.fixture
def runner(qtbot):
    """A task runner like the window's, shut down after the test."""
    r = TaskRunner()
    yield r
    r.shutdown()


@pytest.fixture
def host(qtbot) -> QWidget:
    """A parent window for the dialog."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _open(qtbot, host, project, runner, changes: list) -> SuggestionReviewDialog:
    dialog = open_suggestion_review(host, project, "ann", runner, changes.append)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.table.setFocus()
    return dialog


def _find(qtbot, dialog: SuggestionReviewDialog) -> None:
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=5000)


def test_find_accept_two_by_key_reject_one_and_stats(qtbot, host, project, runner):
    """Find at 0.5 queues 7; A, A, R store two 'suggestion' codings and one rejection; the stats line says so."""
    changes: list = []
    dialog = _open(qtbot, host, project, runner, changes)
    assert dialog.model.rowCount() == 0 and dialog.threshold.value() == pytest.approx(0.5)
    _find(qtbot, dialog)
    queue = project.review_queue("ann")
    assert dialog.model.rowCount() == len(queue) == 7
    scores = [row.score for row in dialog.model.rows]
    assert scores == sorted(scores, reverse=True)
    first, second, third = dialog.model.pair(0), dialog.model.pair(1), dialog.model.pair(2)
    qtbot.keyClick(dialog.table, Qt.Key.Key_A)
    assert dialog.model.pair(0) == second  # the accepted row left; the next one is selected
    qtbot.keyClick(dialog.table, Qt.Key.Key_A)
    qtbot.keyClick(dialog.table, Qt.Key.Key_R)
    codings = project.coder_codings("ann")
    assert codings == {first[0]: frozenset({first[1]}), second[0]: frozenset({second[1]})}
    assert {c.origin for c in project.codings("ann")} == {Origin.SUGGESTION}
    stats = project.suggestion_stats("ann")
    assert (stats.accepted, stats.rejected, stats.pending, stats.from_suggestions) == (2, 1, 4, 2)
    assert third not in dialog.model.pairs() and dialog.model.rowCount() == 4
    assert dialog.stats.text() == (
        "2 accepted, 1 rejected, acceptance rate 67%; 2 of 2 codings came from accepted suggestions"
    )
    assert [bool(c.response_ids) for c in changes] == [True, True, True]


def test_theme_filter_threshold_and_accept_all_shown(qtbot, host, project, runner):
    """Only usability rows above the threshold show; Shift+A accepts exactly those; awareness stays pending."""
    dialog = _open(qtbot, host, project, runner, [])
    _find(qtbot, dialog)
    dialog.threshold.setValue(0.55)
    assert dialog.slider.value() == 55
    assert all(row.score >= 0.55 for row in dialog.model.rows) and dialog.model.rowCount() == 5
    dialog.theme.setCurrentIndex(dialog.theme.findData("us"))
    shown = dialog.model.pairs()
    assert len(shown) == 3 and {t for _r, t in shown} == {"us"}
    qtbot.keyClick(dialog.table, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    assert (
        dialog.confirm_bar.isVisible() and "Accept all 3 suggestion(s) shown?" in dialog.confirm_text.text()
    )
    assert project.coder_codings("ann") == {}  # nothing happens before the count is confirmed
    qtbot.keyClick(dialog.confirm_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.task is None and dialog.model.rowCount() == 0, timeout=5000)
    assert project.coder_codings("ann") == {rid: frozenset({"us"}) for rid, _t in shown}
    assert {r.theme_id for r in project.review_queue("ann")} == {"aw"}


def test_multi_row_selection_accepts_with_the_button(qtbot, host, project, runner):
    """Two rows selected together are accepted by the Accept button in one go."""
    dialog = _open(qtbot, host, project, runner, [])
    _find(qtbot, dialog)
    selection = dialog.table.selectionModel()
    for row in (1, 3):
        selection.select(
            dialog.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    picked = [dialog.model.pair(0), dialog.model.pair(1), dialog.model.pair(3)]
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert set(project.coder_codings("ann")) == {rid for rid, _t in picked}
    assert dialog.model.rowCount() == 4


def test_cancel_stops_a_running_search(qtbot, host, project, runner, monkeypatch):
    """Cancel during a long search stops it at the next progress report and says so; nothing is queued."""

    def slow_queue(coder, theme_id=None, question_id=None, threshold=0.5, progress=None):
        for step in range(2000):
            progress(step / 2000, "Scoring answers")
            time.sleep(0.002)
        return 0

    monkeypatch.setattr(project, "queue_suggestions", slow_queue)
    dialog = _open(qtbot, host, project, runner, [])
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.bar.value() > 0, timeout=3000)
    assert dialog.busy.isVisible() and not dialog.find_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=3000)
    assert dialog.message.text() == "Search cancelled." and not dialog.busy.isVisible()
    assert project.review_queue("ann") == []


def test_reopening_reuses_the_dialog_and_shows_the_pending_queue(qtbot, host, project, runner):
    """A second open for the same project shows the same dialog with what is still pending."""
    project.queue_suggestions("ann", threshold=0.5)
    first = _open(qtbot, host, project, runner, [])
    assert first.model.rowCount() == 7
    first.close()
    project.reject_suggestions([(r.response_id, r.theme_id) for r in project.review_queue("ann")[:2]], "ann")
    again = _open(qtbot, host, project, runner, [])
    assert again is first and again.model.rowCount() == 5
    assert open_suggestion_review(host, None, "ann", runner, print) is None


def test_queue_model_passes_the_model_tester(qtmodeltester, project):
    """The table model keeps Qt's model rules through filling and row removal; tooltips carry full reasons."""
    project.queue_suggestions("ann", threshold=0.5)
    rows = project.review_queue("ann")
    texts = {r.id: r.text for r in project.responses()}
    model = ReviewQueueModel()
    qtmodeltester.check(model, force_py=True)
    model.set_rows(list(reversed(rows)), texts, {t.id: t for t in project.themes()})
    assert model.rowCount() == 7 and model.columnCount() == 4
    assert model.pair(0) == (rows[0].response_id, rows[0].theme_id)
    tip = model.data(model.index(0, ReviewQueueModel.REASON), Qt.ItemDataRole.ToolTipRole)
    assert tip == rows[0].reason and "matches" in tip
    assert model.data(model.index(0, ReviewQueueModel.THEME), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(0, ReviewQueueModel.SCORE)) == f"{rows[0].score:.2f}"
    model.remove_pairs([model.pair(0), model.pair(4)])
    assert model.rowCount() == 5
    qtmodeltester.check(model, force_py=True)


def test_cancel_stops_accepting_all_and_keeps_nothing(qtbot, host, project, runner, monkeypatch):
    """Cancel while Shift+A runs stops at the next progress report; no coding and no verdict is kept."""
    real = project.accept_suggestions

    def slow_accept(pairs, coder, progress):
        def slow(fraction, step):
            time.sleep(0.05)
            progress(fraction, step)

        return real(pairs, coder, progress=slow)

    monkeypatch.setattr(project, "accept_suggestions", slow_accept)
    dialog = _open(qtbot, host, project, runner, [])
    _find(qtbot, dialog)
    pending = len(project.review_queue("ann"))
    qtbot.keyClick(dialog.table, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.busy.isVisible() and not dialog.accept_all_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=5000)
    assert dialog.message.text() == "Cancelled: no suggestion was accepted."
    assert project.coder_codings("ann") == {} and len(project.review_queue("ann")) == pending
    assert dialog.model.rowCount() == pending
