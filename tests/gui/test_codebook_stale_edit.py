"""The codebook editor passes the version it shows: another coder's newer edit refuses ours and refreshes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.project import Project


def _editor(window):
    window.tabs.setCurrentWidget(window.codebook)
    return window.codebook


def test_a_rename_over_another_coders_rename_is_refused_and_refreshed(qtbot, window, project_path):
    """Bob renames 'usability' in his program; Ann's rename of what she still shows is refused, then shown."""
    editor = _editor(window)
    editor.select("t2")
    with Project.open(project_path) as bob:
        bob.rename_theme("t2", "ease of use", coder="bob", version=bob.theme("t2").version)
    editor.name.setFocus()
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, "simplicity")
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    assert window.project.theme("t2").name == "ease of use"
    message = window.statusBar().currentMessage()
    assert message.startswith("theme 'ease of use' was changed by bob at ")
    assert message.endswith(" UTC; refreshed")
    assert editor.name.text() == "ease of use"  # the form shows Bob's name now
    assert "ease of use" in window.workspace.theme_panel.list.item(1).text()
    qtbot.keyClicks(editor.name, " (simple)")  # a second try, on the fresh version, is stored
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    assert window.project.theme("t2").name == "ease of use (simple)"


def test_deleting_a_theme_another_coder_deleted_says_who(qtbot, window, project_path):
    """Bob deletes 'trust'; Ann confirms her own delete of it: refused naming Bob, and the tree drops it."""
    editor = _editor(window)
    editor.select("t7")
    editor.ask_delete()
    with Project.open(project_path) as bob:
        bob.delete_theme("t7", coder="bob")
    editor.confirm_button.click()
    assert window.statusBar().currentMessage().startswith("the theme was deleted by bob at ")
    assert "t7" not in editor.themes
    assert all(item.data(0, Qt.ItemDataRole.UserRole) != "t7" for item in editor._items())
