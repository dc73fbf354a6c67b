"""The codebook editor changes the project's codebook: rename, merge, delete (with counts shown), move."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.gui.codebook_editor import format_keywords, parse_keywords


def _editor(window):
    window.tabs.setCurrentWidget(window.codebook)
    return window.codebook


def test_rename_and_edit_fields_are_stored(qtbot, window):
    """Editing the form and saving renames the theme and stores definition, examples and keywords."""
    editor = _editor(window)
    editor.select("t2")
    editor.name.setText("ease of use")
    editor.definition.setPlainText("How easy the portal is to use.")
    editor.examples.setPlainText("Simpler site\nLogin is confusing")
    editor.keywords.setPlainText("en: simple, easy\nru: удобно")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    theme = window.project.theme("t2")
    assert theme.name == "ease of use"
    assert theme.definition == "How easy the portal is to use."
    assert theme.examples == ("Simpler site", "Login is confusing")
    assert theme.keywords == {"en": ("simple", "easy"), "ru": ("удобно",)}
    assert window.workspace.theme_panel.list.item(1).text().split()[:4] == ["2", "ease", "of", "use"]
    assert window.undo_action.text() == "Undo Rename usability to ease of use"


def test_merge_shows_usage_then_moves_codings(qtbot, window):
    """Merge shows how many codings move, and after confirming the codings carry the target theme."""
    ws = window.workspace
    rid0, rid1 = ws.model.response_at(0)[0], ws.model.response_at(1)[0]
    qtbot.keyClick(window, Qt.Key.Key_3)
    ws.select_row(1)
    qtbot.keyClick(window, Qt.Key.Key_3)
    editor = _editor(window)
    editor.select("t3")
    qtbot.mouseClick(editor.merge_button, Qt.MouseButton.LeftButton)
    assert "(2 codings)" in editor.confirm_text.text()
    editor.merge_target.setCurrentIndex(editor.merge_target.findData("t1"))
    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    assert "t3" not in {t.id for t in window.project.themes()}
    assert window.project.coder_codings("ann") == {rid0: frozenset({"t1"}), rid1: frozenset({"t1"})}
    assert ws.model.decision(rid0) == frozenset({"t1"})


def test_delete_shows_usage_and_removes_codings(qtbot, window):
    """Delete says how many codings go; confirming removes the theme and its codings."""
    qtbot.keyClick(window, Qt.Key.Key_4)
    editor = _editor(window)
    editor.select("t4")
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert "1 codings" in editor.confirm_text.text()
    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    assert "t4" not in {t.id for t in window.project.themes()}
    assert window.project.coder_codings("ann") == {}
    assert window.workspace.model.coded_count == 0


def test_move_and_add_sub_theme(qtbot, window):
    """Moving a theme under another and adding a sub-theme change the stored tree."""
    editor = _editor(window)
    editor.move_theme("t5", "t1", 0)
    assert window.project.theme("t5").parent_id == "t1"
    editor.select("t1")
    editor.add_theme("New sub-theme", "t1")
    children = [t.name for t in window.project.themes() if t.parent_id == "t1"]
    assert children == ["incentives", "New sub-theme"]
    assert editor.themes[editor.selected_id()].name == "New sub-theme"


def test_keywords_text_round_trips():
    """Keyword lines parse back to the same mapping."""
    keywords = {"en": ("advertising", "heard"), "ru": ("реклама",)}
    assert parse_keywords(format_keywords(keywords)) == keywords
    assert parse_keywords("реклама, жарнама") == {"any": ("реклама", "жарнама")}
