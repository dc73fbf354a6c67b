"""The response table: a Qt model over plain tuples, with its own fast filtering and sorting."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygon

from app.core.models import Theme
from app.project.queries import ResponseLine

UNCODED, CODED, NONE_APPLIES = "uncoded", "coded", "no theme"
PREVIEW_CHARS = 240
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ResponseFilter:
    """What the table shows: a status, a theme, a text search and an attribute value (all optional)."""

    status: str = ""  # "", UNCODED, CODED or NONE_APPLIES
    theme_id: str = ""
    text: str = ""
    attribute: str = ""
    attribute_value: str = ""


class ResponsesModel(QAbstractTableModel):
    """Rows are indices into a list of (id, respondent id, external id, text) tuples; nothing per row is a widget."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[ResponseLine] = []
        self.decisions: dict[str, frozenset[str]] = {}
        self.others: dict[str, dict[str, frozenset[str]]] = {}
        self.theme_names: dict[str, str] = {}
        self.theme_colors: dict[str, str] = {}
        self.attribute_columns: list[tuple[str, dict[str, str]]] = []  # (name, respondent id -> value)
        self.visible: list[int] = []
        self._row_of_line: dict[int, int] = {}
        self._line_of_id: dict[str, int] = {}
        self._filter = ResponseFilter()
        self._folded: list[str] | None = None
        self.coded_count = 0
        self.memos: dict[str, str] = {}  # response id -> the memo text shown as the row's note mark
        self._memo_icon: QIcon | None = None

    # ----- loading ---------------------------------------------------------------------------------
    def load(self, lines: list[ResponseLine], decisions: dict[str, frozenset[str]]) -> None:
        """Replace every row (a new question or project)."""
        self.beginResetModel()
        self.lines = lines
        self.decisions = dict(decisions)
        self.others = {}
        self._line_of_id = {line[0]: i for i, line in enumerate(lines)}
        self._folded = None
        self.coded_count = sum(1 for line in lines if line[0] in self.decisions)
        self.visible = self._matching(self._filter)
        self._index_rows()
        self.endResetModel()

    def set_themes(self, themes: list[Theme]) -> None:
        """Remember theme names and colours for the Themes column."""
        self.theme_names = {t.id: t.name for t in themes}
        self.theme_colors = {t.id: t.color for t in themes}
        self._refresh_column(self.themes_column)

    def set_attribute_columns(self, columns: list[tuple[str, dict[str, str]]]) -> None:
        """Show these respondent attributes as extra columns."""
        self.beginResetModel()
        self.attribute_columns = columns
        self.endResetModel()

    def set_others(self, others: dict[str, dict[str, frozenset[str]]]) -> None:
        """Show other coders' themes (only when blind mode is off; empty hides the column's content)."""
        self.others = others
        self._refresh_column(self.others_column)

    def set_memos(self, memos: dict[str, str]) -> None:
        """Mark the answers that carry a memo (response id -> memo text, shown on hover)."""
        self.memos = memos
        self._refresh_column(2)

    def update_decisions(self, changed: dict[str, frozenset[str] | None]) -> None:
        """Apply new decisions of some responses (None = uncoded) and repaint just those rows."""
        for rid, themes in changed.items():
            before = rid in self.decisions
            if themes is None:
                self.decisions.pop(rid, None)
            else:
                self.decisions[rid] = themes
            if rid in self._line_of_id:
                self.coded_count += (themes is not None) - before
                row = self._row_of_line.get(self._line_of_id[rid])
                if row is not None:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # ----- filtering and sorting -------------------------------------------------------------------
    def apply_filter(self, flt: ResponseFilter) -> None:
        """Show only matching rows (a coded answer stays visible until the filter is applied again)."""
        self.beginResetModel()
        self._filter = flt
        self.visible = self._matching(flt)
        self._index_rows()
        self.endResetModel()

    def _matching(self, flt: ResponseFilter) -> list[int]:
        """Return the line indices that pass the filter, in the current order."""
        rows = range(len(self.lines))
        decisions = self.decisions
        if flt.status == UNCODED:
            rows = [i for i in rows if self.lines[i][0] not in decisions]
        elif flt.status == CODED:
            rows = [i for i in rows if decisions.get(self.lines[i][0])]
        elif flt.status == NONE_APPLIES:
            rows = [i for i in rows if decisions.get(self.lines[i][0], None) == frozenset()]
        if flt.theme_id:
            rows = [i for i in rows if flt.theme_id in decisions.get(self.lines[i][0], ())]
        if flt.text:
            if self._folded is None:
                self._folded = [line[3].casefold() for line in self.lines]
            needle = flt.text.casefold()
            rows = [i for i in rows if needle in self._folded[i] or needle in self.lines[i][2].casefold()]
        if flt.attribute:
            values = next((v for n, v in self.attribute_columns if n == flt.attribute), None) or {}
            rows = [i for i in rows if values.get(self.lines[i][1], "") == flt.attribute_value]
        return list(rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the visible rows by a column (Qt calls this when a header is clicked)."""
        key = self._sort_key(column)
        if key is None:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_lines = [(self.visible[i.row()], i.column()) for i in old]
        self.visible.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._index_rows()
        self.changePersistentIndexList(
            old, [self.index(self._row_of_line[line], col) for line, col in old_lines]
        )
        self.layoutChanged.emit()

    def _sort_key(self, column: int):
        """Return a key function over line indices for a column."""
        lines, _decisions = self.lines, self.decisions
        if column == 0:
            return lambda i: i
        if column == 1:
            return lambda i: _natural(lines[i][2])
        if column == 2:
            return lambda i: lines[i][3].casefold()
        if column == self.themes_column:
            return lambda i: self._themes_text(lines[i][0]).casefold()
        if column == self.status_column:
            return lambda i: self._status(lines[i][0])
        if column == self.others_column:
            return lambda i: str(sorted(self.others.get(lines[i][0], {})))
        values = self.attribute_columns[column - 3][1]
        return lambda i: _natural(values.get(lines[i][1], ""))

    def _index_rows(self) -> None:
        self._row_of_line = {line: row for row, line in enumerate(self.visible)}

    # ----- lookups for the workspace -----------------------------------------------------------------
    def response_at(self, row: int) -> ResponseLine | None:
        """Return the tuple shown on a visible row."""
        return self.lines[self.visible[row]] if 0 <= row < len(self.visible) else None

    def row_of(self, response_id: str) -> int | None:
        """Return the visible row of a response, or None when it is filtered out."""
        line = self._line_of_id.get(response_id)
        return None if line is None else self._row_of_line.get(line)

    def status_label(self, status: str) -> str:
        """Return the shown (translated) word for a status value."""
        return {
            UNCODED: self.tr("uncoded"),
            CODED: self.tr("coded"),
            NONE_APPLIES: self.tr("no theme"),
        }.get(status, status)

    def next_uncoded(self, after_row: int) -> int | None:
        """Return the next visible row without a decision, wrapping around once."""
        n = len(self.visible)
        for step in range(1, n + 1):
            row = (after_row + step) % n
            if self.lines[self.visible[row]][0] not in self.decisions:
                return row
        return None

    def decision(self, response_id: str) -> frozenset[str] | None:
        """Return this coder's themes of a response, an empty set for none applies, None if uncoded."""
        return self.decisions.get(response_id)

    # ----- Qt model interface ----------------------------------------------------------------------
    @property
    def themes_column(self) -> int:
        return 3 + len(self.attribute_columns)

    @property
    def status_column(self) -> int:
        return self.themes_column + 1

    @property
    def others_column(self) -> int:
        return self.themes_column + 2

    def headers(self) -> list[str]:
        """Return the column titles."""
        return [
            "#",
            self.tr("Respondent"),
            self.tr("Answer"),
            *(n for n, _ in self.attribute_columns),
            self.tr("Themes"),
            self.tr("Status"),
            self.tr("Other coders"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else 6 + len(self.attribute_columns)

    def progress_text(self) -> str:
        """Return the progress line: how many answers are coded, and how many the filter shows."""
        total, coded, shown = len(self.lines), self.coded_count, self.rowCount()
        pct = round(100 * coded / total) if total else 0
        extra = (
            ""
            if shown == total
            else self.tr(" · the filter shows %1 of %2 answers")
            .replace("%1", f"{shown:,}")
            .replace("%2", f"{total:,}")
        )
        return (
            self.tr("coded %1 of %2, %3%")
            .replace("%1", f"{coded:,}")
            .replace("%2", f"{total:,}")
            .replace("%3", str(pct))
            + extra
        )

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802 - Qt signature
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == 2:
            return self.tr("A yellow note marks an answer with a memo (Ctrl+M writes one, Esc returns)")
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            headers = self.headers()  # a title cut on a narrow list is read whole on hover
            return headers[section] if 0 <= section < len(headers) else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.visible):
            return None
        line_no = self.visible[index.row()]
        rid, respondent_id, external_id, text = self.lines[line_no]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(line_no + 1)
            if column == 1:
                return external_id
            if column == 2:
                return _preview(text)
            if column == self.themes_column:
                return self._themes_text(rid)
            if column == self.status_column:
                return self.status_label(self._status(rid))
            if column == self.others_column:
                return "; ".join(
                    f"{name}: {self._names(t) or '—'}" for name, t in sorted(self.others.get(rid, {}).items())
                )
            return self.attribute_columns[column - 3][1].get(respondent_id, "")
        if role == Qt.ItemDataRole.DecorationRole and column == 2 and rid in self.memos:
            if self._memo_icon is None:
                self._memo_icon = memo_icon()
            return self._memo_icon
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            long = text if len(text) > PREVIEW_CHARS or "\n" in text else None
            if rid in self.memos:
                return self.tr("Memo: %1").replace("%1", self.memos[rid]) + (f"\n\n{long}" if long else "")
            return long
        if role == Qt.ItemDataRole.ForegroundRole and column == self.status_column:
            status = self._status(rid)
            return (
                QColor("#8a8a8a")
                if status == UNCODED
                else QColor("#2e7d32")
                if status == CODED
                else QColor("#6d4c41")
            )
        if role == Qt.ItemDataRole.ForegroundRole and column == self.themes_column:
            themes = self.decisions.get(rid)
            return QColor(self.theme_colors.get(min(themes), "#333333")).darker(130) if themes else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _refresh_column(self, column: int) -> None:
        if self.visible:
            self.dataChanged.emit(self.index(0, column), self.index(len(self.visible) - 1, column))

    def _names(self, theme_ids: frozenset[str]) -> str:
        return ", ".join(sorted(self.theme_names.get(t, "?") for t in theme_ids))

    def themes_text(self, rid: str) -> str:
        """Return the Themes cell of a response: its theme names, sorted."""
        return self._themes_text(rid)

    def _themes_text(self, rid: str) -> str:
        return self._names(self.decisions.get(rid, frozenset()))

    def _status(self, rid: str) -> str:
        themes = self.decisions.get(rid)
        return UNCODED if themes is None else CODED if themes else NONE_APPLIES


def memo_icon(size: int = 14) -> QIcon:
    """Return the note mark of an answer with a memo: a yellow sheet with a folded corner."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fold = size // 3
    painter.setPen(QColor("#b08900"))
    painter.setBrush(QColor("#ffd54f"))
    painter.drawPolygon(
        QPolygon(
            [
                QPoint(1, 1),
                QPoint(size - 1 - fold, 1),
                QPoint(size - 2, fold),
                QPoint(size - 2, size - 2),
                QPoint(1, size - 2),
            ]
        )
    )
    painter.drawLine(3, size // 2, size - 4, size // 2)
    painter.drawLine(3, size // 2 + 3, size - 6, size // 2 + 3)
    painter.end()
    return QIcon(pixmap)


def _preview(text: str) -> str:
    """Return the answer on one line, cut to a length a table cell can show."""
    flat = " ".join(text.split()) if "\n" in text or "  " in text else text
    return flat if len(flat) <= PREVIEW_CHARS else flat[: PREVIEW_CHARS - 1] + "…"


def _natural(value: str) -> tuple:
    """Sort '2' before '10' while keeping text sortable."""
    return (0, int(value), "") if value.isdigit() else (1, 0, value.casefold())
