"""The error banner above an open project: a refused step stays said until the user dismisses it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class ErrorBanner(QFrame):
    """A red strip with the last error and a close button; hidden until an error comes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setStyleSheet(
            "QFrame#errorBanner { margin: 6px 8px 2px 8px; background: #fce8e6; border: 1px solid #f4c7c3; border-radius: 4px; }"
            "QFrame#errorBanner QLabel { color: #8c1d18; }"
        )
        self.icon = QLabel("⚠")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count = 0
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss this message"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(self.icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_error(self, text: str) -> None:
        """Show an error (the newest replaces the one before; the count says how many came)."""
        self.count += 1
        more = self.tr(" (%n messages)", "", self.count) if self.count > 1 else ""
        self.message.setText(text + more)
        self.show()

    def dismiss(self) -> None:
        """Hide the banner until the next error."""
        self.count = 0
        self.message.clear()
        self.hide()
