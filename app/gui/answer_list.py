"""The coding workspace's list of answers: a sortable table whose columns fit their contents, answers first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.gui.responses_model import CODED, NONE_APPLIES, UNCODED, ResponsesModel

CAPS = {"respondent": 14, "attribute": 12, "themes": 22}  # widest a column is sized, in characters
SHARES = {"respondent": 0.14, "themes": 0.2}  # most of a narrow list (large text, 200%) these may take
ANSWER_ROOM = 0.4  # below this share of the list for the answers, Respondent and Themes give way to SHARES


class AnswerList(QTableView):
    """One row per answer: number, respondent, answer (stretching), attributes, themes, status, others."""

    def __init__(self, model: ResponsesModel) -> None:
        super().__init__()
        self.responses = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setColumnWidth(0, 56)
        self.setColumnWidth(1, 96)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def size_columns(self) -> None:
        """Size the columns to their contents within CAPS; the Answer column stretches over the rest (also at 200%)."""
        fm = self.fontMetrics()
        pad = 28  # cell padding of the style sheet, the grid line and a little air
        header = self.horizontalHeader()
        bold = QFont(header.font())
        bold.setWeight(QFont.Weight.DemiBold)
        hm = QFontMetrics(bold)

        def fit(column: int, texts, cap: int | None) -> None:
            title = self.responses.headerData(column, Qt.Orientation.Horizontal) or ""
            widest = max((fm.horizontalAdvance(t) for t in texts), default=0)
            if cap is not None:
                widest = min(widest, fm.horizontalAdvance("0" * cap))
            self.setColumnWidth(column, max(widest + pad, hm.horizontalAdvance(str(title)) + 24))

        lines = self.responses.lines
        sample = lines[:: max(1, len(lines) // 2000)]  # 10,000s of rows: a sample
        fit(0, ["0" * max(4, len(str(len(self.responses.lines))))], None)  # digits are equally wide
        fit(1, [line[2] for line in sample], CAPS["respondent"])
        for column in range(3, self.responses.themes_column):
            values = self.responses.attribute_columns[column - 3][1]
            fit(column, [values.get(line[1], "") for line in sample], CAPS["attribute"])
        fit(self.responses.themes_column, self._sample_theme_texts(sample), CAPS["themes"])
        fit(
            self.responses.status_column,
            [self.responses.status_label(s) for s in (UNCODED, CODED, NONE_APPLIES)],
            None,
        )
        self.setColumnWidth(self.responses.others_column, fm.horizontalAdvance("0" * 22))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.leave_room_for_answers()

    def widen_themes_column(self, texts: list[str]) -> None:
        """Widen the Themes column (never past its cap) when a coding gave an answer longer theme names."""
        fm = self.fontMetrics()
        widest = min(
            max((fm.horizontalAdvance(t) for t in texts), default=0),
            fm.horizontalAdvance("0" * CAPS["themes"]),
        )
        column = self.responses.themes_column
        if widest + 28 > self.columnWidth(column):
            self.setColumnWidth(column, widest + 28)
            self.leave_room_for_answers()

    def _sample_theme_texts(self, sample) -> list[str]:
        """Return the Themes cells of the sampled rows (empty while nothing is coded)."""
        return [
            self.responses.themes_text(line[0]) for line in sample if self.responses.decisions.get(line[0])
        ]

    def leave_room_for_answers(self) -> None:
        """When answers get less than ANSWER_ROOM of the list, narrow Respondent and Themes to their SHARES."""
        width = self.viewport().width()
        if width <= 1:
            return
        others = sum(
            self.columnWidth(c)
            for c in range(self.responses.columnCount())
            if c != 2 and not self.isColumnHidden(c)
        )
        if width - others >= width * ANSWER_ROOM:  # the answers have their room: sizes to contents stand
            return
        header = self.horizontalHeader().fontMetrics()
        for column, share in ((1, SHARES["respondent"]), (self.responses.themes_column, SHARES["themes"])):
            title = str(self.responses.headerData(column, Qt.Orientation.Horizontal) or "")
            whole = header.horizontalAdvance(title) + 32  # the title whole, unless the answers would starve
            limit = max(48, int(width * share), whole if width * share * 1.4 >= whole else 0)
            if self.columnWidth(column) > limit:
                self.setColumnWidth(column, limit)
