"""The window never loses a lock, shows refused undos, saves copies, runs big undos aside, logs crashes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QMessageBox

from app.gui import window as window_module
from app.gui.crash_log import CrashHandler
from app.project import Project
from tests.gui.conftest import build_project

ROOT = Path(__file__).resolve().parents[2]


def _file_id(path: Path) -> tuple[int, int] | None:
    return (os.stat(path).st_dev, os.stat(path).st_ino) if path.exists() else None


@pytest.fixture
def browsed(monkeypatch):
    """Make every file dialog list the project's folder, draw every icon and type, then cancel."""
    seen: list[QFileDialog] = []
    folder: list[str] = []

    def browse(dialog: QFileDialog) -> int:
        dialog.setDirectory(folder[0])
        dialog.show()
        model = dialog.findChild(QFileSystemModel)
        deadline = time.monotonic() + 5
        while model.rowCount(model.index(folder[0])) == 0 and time.monotonic() < deadline:
            QApplication.processEvents()
        root = model.index(folder[0])
        for row in range(model.rowCount(root)):
            for column in range(model.columnCount(root)):
                index = model.index(row, column, root)
                model.data(index, Qt.ItemDataRole.DecorationRole)
                model.data(index, Qt.ItemDataRole.DisplayRole)
        for _ in range(10):
            QApplication.processEvents()
            time.sleep(0.02)
        seen.append(dialog)
        dialog.hide()
        return QFileDialog.DialogCode.Rejected

    monkeypatch.setattr(QFileDialog, "exec", browse)
    return seen, folder


def test_no_file_dialog_releases_the_open_projects_locks(qtbot, window, project_path, browsed):
    """Each dialog browses the project's folder; afterwards another program still sees the project in use."""
    seen, folder = browsed
    path = Path(project_path)
    folder.append(str(path.parent))
    project = window.project
    rid = project.responses()[0].id
    window.workspace.table.setFocus()
    project.toggle(rid, "t1", "ann")
    wal = _file_id(Path(f"{path}-wal"))
    assert wal is not None
    window.ask_open_project()
    window.ask_new_project()
    window.ask_merge_project()
    window.ask_codebook_pdf()
    window.ask_save_copy()
    window.open_import_wizard()
    window.import_wizard.ask_file()
    window.open_report_dialog()
    window.report_dialog.ask_path()
    window.open_data_export()
    window.data_dialog.ask_path()
    assert len(seen) == 8
    subprocess.run(
        [sys.executable, "-m", "app", "info", str(path)], cwd=ROOT, check=True, capture_output=True
    )
    # had any dialog read the file, our locks would be gone and `info` would have deleted the journal
    assert _file_id(Path(f"{path}-wal")) == wal
    project.toggle(project.responses()[1].id, "t1", "ann")
    out = subprocess.run(
        [sys.executable, "-m", "app", "stats", str(path), "--json"], cwd=ROOT, check=True, capture_output=True
    )
    assert json.loads(out.stdout)["coders"]["ann"]["Q1"]["themes"] == {"awareness": 2}


def test_refused_undo_is_a_message_and_the_menu_stays_right(qtbot, window, project_path, monkeypatch):
    """Ann codes, Ben deletes the theme, Ann presses Ctrl+Z: she is told why, and Undo is no longer offered."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    rid = window.project.responses()[0].id
    window.project.toggle(rid, "t1", "ann")
    window._update_undo()
    with Project.open(project_path) as other:
        other.delete_theme("t1", coder="ben")
    window.undo_action.trigger()
    assert len(shown) == 1 and "cannot undo" in shown[0]
    assert not window.undo_action.isEnabled() and window.undo_action.text() == "Undo"


def test_big_undo_runs_in_the_background(qtbot, tmp_path, settings):
    """Undoing a 2,500-answer step goes through the task runner and leaves the answers uncoded."""
    path = build_project(str(tmp_path / "big.thematic"), answers=2500)
    win = window_module.MainWindow(settings)
    qtbot.addWidget(win)
    assert win.open_project(path, coder="ann")
    ids = [r.id for r in win.project.responses()]
    win.project.assign(ids, "t2", "ann")
    win._update_undo()
    win.undo_action.trigger()
    assert win.runner.busy
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=20000)
    assert win.project.codings("ann") == []
    assert win.redo_action.isEnabled()


def test_save_a_copy_from_the_file_menu(qtbot, window, tmp_path, monkeypatch):
    """File ▸ Save a copy writes a complete project file beside the open one."""
    dest = tmp_path / "for-ben.thematic"
    monkeypatch.setattr(window_module, "ask_save_path", lambda *_args: str(dest))
    window.project.toggle(window.project.responses()[0].id, "t3", "ann")
    window.copy_action.trigger()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    with Project.open(dest) as copy:
        assert [(c.theme_id, len(copy.responses())) for c in copy.codings("ann")] == [("t3", 30)]


def test_crash_handler_logs_and_names_the_log_file(tmp_path):
    """An uncaught error is written with its traceback to the rotating log, and the dialog names that file."""
    shown: list[str] = []
    handler = CrashHandler(tmp_path / "log", show=shown.append).install()
    try:
        assert sys.excepthook == handler.handle
        try:
            raise RuntimeError("the slot broke")
        except RuntimeError as exc:
            handler.handle(type(exc), exc, exc.__traceback__)
    finally:
        handler.uninstall()
    log = (tmp_path / "log" / "thematic.log").read_text(encoding="utf-8")
    assert "RuntimeError: the slot broke" in log and "Traceback" in log
    assert len(shown) == 1 and str(tmp_path / "log" / "thematic.log") in shown[0]
    assert "RuntimeError: the slot broke" in shown[0]
    assert sys.excepthook != handler.handle


def test_a_project_in_a_sync_folder_is_warned_about_once(qtbot, tmp_path, settings, monkeypatch):
    """Opening a project inside a Dropbox folder warns once, naming the safe way; the second open is quiet."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    (tmp_path / "Dropbox").mkdir()
    path = build_project(str(tmp_path / "Dropbox" / "shared.thematic"))
    win = window_module.MainWindow(settings)
    qtbot.addWidget(win)
    assert win.open_project(path, coder="ann")
    assert win.open_project(path, coder="ann")
    assert len(shown) == 1 and "a Dropbox folder" in shown[0] and "Save a copy" in shown[0]
