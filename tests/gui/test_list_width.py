"""At a small logical screen (1920×1080 at 200% is 960×540) the answer list keeps room for the answers."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_answer_column_takes_the_width_at_a_scaled_screen_size(qtbot, window):
    """In a 960×540 window the list gets most of the width and the Answer column most of the list."""
    window.resize(960, 540)
    qtbot.waitUntil(lambda: window.width() == 960)
    ws = window.workspace
    table, model = ws.table, ws.model
    fm = table.fontMetrics()
    answer = table.columnWidth(2)
    assert answer >= fm.horizontalAdvance("0" * 25)  # not ~10 characters
    assert answer > table.viewport().width() * 0.4
    assert table.columnWidth(model.themes_column) < fm.horizontalAdvance("0" * 14)  # nothing coded yet
    assert table.columnWidth(1) < fm.horizontalAdvance("0" * 18)
    list_width, detail_width = ws.split.sizes()
    assert list_width >= 1.3 * detail_width
    visible = sum(table.columnWidth(c) for c in range(model.columnCount()) if not table.isColumnHidden(c))
    assert visible <= table.viewport().width() + 2  # no horizontal scrolling needed


def test_themes_column_grows_with_coded_names_up_to_a_cap(qtbot, window):
    """Coded answers widen the Themes column when the list is loaded again, never beyond its cap."""
    window.resize(1366, 768)  # a list wide enough that the answers keep their room (test_screen_fit: narrow)
    qtbot.waitUntil(lambda: window.width() == 1366)
    ws = window.workspace
    long = window.project.add_theme("a very long theme name that goes on and on", coder="ann")
    rids = [ws.model.response_at(r)[0] for r in range(3)]
    for rid in rids:
        window.project.assign(rid, long.id, "ann")
    ws.reload_codebook(rebuild_suggestions=False)
    ws.show_question(ws.question_id)
    fm = ws.table.fontMetrics()
    width = ws.table.columnWidth(ws.model.themes_column)
    assert fm.horizontalAdvance("0" * 16) < width <= fm.horizontalAdvance("0" * 22) + 40
    assert ws.model.data(ws.model.index(0, ws.model.themes_column), Qt.ItemDataRole.DisplayRole) == long.name


def test_dragging_the_splitter_is_kept_when_the_window_resizes(qtbot, window):
    """Once the coder moves the splitter, resizing no longer resets it to the default shares."""
    ws = window.workspace
    window.resize(1200, 760)
    qtbot.waitUntil(lambda: window.width() == 1200)
    ws.split.moveSplitter(300, 1)
    ws.split.splitterMoved.emit(300, 1)
    window.resize(1100, 760)
    qtbot.waitUntil(lambda: window.width() == 1100)
    assert ws.split.sizes()[0] < 0.5 * sum(ws.split.sizes())


def test_review_disagreement_list_gives_the_answer_room(qtbot, settings, project_path):
    """The review's list shares its width: the answer column gets ANSWER_SHARE of it, also after a resize."""
    from app.gui.review import ANSWER_SHARE
    from tests.gui.test_review import code_two_coders

    code_two_coders(project_path)
    from app.gui.window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(project_path, coder="ann")
    window.review_action.trigger()
    dialog = window.review
    qtbot.waitExposed(dialog)
    for width in (1180, 900):
        dialog.resize(width, 700)
        qtbot.waitUntil(lambda w=width: dialog.width() == w)
        qtbot.wait(20)
        table = dialog.table
        rest = table.viewport().width() - table.columnWidth(0)
        assert table.columnWidth(1) >= int(rest * ANSWER_SHARE) - 1
        assert dialog.minimumSizeHint().width() <= 960  # fits 1920×1080 at 200%
    dialog.close()


def test_coding_widens_the_themes_column_up_to_its_cap(qtbot, window):
    """Pressing a theme key widens the Themes column to show the name, within the cap."""
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    ws = window.workspace
    before = ws.table.columnWidth(ws.model.themes_column)
    qtbot.keyClick(ws.table, Qt.Key.Key_3)  # responsiveness
    fm = ws.table.fontMetrics()
    after = ws.table.columnWidth(ws.model.themes_column)
    assert after >= fm.horizontalAdvance("responsiveness") + 24 and after > before
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_5):
        qtbot.keyClick(ws.table, key)
    assert ws.table.columnWidth(ws.model.themes_column) <= fm.horizontalAdvance("0" * 22) + 28
