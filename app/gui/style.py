"""The window's look: the Fusion style with a calm palette and a few named panel titles."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

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
