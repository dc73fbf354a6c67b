"""Answers with a memo carry a mark in the list, and Ctrl+M goes into the memo (Esc back)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _marked(ws) -> list[str]:
    model = ws.model
    return [
        model.response_at(row)[0]
        for row in range(model.rowCount())
        if model.data(model.index(row, 2), Qt.ItemDataRole.DecorationRole) is not None
    ]


def test_ctrl_m_writes_a_memo_and_the_list_marks_it(qtbot, window):
    """Ctrl+M focuses the memo, typed text is saved on Esc, and that row shows the note mark with the memo on hover."""
    ws = window.workspace
    rid = ws.current_response()[0]
    assert _marked(ws) == []
    qtbot.keyClick(ws.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert ws.memo.editor.hasFocus()
    qtbot.keyClicks(ws.memo.editor, "mentions 2 ads")  # the digit goes into the memo, not to theme 2
    qtbot.keyClick(ws.memo.editor, Qt.Key.Key_Escape)
    assert ws.table.hasFocus()
    assert [m.text for m in window.project.memos(rid)] == ["mentions 2 ads"]
    assert window.project.coder_codings("ann") == {}
    assert _marked(ws) == [rid]
    tip = ws.model.data(ws.model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert "mentions 2 ads" in tip
    legend = ws.model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "memo" in legend and "Ctrl+M" in legend
    window.undo()
    assert _marked(ws) == []


def test_other_coders_memo_marks_follow_blind_mode(qtbot, window):
    """Ben's memo is marked only when blind mode is off; the shortcut table lists Ctrl+M."""
    from app.gui.dialogs import ShortcutsDialog

    ws = window.workspace
    rid = ws.model.response_at(3)[0]
    window.project.set_memo(rid, "ben", "irony")
    ws.show_question(ws.question_id)
    assert _marked(ws) == []
    window.blind_action.trigger()
    assert _marked(ws) == [rid]
    assert "ben: irony" in ws.model.data(ws.model.index(3, 2), Qt.ItemDataRole.ToolTipRole)
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    keys = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Ctrl+M" in keys
