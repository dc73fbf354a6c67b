"""Coding stripes beside the answer: which themes cover which words, updated on coding and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.gui.answer_view import AnswerView
from app.gui.coding_stripes import Stripe


def _stripes(ws) -> list[tuple[str, tuple]]:
    return [(s.theme_id, s.spans) for s in ws.answer.stripes.stripes]


def test_span_and_whole_answer_codings_show_as_stripes_and_undo_removes_them(qtbot, window):
    """Words coded with theme 5 give a stripe over their line in its colour; key 2 a whole-answer stripe; undo both."""
    ws = window.workspace
    window.project.update_theme("t5", coder="ben", color="#e15759")
    ws.reload_codebook(rebuild_suggestions=False)
    text = ws.current_response()[3]
    assert ws.answer.stripes.isHidden() and _stripes(ws) == []
    start = text.index("advertising")
    ws.answer.select_span(start, start + len("advertising"))
    qtbot.keyClick(ws.table, Qt.Key.Key_5)
    assert _stripes(ws) == [("t5", ((start, start + len("advertising")),))]
    stripes = ws.answer.stripes
    assert stripes.isVisible()
    (rect,) = stripes.lane_rects(stripes.stripes[0])
    assert rect.height() > 4
    image = stripes.grab().toImage()
    ratio = image.devicePixelRatio()
    assert image.pixelColor(int(rect.center().x() * ratio), int(rect.center().y() * ratio)) == QColor(
        "#e15759"
    )
    qtbot.keyClick(ws.table, Qt.Key.Key_2)
    assert _stripes(ws) == [("t2", ()), ("t5", ((start, start + len("advertising")),))]
    assert stripes.stripes[0].whole and stripes.width() > 2 * 10
    window.undo()
    assert _stripes(ws) == [("t5", ((start, start + len("advertising")),))]
    window.undo()
    assert _stripes(ws) == [] and stripes.isHidden()
    assert window.project.spans("ann") == []


def test_stripes_follow_the_lines_of_a_long_answer(qtbot):
    """A span near the end of a wrapped answer is striped lower than one at its start; a whole stripe covers both."""
    view = AnswerView()
    qtbot.addWidget(view)
    view.resize(260, 600)
    view.show()
    qtbot.waitExposed(view)
    text = " ".join(f"word{i}" for i in range(120))
    view.show_answer("R1", text)
    end = text.index("word110")
    view.show_stripes(
        [
            Stripe("a", "first words", "#4e79a7", ((0, 5),)),
            Stripe("b", "last words", "#59a14f", ((end, end + 7),)),
            Stripe("c", "whole", "#f28e2b"),
        ]
    )
    stripes = view.stripes
    (first,) = stripes.lane_rects(stripes.stripes[0])
    (last,) = stripes.lane_rects(stripes.stripes[1])
    (whole,) = stripes.lane_rects(stripes.stripes[2])
    assert last.top() > first.bottom()
    assert whole.top() <= first.top() and whole.bottom() >= last.bottom()
    assert first.left() < last.left() < whole.left()  # one lane per theme
    assert stripes.stripe_at(last.center()).name == "last words"
