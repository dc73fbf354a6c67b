"""The rows of the suggestion review queue: a read-only model of pending suggestions, its table and detail box."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QTableView, QWidget

from app.core.models import Theme
from app.core.suggestion_queue import QueuedSuggestion
from app.gui.review_widgets import review_table
from app.gui.suggestions import phrase_reason
from app.gui.table_model import RowTableModel
from app.gui.theme_panel import color_icon

Index = QModelIndex | QPersistentModelIndex
Pair = tuple[str, str]  # (response id, theme id)


def reason_lines(row: QueuedSuggestion) -> list[str]:
    """Phrase a queued suggestion's reasons in the interface language, one line each."""
    return [phrase_reason(r) for r in row.reasons] or ([row.reason] if row.reason else [])


class ReviewQueueModel(RowTableModel):
    """Pending suggestions, best score first: answer, theme (with its colour), score and reason; read-only."""

    ANSWER, THEME, SCORE, REASON = range(4)

    def headers(self) -> list[str]:
        """Return the column titles in the interface language."""
        return [self.tr("Answer"), self.tr("Theme"), self.tr("Score"), self.tr("Reason")]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[QueuedSuggestion] = []
        self.texts: dict[str, str] = {}
        self.themes: dict[str, Theme] = {}

    def set_rows(
        self, rows: Sequence[QueuedSuggestion], texts: dict[str, str], themes: dict[str, Theme]
    ) -> None:
        """Show a fresh list of suggestions, sorted by score (highest first), then by theme and answer."""
        self.beginResetModel()
        self.texts, self.themes = texts, themes
        self.rows = sorted(
            rows,
            key=lambda r: (-r.score, self._theme_name(r.theme_id), texts.get(r.response_id, "")),
        )
        self.endResetModel()

    def pair(self, row: int) -> Pair | None:
        """Return the (response id, theme id) shown in a row, or None outside the table."""
        if 0 <= row < len(self.rows):
            return self.rows[row].response_id, self.rows[row].theme_id
        return None

    def pairs(self) -> list[Pair]:
        """Return every pair shown, in table order."""
        return [(r.response_id, r.theme_id) for r in self.rows]

    def remove_pairs(self, pairs: Sequence[Pair]) -> None:
        """Take reviewed suggestions out of the table, row by row so selections elsewhere survive."""
        gone = set(pairs)
        doomed = [i for i, r in enumerate(self.rows) if (r.response_id, r.theme_id) in gone]
        for row in reversed(doomed):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    # ----- Qt model interface -----------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        text = self.texts.get(row.response_id, "")
        if role == Qt.ItemDataRole.DisplayRole:
            reason = "  ·  ".join(reason_lines(row))
            return (" ".join(text.split()), self._theme_name(row.theme_id), f"{row.score:.2f}", reason)[
                column
            ]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.REASON:
                return "\n".join(reason_lines(row)) or None
            return text if column == self.ANSWER else None
        if role == Qt.ItemDataRole.DecorationRole and column == self.THEME:
            theme = self.themes.get(row.theme_id)
            return color_icon(theme.color) if theme else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SCORE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.REASON:
            return QColor("#5f6368")
        return None

    def _theme_name(self, theme_id: str) -> str:
        theme = self.themes.get(theme_id)
        return theme.name if theme else theme_id


def queue_table(model: QAbstractTableModel) -> QTableView:
    """The review table, with several rows selectable (Shift/Ctrl) and Tab leaving it."""
    table = review_table(model)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    table.setColumnWidth(ReviewQueueModel.THEME, 150)
    table.setColumnWidth(ReviewQueueModel.SCORE, 64)
    table.setColumnWidth(ReviewQueueModel.REASON, 300)
    return table


class QueueDetail(QPlainTextEdit):
    """The box under the queue: the whole answer and why its theme was suggested, or how many rows are selected.

    It scrolls when a long answer and its reasons do not fit (a short screen gives the queue the room).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(3 * self.fontMetrics().lineSpacing() + 16)
        self.setStyleSheet(
            "QPlainTextEdit { background: #fffdf7; border: 1px solid #e0ddd3; border-radius: 4px;"
            " padding: 2px 4px; color: #202124; }"
        )

    def text(self) -> str:
        """Return what the box shows."""
        return self.toPlainText()

    def show_selection(self, selected: int, row: QueuedSuggestion | None, text: str) -> None:
        """Show one selected suggestion's answer and reason, or the count of several; hidden when none is."""
        self.setVisible(selected > 0)
        if row is None:
            self.setPlainText(
                self.tr("%n suggestion(s) selected: A accepts them all, R rejects them all.", "", selected)
                if selected > 1
                else ""
            )
            return
        why = self.tr("Why: %1").replace("%1", "\n".join(reason_lines(row)) or self.tr("no reason given"))
        self.setPlainText(text + "\n\n" + why)
