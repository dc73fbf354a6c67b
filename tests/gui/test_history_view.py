"""The history dialog on the real window: who did what, filtered, and undo of one's own last step."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_history_lists_filters_and_undoes_my_last_step(qtbot, window):
    """Two coders' steps show newest first; the filter narrows them; Undo reverts only ann's last step."""
    project, ws = window.project, window.workspace
    rid = ws.current_response()[0]
    qtbot.keyClick(window, Qt.Key.Key_1)
    qtbot.keyClick(window, Qt.Key.Key_2)
    other = project.responses()[5].id
    project.toggle(other, "t3", "ben")
    window.history_action.trigger()
    dialog = window.history_dialog
    qtbot.addWidget(dialog)
    labels = [dialog.model.data(dialog.model.index(r, 2)) for r in range(dialog.model.rowCount())]
    assert labels[:3] == ["Code as responsiveness", "Code as usability", "Code as awareness"]
    assert dialog.model.data(dialog.model.index(0, 1)) == "ben"
    qtbot.keyClicks(dialog.filter, "ben")
    assert dialog.model.rowCount() == 1
    dialog.filter.clear()
    dialog.mine.setChecked(True)
    assert {dialog.model.data(dialog.model.index(r, 1)) for r in range(dialog.model.rowCount())} == {"ann"}
    assert dialog.undo_button.text() == "Undo my last step: Code as usability"
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert project.coder_codings("ann") == {rid: frozenset({"t1"})}
    assert project.coder_codings("ben") == {other: frozenset({"t3"})}
    assert dialog.model.data(dialog.model.index(0, 2)) == "Code as usability  (undone)"
    assert ws.model.decision(rid) == frozenset({"t1"})
