"""Entry point of the desktop app: `thematic` with no command (or with a project) calls run_gui."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NO_DISPLAY = "no display available: use the command line, e.g. `thematic --help`"
SMOKE_SCREENSHOT = "THEMATIC_SMOKE_SCREENSHOT"  # open, save the first window as PNG, print its menus, quit


def display_available(environ: dict[str, str] | None = None, platform: str = sys.platform) -> bool:
    """Tell whether Qt can open a window; X11/Wayland systems need a display, or an explicit QPA platform."""
    env = os.environ if environ is None else environ
    if platform.startswith(("win", "darwin", "cygwin")) or env.get("QT_QPA_PLATFORM"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def build_window(argv: list[str], settings=None):
    """Make the main window and open the demo, the project named on the command line, or the last one."""
    from app.gui.settings import AppSettings
    from app.gui.window import MainWindow

    window = MainWindow(settings or AppSettings())
    if "--demo" in argv:  # `thematic demo`
        window.open_demo()
        return window
    target = next((a for a in argv if not a.startswith("-")), None) or window.settings.last_project()
    if target and (Path(target).exists() or "://" in target):
        window.open_project(target)
    return window


def run_gui(argv: list[str]) -> int:
    """Start the Qt event loop; returns the process exit code (1 with one line when there is no display)."""
    if not display_available():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from app.gui.crash_log import CrashHandler
    from app.gui.icons import app_icon
    from app.gui.style import apply_style
    from app.gui.translation import chosen_language, install_translator

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Thematic")
    app.setOrganizationName("Thematic")
    app.setDesktopFileName("thematic")
    app.setWindowIcon(app_icon())
    apply_style(app)
    install_translator(app, chosen_language())
    crashes = CrashHandler().install()
    window = build_window(argv)
    app.installEventFilter(file_open_filter(window))
    window.show()
    smoke_path = os.environ.get(SMOKE_SCREENSHOT)
    try:
        return _smoke_and_quit(app, window, smoke_path) if smoke_path else app.exec()
    finally:
        crashes.uninstall()


def file_open_filter(window):
    """Return an event filter that opens projects macOS hands over as FileOpen events (Finder, Dock)."""
    from PySide6.QtCore import QEvent, QObject

    class FileOpenFilter(QObject):
        """A double-clicked project reaches a running app as an event, not as an argument."""

        def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt override
            if event.type() != QEvent.Type.FileOpen:
                return False
            window.open_project(event.file() or event.url().toString())
            return True

    return FileOpenFilter(window)


def _smoke_and_quit(app, window, path: str) -> int:
    """Save the first painted window and print its title and menus, so a frozen build can be checked headless."""
    app.processEvents()
    saved = window.grab().save(path, "PNG")
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    print(f"window: {window.windowTitle()} | menus: {' '.join(menus)}")
    window.close()
    app.processEvents()
    return 0 if saved else 1


if __name__ == "__main__":
    raise SystemExit(run_gui(sys.argv[1:]))
