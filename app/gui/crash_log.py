"""Unexpected errors in the window: logged to a rotating file, shown in a dialog naming that file."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QtMsgType, QUrl, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from app.gui.live_updates import connection_lost
from app.project.outcomes import ConnectionLostError

LOG_NAME = "thematic.log"
QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def log_folder() -> Path:
    """The platform's log folder for Thematic (e.g. ~/.local/state/Thematic/log on Linux)."""
    from platformdirs import user_log_dir

    return Path(user_log_dir("Thematic", "Thematic"))


def open_log_folder() -> None:
    """Help ▸ Open log folder: show the folder in the system's file manager."""
    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _show_dialog(text: str) -> None:
    """Tell the user in a dialog (when a window can be shown)."""
    app = QApplication.instance()
    if app is not None:
        QMessageBox.critical(app.activeWindow(), "Thematic", text)


class CrashHandler:
    """Catches what nothing else caught (Python exceptions in slots, Qt's own warnings) and logs it."""

    def __init__(self, folder: Path | None = None, show: Callable[[str], None] = _show_dialog) -> None:
        self.folder = folder or log_folder()
        self.log_file = self.folder / LOG_NAME
        self.show = show
        self.logger = logging.getLogger("thematic")
        self._handler: RotatingFileHandler | None = None
        self._previous_hook = sys.excepthook

    def install(self) -> CrashHandler:
        """Start logging to the rotating file and route uncaught errors and Qt messages here."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self._handler = RotatingFileHandler(
            self.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        self._handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger()
        root.addHandler(self._handler)
        root.setLevel(min(root.level or logging.INFO, logging.INFO))
        sys.excepthook = self.handle
        qInstallMessageHandler(self.qt_message)
        return self

    def uninstall(self) -> None:
        """Put the previous hooks back (tests, and a clean exit)."""
        sys.excepthook = self._previous_hook
        qInstallMessageHandler(None)
        if self._handler is not None:
            logging.getLogger().removeHandler(self._handler)
            self._handler.close()
            self._handler = None

    def handle(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        """Log an uncaught exception with its traceback and tell the user where the details are."""
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, error, trace)
            return
        if issubclass(kind, ConnectionLostError) and connection_lost(str(error)):
            self.logger.warning("lost the database server in a view: %s", error)
            return  # expected: the window's banner says so and it reconnects
        self.logger.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, trace)))
        first = (str(error).strip().splitlines() or [""])[0]
        self.show(
            QApplication.translate(
                "CrashHandler",
                "Something went wrong inside Thematic: %1. What you saved is kept and the project "
                "stays open. The details are in %2; please send that file with a note of what you did.",
            )
            .replace("%1", f"{kind.__name__}: {first}" if first else kind.__name__)
            .replace("%2", str(self.log_file))
        )

    def qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        """Keep Qt's own warnings in the log instead of losing them on a terminal nobody sees."""
        where = f" ({context.file}:{context.line})" if context.file else ""
        self.logger.log(QT_LEVELS.get(kind, logging.WARNING), "Qt: %s%s", message, where)
