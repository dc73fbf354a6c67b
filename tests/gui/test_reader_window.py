"""A reader's database login opens the window read-only: the role shows, coding keys are refused in one line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.gui.window import MainWindow
from tests.test_team_grants import _sql
from tests.test_team_grants import server_team as server_team  # the fixture, shared


def test_a_reader_opens_the_window_and_coding_keys_are_refused(qtbot, settings, server_team):
    """Rita (reader, never coded) opens the project; keys 1 and 0 and a memo write nothing, the banner says why."""
    url, n, urls = server_team
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_project(urls["rita"], coder=n["rita"])
    assert win.error_banner.isHidden()
    assert win.coder_label.text().startswith(f"Coder: {n['rita']}  ·  reader")
    ws = win.workspace
    assert ws.model.rowCount() == 2
    assert ws.memo.editor.isReadOnly()
    win.activateWindow()
    ws.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.table)
    ws.select_row(0)
    qtbot.keyClick(ws.table, Qt.Key.Key_1)
    assert win.error_banner.isVisible()
    assert win.error_banner.message.text() == (
        f"only an owner or a coder can code answers; {n['rita']} is a reader here"
    )
    qtbot.keyClick(ws.table, Qt.Key.Key_0)
    assert win.error_banner.message.text().endswith("(2 messages)")
    assert ws.model.decision(ws.current_response()[0]) is None
    assert _sql(url, "SELECT count(*) FROM codings") == [(0,)]
    assert _sql(url, "SELECT count(*) FROM none_applies") == [(0,)]
    assert _sql(url, "SELECT count(*) FROM coders") == [(0,)]
    win.close()


def test_a_coder_sees_their_role_and_a_project_without_roles_shows_none(
    qtbot, settings, server_team, project_path
):
    """Bob's label names his role; on a project without roles the label is the coder alone."""
    _url, n, urls = server_team
    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert win.open_project(urls["bob"], coder=n["bob"])
    assert win.coder_label.text().startswith(f"Coder: {n['bob']}  ·  coder")
    assert not win.workspace.memo.editor.isReadOnly()
    assert win.open_project(project_path, coder="ann")
    assert win.coder_label.text() in ("Coder: ann", "Coder: ann  ·  blind")
    win.close()
