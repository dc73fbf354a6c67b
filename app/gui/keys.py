"""Window-wide keyboard shortcuts for dialogs, so keys work wherever the focus is inside them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def add_window_shortcut(widget: QWidget, key: str, slot: Callable[[], object]) -> QAction:
    """Bind a key to a slot for the whole window of `widget`."""
    action = QAction(widget)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    widget.addAction(action)
    return action
