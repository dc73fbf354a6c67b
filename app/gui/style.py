"""The window's look: the Fusion style with a calm palette and a few named panel titles."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

STYLE_SHEET = """
QLabel#panelTitle { font-weight: 600; color: #3c4043; padding: 2px 0; }
QLabel#progressLine { color: #3c4043; padding: 2px 2px; }
QTableView { gridline-color: #ececec; selection-background-color: #d2e3fc; selection-color: #202124; }
QTableView::item { padding: 0 6px; }
QHeaderView::section { padding: 4px 6px; border: none; border-bottom: 1px solid #dadce0;
                       background: #f8f9fa; font-weight: 600; color: #3c4043; }
QListWidget { border: 1px solid #dadce0; border-radius: 4px; }
QListWidget::item { padding: 3px 4px; }
QTabBar::tab { padding: 6px 18px; }
"""


def apply_style(app: QApplication) -> None:
    """Give every platform the same tidy look."""
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)


def clamp_to_screen(rect: QRect, available: QRect) -> QRect:
    """Return `rect` shrunk and moved so it lies wholly on the available screen area."""
    width = min(rect.width(), available.width())
    height = min(rect.height(), available.height())
    x = min(max(rect.x(), available.left()), available.right() - width + 1)
    y = min(max(rect.y(), available.top()), available.bottom() - height + 1)
    return QRect(x, y, width, height)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize a window to a preferred size, but never beyond 95% of the screen it is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    available = screen.availableGeometry()
    widget.resize(min(width, int(available.width() * 0.95)), min(height, int(available.height() * 0.95)))
