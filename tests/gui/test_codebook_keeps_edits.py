"""The codebook editor keeps edits (focus change, Enter, Ctrl+S), undoably; Codebook menu files."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.gui import codebook_files
from app.project import Project


def _editor(window):
    window.tabs.setCurrentWidget(window.codebook)
    return window.codebook


def test_clicking_another_theme_keeps_the_edit(qtbot, window):
    """An edit left unsaved is stored when another theme is selected, as one undoable step."""
    editor = _editor(window)
    editor.select("t2")
    editor.definition.setPlainText("How easy the portal is to use.")
    editor.select("t5")
    assert window.project.theme("t2").definition == "How easy the portal is to use."
    assert editor.selected_id() == "t5"
    assert editor.name.text() == "incentives"
    assert window.undo_action.text() == "Undo Edit theme usability"
    window.undo()
    assert window.project.theme("t2").definition == ""


def test_enter_in_the_name_saves(qtbot, window):
    """Enter in the name field renames the theme."""
    editor = _editor(window)
    editor.select("t3")
    editor.name.setFocus()
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, "speed")
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    assert window.project.theme("t3").name == "speed"
    assert "speed" in window.workspace.theme_panel.list.item(2).text()


def test_ctrl_s_saves_a_multi_line_field(qtbot, window):
    """Ctrl+S while typing in a multi-line field stores it."""
    editor = _editor(window)
    editor.select("t4")
    editor.examples.setFocus()
    qtbot.keyClicks(editor.examples, "Open the budget")
    qtbot.keyClick(editor.examples, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.project.theme("t4").examples == ("Open the budget",)


def test_new_empty_import_and_export(qtbot, window, tmp_path):
    """New empty removes every theme (undoable); export writes YAML/JSON that import reads back."""
    out = tmp_path / "book.json"
    codebook_files.export_codebook_file(window, str(out))
    assert '"name": "awareness"' in out.read_text(encoding="utf-8")
    codebook_files.empty_codebook(window, confirm=False)
    assert window.project.themes() == []
    assert window.workspace.theme_panel.list.count() == 1  # only "no theme applies"
    codebook_files.import_codebook_file(window, str(out))
    assert len(window.project.themes()) == 11
    window.undo()
    assert window.project.themes() == []
    window.undo()
    assert len(window.project.themes()) == 11


def test_new_project_starts_from_the_chosen_codebook(qtbot, window, tmp_path):
    """The starting-codebook dialog gives an empty codebook or the seed study's."""
    dialog = codebook_files.CodebookChoiceDialog(window)
    qtbot.addWidget(dialog)
    dialog.seed.setChecked(True)
    dialog._accept()
    assert dialog.chosen is not None and len(dialog.chosen.themes) > 5
    target = str(tmp_path / "fresh.thematic")
    assert window.create_project(target, "ann", codebook=dialog.chosen)
    assert len(window.project.themes()) == len(dialog.chosen.themes)
    dialog.from_file.setChecked(True)
    dialog.path.setText(str(tmp_path / "missing.yaml"))
    dialog._accept()
    assert dialog.error.isVisibleTo(dialog) and "missing.yaml" in dialog.error.text()
    empty = str(tmp_path / "empty.thematic")
    assert window.create_project(empty, "ann", codebook=None)
    with Project.open(empty) as project:
        assert project.themes() == []
