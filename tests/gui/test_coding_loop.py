"""The keyboard coding loop on the real window: codes are stored at once, undo/redo, reopen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.gui.window import MainWindow
from app.project import Project


def _press(qtbot, widget, key) -> None:
    """Press one key on the window the way a user would."""
    qtbot.keyClick(widget, key)


def test_code_twenty_answers_by_keyboard_then_undo_redo_and_reopen(qtbot, window, settings, project_path):
    """20 answers coded by keys, undo 5, redo 2, reopen: the stored codings are exactly the expected ones."""
    ws = window.workspace
    rows = [ws.model.response_at(r)[0] for r in range(ws.model.rowCount())]
    expected: dict[str, frozenset[str]] = {}
    for i in range(20):
        rid = ws.current_response()[0]
        assert rid == rows[i]
        if i % 5 == 4:
            _press(qtbot, window, Qt.Key.Key_0)
            expected[rid] = frozenset()
        else:
            first, second = i % 3 + 1, (i + 4) % 9 + 1
            _press(qtbot, window, getattr(Qt.Key, f"Key_{first}"))
            _press(qtbot, window, getattr(Qt.Key, f"Key_{second}"))
            expected[rid] = frozenset({f"t{first}", f"t{second}"})
        _press(qtbot, window, Qt.Key.Key_J)
    assert window.project.coder_codings("ann") == expected
    assert ws.progress.text().startswith("coded 20 of 30, 67%")
    actions: list[tuple[str, str | None]] = []  # (response id, theme id or None for "none applies")
    for i in range(20):
        actions += (
            [(rows[i], None)]
            if i % 5 == 4
            else [(rows[i], f"t{i % 3 + 1}"), (rows[i], f"t{(i + 4) % 9 + 1}")]
        )
    undone = []
    for _ in range(5):
        undone.append(window.undo_action.text())
        window.undo_action.trigger()
    names = window.workspace.theme_by_id
    assert undone == [
        f"Undo Code as {names[t].name}" if t else "Undo Mark as no theme applies"
        for _rid, t in reversed(actions[-5:])
    ]
    for _ in range(2):
        window.redo_action.trigger()
    kept = actions[:-5] + actions[-5:-3]
    expected = {}
    for rid, theme in kept:
        expected[rid] = expected.get(rid, frozenset()) | ({theme} if theme else set())
    assert window.project.coder_codings("ann") == expected
    assert {
        rid: ws.model.decision(rid) for rid in rows[:20] if ws.model.decision(rid) is not None
    } == expected
    window.close()

    reopened = Project.open(project_path)
    try:
        assert reopened.coder_codings("ann") == expected
    finally:
        reopened.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert again.open_project(project_path)  # the coder is remembered for this project
    assert again.coder == "ann"
    assert again.workspace.model.coded_count == len(expected)
    again.close()


def test_next_uncoded_skips_coded_answers(qtbot, window):
    """N jumps over answers this coder already decided."""
    ws = window.workspace
    ws.select_row(1)
    _press(qtbot, window, Qt.Key.Key_2)
    ws.select_row(0)
    _press(qtbot, window, Qt.Key.Key_1)
    _press(qtbot, window, Qt.Key.Key_N)
    assert ws.table.currentIndex().row() == 2


def test_quick_pick_toggles_a_theme_beyond_key_nine(qtbot, window):
    """Typing a theme name in the quick-pick and pressing Enter codes the current answer with it."""
    ws = window.workspace
    rid = ws.current_response()[0]
    ws.focus_pick()
    qtbot.keyClicks(ws.theme_panel.pick, "langu")
    qtbot.keyClick(ws.theme_panel.pick, Qt.Key.Key_Return)
    assert window.project.coder_codings("ann") == {rid: frozenset({"t11"})}


def test_edit_menu_names_the_action_to_undo(qtbot, window):
    """After coding, the Edit menu says which action Undo would revert."""
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert window.undo_action.text() == "Undo Code as awareness"
    window.undo_action.trigger()
    assert window.redo_action.text() == "Redo Code as awareness"
    assert window.project.coder_codings("ann") == {}


def test_title_shows_project_and_coder(window):
    """The title bar names the project and the coder."""
    assert "GUI study" in window.windowTitle() and "ann" in window.windowTitle()
