"""The memo under the current answer: saved on leaving the box or after a pause, undoable, blind to others."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _my_memos(window, rid: str) -> list[str]:
    return [m.text for m in window.project.memos(rid) if m.coder == window.coder]


def test_memo_saved_when_leaving_the_box_then_undone(qtbot, window):
    """Typing a memo and pressing Esc stores it; Undo removes it and empties the box."""
    ws = window.workspace
    rid = ws.current_response()[0]
    ws.memo.editor.setFocus()
    qtbot.keyClicks(ws.memo.editor, "asks for Kazakh 1st")  # digits go into the memo, not to the themes
    assert window.project.coder_codings("ann") == {}
    qtbot.keyClick(ws.memo.editor, Qt.Key.Key_Escape)  # back to the list: the box loses focus and saves
    assert _my_memos(window, rid) == ["asks for Kazakh 1st"]
    assert window.undo_action.text() == "Undo Edit memo"
    window.undo_action.trigger()
    assert _my_memos(window, rid) == []
    assert ws.memo.editor.toPlainText() == ""


def test_memo_saved_after_a_pause_and_kept_per_answer(qtbot, window):
    """A pause in typing saves the memo; the next answer shows its own (empty) memo, and going back shows it."""
    ws = window.workspace
    first = ws.current_response()[0]
    ws.memo.editor.setFocus()
    qtbot.keyClicks(ws.memo.editor, "irony?")
    qtbot.waitUntil(lambda: _my_memos(window, first) == ["irony?"], timeout=3000)
    ws.move(1)
    assert ws.memo.editor.toPlainText() == ""
    ws.memo.editor.setPlainText("second answer note")
    ws.move(-1)  # moving on saves what was typed
    assert ws.memo.editor.toPlainText() == "irony?"
    assert _my_memos(window, ws.model.response_at(1)[0]) == ["second answer note"]


def test_other_coders_memos_hidden_in_blind_mode(qtbot, window):
    """Ben's memo shows read-only only when blind mode is off."""
    ws = window.workspace
    rid = ws.current_response()[0]
    window.project.set_memo(rid, "ben", "sarcastic")
    ws.move(1)
    ws.move(-1)
    assert window.blind_action.isChecked() and ws.memo.others.isHidden()
    window.blind_action.trigger()
    assert not ws.memo.others.isHidden()
    assert "ben" in ws.memo.others.text() and "sarcastic" in ws.memo.others.text()
    assert ws.memo.editor.toPlainText() == ""  # never ben's text in ann's box
