"""The history dialog: the audit trail (who, what, when), filterable, with undo of one's own last steps."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.audit_trail import TrailEvent
from app.gui.style import fit_to_screen
from app.gui.table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
HISTORY_LIMIT = 2000


class HistoryModel(RowTableModel):
    """Audit-trail events, newest first: when, who, what; undone steps greyed."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[TrailEvent] = []

    def headers(self) -> list[str]:
        """Return the column titles."""
        return [self.tr("When"), self.tr("Coder"), self.tr("What")]

    def set_rows(self, rows: list[TrailEvent]) -> None:
        """Show these events."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = event.at.replace("T", " ").split("+")[0]
            label = event.label + (self.tr("  (undone)") if event.undone else "")
            return (when, event.coder or "—", label)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and event.undone:
            return QColor("#9aa0a6")
        return None


class HistoryDialog(QDialog):
    """Lists the project's audit trail; the filter matches coder and action text; Undo reverts one's own last step."""

    def __init__(self, project, coder: str, undo: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project, self.coder, self.undo = project, coder, undo
        self.setWindowTitle(self.tr("History"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by coder or action…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _t: self.show_events())
        self.mine = QCheckBox(self.tr("Only my steps"))
        self.mine.toggled.connect(lambda _on: self.show_events())
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_mine)
        self.count = QLabel()
        self.count.setStyleSheet("color: #5f6368;")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.mine)
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.count, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        fit_to_screen(self, 760, 520)
        self.reload()

    def reload(self) -> None:
        """Re-read the audit trail and this coder's next undo."""
        self.events = self.project.history(HISTORY_LIMIT)
        label = self.project.undo_label(self.coder)
        self.undo_button.setText(
            self.tr("Undo my last step: %1").replace("%1", label)
            if label
            else self.tr("Nothing of mine to undo")
        )
        self.undo_button.setEnabled(label is not None)
        self.show_events()

    def show_events(self) -> None:
        """Show the events matching the filter (and only this coder's when asked)."""
        words = self.filter.text().casefold().split()
        rows = [
            e
            for e in self.events
            if (not self.mine.isChecked() or e.coder == self.coder)
            and all(w in f"{e.coder} {e.label} {e.action}".casefold() for w in words)
        ]
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n step(s) shown", "", len(rows)))

    def undo_mine(self) -> None:
        """Undo this coder's last step (through the window, so every view refreshes), then re-read."""
        self.undo()
        self.reload()
