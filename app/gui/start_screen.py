"""The start screen: new project, open, recent projects, or the demo survey."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.gui.passwords import display_target

BUTTON_AIR = 24  # space left and right of a start button's words


class StartScreen(QWidget):
    """Offers the ways to get to a project; the window does the opening."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("Thematic")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        subtitle = QLabel(self.tr("Code open-ended survey answers into themes, compare coders, report."))
        subtitle.setStyleSheet("color: #5f6368;")
        subtitle.setWordWrap(True)  # Kazakh and Russian run past the card otherwise
        subtitle.setObjectName("startSubtitle")
        buttons = QVBoxLayout()
        buttons.setSpacing(8)
        for text, signal in (
            (self.tr("New project…"), self.new_requested),
            (self.tr("Open project…"), self.open_requested),
            (self.tr("Open the demo survey"), self.demo_requested),
        ):
            button = QPushButton(text)
            button.setObjectName("startButton")
            button.setStyleSheet("QPushButton#startButton { padding: 6px 18px; }")
            button.setMinimumHeight(34)
            # as wide as its words need in any language and font (Russian and Kazakh run long), never cut
            button.setMinimumWidth(max(180, button.fontMetrics().horizontalAdvance(text) + 2 * BUTTON_AIR))
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        recent_title = QLabel(self.tr("Recent projects"))
        recent_title.setObjectName("panelTitle")
        self.recent = QListWidget()
        self.recent.setMinimumWidth(220)
        self.recent.setSpacing(2)
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.empty = QLabel(self.tr("Projects you open appear here."))
        self.empty.setStyleSheet("color: #80868b;")
        recent_title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        recent_box = QVBoxLayout()
        recent_box.setSpacing(6)
        recent_box.addWidget(recent_title)
        recent_box.addWidget(self.recent, 1)
        recent_box.addWidget(self.empty)
        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addLayout(buttons)
        columns.addLayout(recent_box, 1)
        card = QFrame()
        card.setObjectName("startCard")
        card.setMaximumWidth(820)
        card.setStyleSheet("#startCard { background: white; border: 1px solid #dadce0; border-radius: 8px; }")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(6)
        inner.addWidget(title)
        inner.addWidget(subtitle)
        inner.addSpacing(20)
        inner.addLayout(columns, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addStretch(1)
        outer.addLayout(row, 6)
        outer.addStretch(1)

    def set_recent(self, targets: list[str]) -> None:
        """List recent projects by name, with the full path beneath."""
        self.recent.clear()
        for target in targets:
            shown = display_target(target)  # a URL is listed without its password
            name = Path(target).stem if "://" not in target else shown.split("?")[0].rsplit("/", 1)[-1]
            item = QListWidgetItem(f"{name}\n{shown}")
            item.setData(Qt.ItemDataRole.UserRole, target)
            item.setToolTip(shown)
            self.recent.addItem(item)
        self.empty.setVisible(not targets)
