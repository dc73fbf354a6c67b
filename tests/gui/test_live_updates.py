"""The window follows other programs' commits in place, and says so when the database server is gone."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from app.gui.crash_log import CrashHandler
from app.gui.window import MainWindow
from app.project import Project
from app.project.outcomes import ConnectionLostError
from tests.conftest import PG_ADMIN
from tests.gui.conftest import build_project


def _open(qtbot, settings, target: str) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_project(target, coder="ann")
    win.activateWindow()
    win.workspace.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.workspace.table)
    return win


def _park_on_answer(qtbot, win: MainWindow, row: int, memo: str) -> tuple[str, int]:
    """Make `row` current, scroll the list, and leave an unsaved memo; return the answer id and scroll value."""
    ws = win.workspace
    ws.select_row(row)
    ws.table.verticalScrollBar().setValue(ws.table.verticalScrollBar().maximum())
    ws.memo.editor.setFocus()
    qtbot.keyClicks(ws.memo.editor, memo)
    ws.memo._timer.stop()  # still typing: the pause that saves the memo has not come yet
    assert ws.memo.dirty
    return ws.current_response()[0], ws.table.verticalScrollBar().value()


def _assert_not_moved(win: MainWindow, rid: str, scroll: int, memo: str) -> None:
    ws = win.workspace
    assert ws.current_response()[0] == rid
    assert [i.row() for i in ws.table.selectionModel().selectedRows()] == [ws.model.row_of(rid)]
    assert ws.table.verticalScrollBar().value() == scroll
    assert ws.memo.editor.toPlainText() == memo and ws.memo.dirty


def _others_code(target: str, rids: list[str]) -> None:
    """Another program: bob codes two answers, ann (in the command line, say) one, an owner renames a theme."""
    with Project.open(target) as other:
        other.toggle(rids[0], "t2", "bob")
        other.mark_none(rids[1], "bob")
        other.toggle(rids[2], "t3", "ann")
        other.rename_theme("t1", "awareness of the portal", coder="owner")


def _assert_shows_others(win: MainWindow, rids: list[str]) -> None:
    ws = win.workspace
    assert ws.model.decision(rids[2]) == frozenset({"t3"})  # ann's own coding from the other program
    assert ws.counts.get("t3") == 1
    assert ws.model.others.get(rids[0]) == {"bob": frozenset({"t2"})}
    assert ws.model.others.get(rids[1]) == {"bob": frozenset()}
    assert ws.theme_by_id["t1"].name == "awareness of the portal"
    assert (
        "awareness of the portal"
        in [ws.theme_panel.list.item(i).text() for i in range(ws.theme_panel.list.count())][0]
    )


def test_a_second_program_on_the_same_file_shows_up_without_moving_the_answer(qtbot, settings, project_path):
    win = _open(qtbot, settings, project_path)
    win.blind_action.trigger()  # show other coders
    ws = win.workspace
    rids = [ws.model.response_at(r)[0] for r in (3, 4, 25)]
    rid, scroll = _park_on_answer(qtbot, win, 12, "half a thought")
    _others_code(project_path, rids)
    assert ws.model.decision(rids[2]) is None  # not before the window looks
    win.live.poll()  # the file poll (every 2 s on a timer)
    _assert_shows_others(win, rids)
    _assert_not_moved(win, rid, scroll, "half a thought")


def test_the_window_reads_others_changes_when_it_becomes_active_again(qtbot, settings, project_path):
    win = _open(qtbot, settings, project_path)
    win.live.timer.stop()  # only the activation may bring the change in
    ws = win.workspace
    rid = ws.model.response_at(6)[0]
    with Project.open(project_path) as other:
        other.toggle(rid, "t4", "ann")
    QApplication.sendEvent(win, QEvent(QEvent.Type.WindowActivate))
    qtbot.waitUntil(lambda: ws.model.decision(rid) == frozenset({"t4"}), timeout=5000)
    assert ws.current_response()[0] == ws.model.response_at(0)[0]


@pytest.mark.postgres
def test_a_coder_on_the_server_shows_up_through_the_notice(qtbot, settings, pg_url):
    build_project(pg_url)
    win = _open(qtbot, settings, pg_url)
    win.blind_action.trigger()
    assert win.live._listening
    win.live.timer.stop()  # no fallback poll: only the commit notice can bring the change in
    ws = win.workspace
    rids = [ws.model.response_at(r)[0] for r in (3, 4, 25)]
    rid, scroll = _park_on_answer(qtbot, win, 12, "on the server")
    _others_code(pg_url, rids)
    qtbot.waitUntil(lambda: ws.theme_by_id["t1"].name == "awareness of the portal", timeout=10000)
    _assert_shows_others(win, rids)
    _assert_not_moved(win, rid, scroll, "on the server")


def _admin(sql: str) -> None:
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(sql)


def _kill_backends(database: str) -> None:
    _admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'")


@pytest.mark.postgres
def test_a_lost_server_is_said_retried_and_a_failed_key_press_is_not_shown_as_done(qtbot, settings, pg_url):
    build_project(pg_url)
    database = pg_url.rsplit("/", 1)[1]
    win = _open(qtbot, settings, pg_url)
    ws = win.workspace
    qtbot.keyClick(win, Qt.Key.Key_1)  # acknowledged before anything goes wrong
    first = ws.current_response()[0]
    assert ws.model.decision(first) == frozenset({"t1"})

    _kill_backends(database)  # every connection, the listener's too: each reconnects by itself
    with Project.open(pg_url) as other:
        other.toggle(ws.model.response_at(5)[0], "t2", "ann")
    qtbot.waitUntil(lambda: ws.model.decision(ws.model.response_at(5)[0]) == frozenset({"t2"}), timeout=15000)
    assert not win.live.lost and not win.live.banner.isVisible()

    qtbot.keyClick(win, Qt.Key.Key_J)
    second = ws.current_response()[0]
    _admin(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false')  # the server is out of reach
    _kill_backends(database)
    try:
        qtbot.keyClick(win, Qt.Key.Key_3)  # before the window noticed: the write is refused
        assert ws.model.decision(second) is None  # the refused key press is not shown as applied
        assert "lost the connection to the database server" in win.statusBar().currentMessage()
        qtbot.waitUntil(lambda: win.live.lost, timeout=5000)
        assert win.live.banner.isVisible()
        assert "No connection to the database server" in win.live.banner.message.text()
        assert not ws.isEnabled()  # no more key presses or reads that would fail
        qtbot.keyClick(win, Qt.Key.Key_4)
        qtbot.keyClick(win, Qt.Key.Key_J)
        assert ws.model.decision(second) is None and ws.current_response()[0] == second
    finally:
        _admin(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')
    win.live.banner.retry.click()
    qtbot.waitUntil(lambda: not win.live.lost, timeout=15000)
    assert not win.live.banner.isVisible() and ws.isEnabled()
    assert ws.current_response()[0] == second
    with Project.open(pg_url) as check:
        assert check.coder_codings("ann") == {
            first: frozenset({"t1"}),
            ws.model.response_at(5)[0]: frozenset({"t2"}),
        }
    qtbot.keyClick(win, Qt.Key.Key_3)  # the same key press now goes through
    assert ws.model.decision(second) == frozenset({"t3"})
    with Project.open(pg_url) as check:
        assert check.coder_codings("ann")[second] == frozenset({"t3"})


def test_a_read_that_finds_the_server_gone_shows_the_banner_not_a_crash_dialog(
    qtbot, settings, project_path, tmp_path
):
    """A view's read raising ConnectionLostError outside any handler goes to the banner, not the crash dialog."""
    win = _open(qtbot, settings, project_path)
    shown: list[str] = []
    handler = CrashHandler(tmp_path / "log", show=shown.append)
    error = ConnectionLostError("lost the connection to the database server (server closed the connection)")
    handler.handle(type(error), error, None)
    assert shown == []
    assert win.live.lost and win.live.banner.isVisible()
    assert "server closed the connection" in win.live.banner.message.text()
    assert not win.workspace.isEnabled()
    win.live.poll()  # the file answers: the next attempt clears it
    assert not win.live.lost and win.workspace.isEnabled() and not win.live.banner.isVisible()
    win.close_project()
    handler.handle(type(error), error, None)  # nothing follows a project: an unexpected error after all
    assert len(shown) == 1
