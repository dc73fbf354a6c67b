"""Smaller items of the coding loop, each on the real window with the project state checked."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt


@dataclass(frozen=True)
class _Suggestion:
    theme_id: str
    score: float
    reasons: tuple = ()


def test_undo_selects_the_answer_it_changed(qtbot, window):
    """Code answer 1, move to answer 5, undo: answer 1 is current again and uncoded."""
    ws = window.workspace
    first = ws.current_response()[0]
    qtbot.keyClick(window, Qt.Key.Key_3)
    for _ in range(4):
        qtbot.keyClick(window, Qt.Key.Key_J)
    assert ws.current_response()[0] != first
    window.undo()
    assert ws.current_response()[0] == first
    assert window.project.coder_codings("ann") == {}
    window.redo()
    assert ws.current_response()[0] == first and window.project.coder_codings("ann") == {
        first: frozenset({"t3"})
    }


def test_a_filter_matching_nothing_clears_the_suggestions(qtbot, window):
    """Searching for text no answer has empties the suggestions, so no key can accept a stale one."""
    ws = window.workspace
    ws.suggestions.show_suggestions([_Suggestion("t1", 0.9)], ws.theme_by_id)
    ws.filters.search.setText("no answer has this")
    qtbot.waitUntil(lambda: ws.model.rowCount() == 0, timeout=2000)
    assert ws.suggestions.top() is None and ws.suggestions.list.count() == 0
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.project.coder_codings("ann") == {}


def test_the_number_column_fits_five_digits(qtbot, window):
    """The # column is wide enough for 10000 in the table's font (no '100…')."""
    ws = window.workspace
    assert ws.table.columnWidth(0) >= ws.table.fontMetrics().horizontalAdvance("10000") + 12
