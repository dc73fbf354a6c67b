"""Any screen: the window fits 1366×768, and 1920×1080 and 1366×768 at 200%; remembered geometry is clamped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from app.gui.style import ElidedLabel, clamp_to_screen
from app.gui.window import MainWindow


def test_minimum_size_fits_small_and_scaled_screens(qtbot, window):
    """With a project open, on either tab, the window needs less than 960×500 logical pixels (1920×1080 at 2×)."""
    for tab in (window.workspace, window.codebook):
        window.tabs.setCurrentWidget(tab)
        hint = window.minimumSizeHint()
        assert hint.width() <= 960 and hint.height() <= 500, (tab, hint)
    window.tabs.setCurrentWidget(window.workspace)
    window.resize(960, 500)
    qtbot.waitUntil(lambda: window.height() == 500, timeout=2000)
    qtbot.wait(50)
    assert window.workspace.progress.isVisible()
    bottom = window.workspace.progress.mapTo(window, window.workspace.progress.rect().bottomLeft()).y()
    assert bottom < window.height()


def test_remembered_geometry_is_clamped_to_the_screen(qtbot, settings):
    """A window remembered on a big monitor comes back inside the (smaller) screen."""
    settings.set_window_rect((1500, 900, 2400, 1400))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    available = win.screen().availableGeometry()
    assert available.contains(win.geometry())
    win.close()
    assert settings.window_rect() is not None
    assert clamp_to_screen(QRect(-50, 700, 1280, 800), QRect(0, 0, 1366, 768)) == QRect(0, 0, 1280, 768)


def test_answers_keep_most_of_a_narrow_list(qtbot, window):
    """On a 960-pixel-wide window (1920×1080 at 2×) with a coded answer, Respondent and Themes leave room for answers."""
    workspace = window.workspace
    workspace.table.selectRow(0)
    workspace.table.setFocus()
    qtbot.keyClick(workspace.table, "1")
    qtbot.keyClick(workspace.table, "2")
    window.resize(960, 500)
    qtbot.waitUntil(lambda: window.width() == 960, timeout=2000)
    qtbot.wait(50)
    table = workspace.table
    width = table.viewport().width()
    assert table.columnWidth(workspace.model.themes_column) <= max(48, width * 0.2) + 40
    assert table.columnWidth(2) >= width * 0.3, (table.columnWidth(2), width)


def _fit_small(qtbot, window) -> None:
    """Resize the window to 683×384, the logical size of 1366×768 at 200%."""
    window.resize(683, 384)
    qtbot.waitUntil(lambda: window.width() == 683 and window.height() == 384, timeout=2000)
    qtbot.wait(50)


def test_window_fits_1366x768_at_200_percent(qtbot, window):
    """683×384 is enough on either tab: the filters fold under the question (search beside it), progress in view."""
    for tab in (window.workspace, window.codebook):
        window.tabs.setCurrentWidget(tab)
        hint = window.minimumSizeHint()
        assert hint.width() <= 683 and hint.height() <= 384, (tab, hint)
    window.tabs.setCurrentWidget(window.workspace)
    _fit_small(qtbot, window)
    filters = window.workspace.filters
    assert filters.is_two_rows() and filters.width() < filters.one_row_width()

    def top(widget) -> int:
        return widget.mapTo(filters, widget.rect().topLeft()).y()

    assert top(filters.status) > filters.question.height()  # the filters under the question
    assert abs(top(filters.search) - top(filters.question)) <= 2  # the search beside it
    progress = window.workspace.progress
    assert progress.isVisible()
    assert progress.mapTo(window, progress.rect().bottomLeft()).y() < window.height()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366, timeout=2000)
    qtbot.wait(50)
    assert not filters.is_two_rows()  # room again: one row


def test_theme_list_keeps_eight_rows_and_the_column_scrolls_to_it(qtbot, window):
    """At 683×384 the theme list is 8 rows tall (11 themes), the detail column scrolls, and Ctrl+T scrolls to it."""
    workspace = window.workspace
    _fit_small(qtbot, window)
    themes = workspace.theme_panel.list
    row = themes.visualItemRect(themes.item(0)).height()
    assert themes.viewport().height() >= 8 * row - 2, (themes.viewport().height(), row)
    column = workspace.right
    assert column.scrolls()
    qtbot.keyClick(workspace.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    top = themes.mapTo(column.viewport(), themes.rect().topLeft()).y()
    assert top >= 0 and top + themes.height() <= column.viewport().height()
    assert workspace.theme_panel.pick.hasFocus()


def test_titles_are_cut_with_an_ellipsis_and_read_whole_on_hover(qtbot, window):
    """At 683×384 the suggestions title ends in '…' with the whole title as its tooltip; at 1366×768 it is whole."""
    title = window.workspace.suggestions.findChild(ElidedLabel)
    full = title.text()
    assert full.startswith("Suggestions")
    _fit_small(qtbot, window)
    assert title.shown_text().endswith("…") and title.toolTip() == full
    assert title.fontMetrics().horizontalAdvance(title.shown_text()) <= title.contentsRect().width()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366, timeout=2000)
    qtbot.wait(50)
    assert title.shown_text() == full and title.toolTip() == ""


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_suggestion_review_fits_1366x768_at_200_percent(qtbot, qapp, window, language):
    """In every language the suggestion review needs no more than 683×384; the queue has more room than the detail."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app.gui.suggestion_review import SuggestionReviewDialog
    from app.gui.translation import install_translator

    translator = install_translator(qapp, language)
    try:
        review = SuggestionReviewDialog(window.project, "ann", window.runner, lambda _c: None, parent=window)
        qtbot.addWidget(review)
        hint = review.minimumSizeHint()
        assert hint.width() <= 683 and hint.height() <= 384, hint
        review.resize(683, 384)
        review.show()
        qtbot.waitExposed(review)
        assert review.table.height() > review.detail.height()
        note = review.note
        assert note.heightForWidth(note.width()) <= note.height()  # the title wraps rather than being cut
        assert note.width() <= review.width()
    finally:
        if translator is not None:
            for each in [translator, *translator.findChildren(QTranslator)]:
                QCoreApplication.removeTranslator(each)


def test_review_groups_and_diagnosis_fit_1366x768_at_200_percent(qtbot, window):
    """The agreement review (its body scrolls), the groups dialog and the diagnosis need no more than 683×384."""
    from app.gui.diagnosis_dialog import DiagnosisDialog
    from app.gui.groups_dialog import open_groups_dialog
    from app.gui.review import ReviewDialog

    review = ReviewDialog(window.project, "ann", window.runner, window)
    qtbot.addWidget(review)
    groups = open_groups_dialog(window, window.project, "ann", window.runner, None, lambda _c: None)
    qtbot.waitUntil(lambda: groups.task is None, timeout=20000)
    diagnosis = DiagnosisDialog(
        {
            "coders": ["ann"],
            "level_of_themes": "all",
            "confusions": [],
            "weak_themes": [],
            "blocks": [],
            "block_size": 50,
        },
        window,
    )
    qtbot.addWidget(diagnosis)
    for dialog in (review, groups, diagnosis):
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 683 and hint.height() <= 384, (dialog, hint)
    review.resize(683, 384)
    review.show()
    qtbot.waitExposed(review)
    assert review.choices.height() <= 2 * review.choices.question.height() + 12  # folded in two rows at most
