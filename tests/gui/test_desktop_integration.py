"""Desktop integration in the window: `thematic PROJECT`, the icon set, Help > About with the notices."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from app.gui.about import NOTICES, AboutDialog
from app.gui.icons import ICON_DIR, SIZES, png_path
from app.gui.settings import AppSettings
from app.project import Project

ROOT = Path(__file__).resolve().parent.parent.parent


def test_help_about_shows_the_version_and_the_notices(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QLabel

    from app import __version__
    from app.gui.window import MainWindow

    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window = MainWindow(AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    help_menu = window.menuBar().actions()[-1].menu()
    about = next(a for a in help_menu.actions() if a.text() == "&About Thematic")
    about.trigger()
    dialog = shown[0]
    assert "LGPL-3.0-only" in dialog.notices.toPlainText()
    assert dialog.notices.toPlainText() == NOTICES.read_text(encoding="utf-8")
    assert any(f"Thematic {__version__}" in label.text() for label in dialog.findChildren(QLabel))


def test_the_icon_set_has_every_size_rendered_from_the_svg():
    from PySide6.QtGui import QImage

    root = ET.parse(ICON_DIR / "thematic.svg").getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 256 256"
    for size in SIZES:
        image = QImage(str(png_path(size)))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # the page, not transparency
        assert image.pixelColor(0, 0).alpha() == 0  # rounded corners


def test_thematic_project_opens_it_in_the_window(tmp_path):
    project = tmp_path / "study.thematic"
    Project.create(str(project), title="Field study").close()
    config = tmp_path / "config"
    AppSettings(config / "Thematic" / "Thematic.ini").set_coder_for(str(project), "aigerim")
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(config),
        "HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "THEMATIC_LANG": "en",
        "THEMATIC_SMOKE_SCREENSHOT": str(tmp_path / "window.png"),
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [sys.executable, "-m", "app", str(project)], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "window: Field study — aigerim — Thematic |" in result.stdout
    assert (tmp_path / "window.png").stat().st_size > 1000


def test_a_file_open_event_opens_the_project(qtbot, tmp_path):
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from app.gui.main import build_window, file_open_filter

    project = tmp_path / "handed.thematic"
    Project.create(str(project), title="Handed over").close()
    settings = AppSettings(tmp_path / "settings.ini")
    settings.set_coder_for(str(project), "dana")
    window = build_window([], settings)
    qtbot.addWidget(window)
    app = QApplication.instance()
    event_filter = file_open_filter(window)
    app.installEventFilter(event_filter)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(project)))
    finally:
        app.removeEventFilter(event_filter)
    assert window.project is not None and window.project.title == "Handed over"
    assert window.coder == "dana"
    window.close_project()
