"""Entry point of the desktop app: `thematic` with no command calls run_gui."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.gui.crash_log import CrashHandler
from app.gui.settings import AppSettings
from app.gui.style import apply_style
from app.gui.translation import chosen_language, install_translator
from app.gui.window import MainWindow


def build_window(argv: list[str], settings: AppSettings | None = None) -> MainWindow:
    """Make the main window and open the demo, the project named on the command line, or the last one."""
    window = MainWindow(settings or AppSettings())
    if "--demo" in argv:  # `thematic demo`
        window.open_demo()
        return window
    target = next((a for a in argv if not a.startswith("-")), None) or window.settings.last_project()
    if target and (Path(target).exists() or "://" in target):
        window.open_project(target)
    return window


def run_gui(argv: list[str]) -> int:
    """Start the Qt event loop; returns the process exit code."""
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Thematic")
    app.setOrganizationName("Thematic")
    apply_style(app)
    install_translator(app, chosen_language())
    crashes = CrashHandler().install()
    window = build_window(argv)
    window.show()
    try:
        return app.exec()
    finally:
        crashes.uninstall()


if __name__ == "__main__":
    raise SystemExit(run_gui(sys.argv[1:]))
