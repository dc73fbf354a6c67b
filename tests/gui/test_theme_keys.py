"""Keys for every theme, Alt+1…3 for suggestions, Enter moving on, and span coding in the real window."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from app.core.models import Origin


@dataclass(frozen=True)
class _Suggestion:
    """The fields the suggestion panel shows."""

    theme_id: str
    score: float
    reasons: tuple = ()


def _suggest(ws, *theme_ids: str) -> None:
    ws.suggestions.show_suggestions(
        [_Suggestion(t, 0.9 - i / 10) for i, t in enumerate(theme_ids)], ws.theme_by_id
    )


def test_default_keys_cover_sub_themes_and_themes_past_the_ninth(qtbot, window):
    """A sub-theme gets the next digit in tree order; the tenth theme answers Ctrl+1; the panel shows both."""
    project, ws = window.project, window.workspace
    project.move_theme("t9", "t1", coder="ann")  # "no participation" under "awareness"
    window.codebook.reload()
    ws.reload_codebook()
    assert ws.quick_keys["t9"] == "2"
    assert ws.theme_panel.list.item(1).text().split()[:3] == ["2", "no", "participation"]
    rid = ws.current_response()[0]
    qtbot.keyClick(window, Qt.Key.Key_2)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert project.coder_codings("ann")[rid] == frozenset({"t9", "t10"})
    assert "Ctrl+1" in ws.theme_panel.list.item(9).text()


def test_a_key_bound_in_the_codebook_editor_codes_in_the_workspace(qtbot, window):
    """Typing Q as the quick key of 'language' (11th) in the editor makes Q code it; undo unbinds."""
    editor = window.codebook
    window.tabs.setCurrentWidget(editor)
    editor.select("t11")
    editor.quick_key.setText("q")
    editor.save_form()
    assert window.project.quick_keys()["t11"] == "Q"
    window.tabs.setCurrentWidget(window.workspace)
    window.workspace.table.setFocus()
    rid = window.workspace.current_response()[0]
    qtbot.keyClick(window, Qt.Key.Key_Q)
    assert window.project.coder_codings("ann")[rid] == frozenset({"t11"})
    assert "Q" in window.workspace.theme_panel.list.item(10).text()
    window.undo()
    window.undo()
    assert window.project.quick_keys()["t11"] == "Ctrl+2"


def test_alt_keys_accept_the_second_and_third_suggestion_and_enter_moves_on(qtbot, window):
    """Alt+2 and Alt+3 accept those suggestions; Enter on an applied top suggestion goes to the next answer."""
    ws = window.workspace
    rid = ws.current_response()[0]
    _suggest(ws, "t1", "t2", "t3")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.project.coder_codings("ann")[rid] == frozenset({"t2", "t3"})
    assert {c.origin for c in window.project.codings("ann")} == {Origin.SUGGESTION}
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.project.coder_codings("ann")[rid] == frozenset({"t1", "t2", "t3"})
    assert ws.current_response()[0] == rid
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert ws.current_response()[0] != rid
    assert window.project.coder_codings("ann") == {rid: frozenset({"t1", "t2", "t3"})}


def test_selecting_words_and_pressing_a_key_codes_the_span(qtbot, window):
    """Select 'advertising' in the answer, press 5: the answer has theme 5 with that span, highlighted; undo."""
    ws = window.workspace
    rid, _r, _e, text = ws.current_response()
    start = text.index("advertising")
    ws.answer.select_span(start - 1, start + len("advertising") + 1)  # spaces at the edges are dropped
    qtbot.keyClick(window, Qt.Key.Key_5)
    spans = window.project.spans("ann")
    assert [(s.response_id, s.theme_id, s.start, s.end) for s in spans] == [
        (rid, "t5", start, start + len("advertising"))
    ]
    assert window.project.coder_codings("ann") == {rid: frozenset({"t5"})}
    assert ws.answer.coded == [(start, start + len("advertising"), "incentives")]
    assert ws.answer.selected_span() is None
    assert window.undo_action.text() == "Undo Code “advertising” as incentives"
    qtbot.keyClick(window, Qt.Key.Key_5)  # no selection: the key toggles the whole answer
    assert window.project.coder_codings("ann") == {} and window.project.spans("ann") == []
    window.undo()
    assert len(window.project.spans("ann")) == 1  # the span comes back with its coding
    window.undo()
    assert window.project.spans("ann") == [] and window.project.coder_codings("ann") == {}
    assert ws.answer.coded == []
