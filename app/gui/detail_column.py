"""The panels beside the answer list: answer, memo, themes and suggestions, stacked in a splitter that scrolls.

On a short screen (1366×768 at 200% leaves 384 points) the panels cannot all get their room at once; rather
than squeeze the theme list to a couple of rows, the column keeps each panel usable (the themes at least
THEME_ROWS rows) and scrolls as a whole.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QWidget

from app.gui.answer_view import AnswerView
from app.gui.memo_panel import MemoPanel
from app.gui.suggestions import SuggestionsPanel
from app.gui.theme_panel import ThemePanel

PANEL_SHARES = (0.22, 0.14, 0.42, 0.22)  # answer, memo, themes, suggestions: of the detail's height
THEME_ROWS = 8  # the theme list is never shorter than this many rows (or all of them, when fewer)


class DetailColumn(QScrollArea):
    """Holds the four panels; `moved` says the coder dragged a handle (sizes are then theirs to keep)."""

    moved = Signal()

    def __init__(
        self,
        answer: AnswerView,
        memo: MemoPanel,
        themes: ThemePanel,
        suggestions: SuggestionsPanel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.memo, self.themes, self.theme_list = memo, themes, themes.list
        line = self.fontMetrics().height()
        for box in (memo.editor, suggestions.list):
            box.setMinimumHeight(2 * line + 12)
        answer.text.setMinimumHeight(3 * answer.text.fontMetrics().lineSpacing() + 24)
        narrow = self.fontMetrics().horizontalAdvance("0" * 24)
        for panel in (answer, memo, themes, suggestions):
            panel.setMinimumWidth(narrow)  # long titles and hints are cut rather than squeezing the list
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        for panel, stretch in ((answer, 3), (memo, 0), (themes, 3), (suggestions, 2)):
            self.splitter.addWidget(panel)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(lambda _pos, _index: self.moved.emit())
        self.setWidget(self.splitter)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fit_theme_rows()

    def fit_theme_rows(self) -> None:
        """Keep THEME_ROWS rows of the theme list in view (fewer when the codebook has fewer themes)."""
        lst = self.theme_list
        rows = max(2, min(THEME_ROWS, lst.count() or THEME_ROWS))
        row = (lst.sizeHintForRow(0) if lst.count() else lst.fontMetrics().height() + 8) + 2 * lst.spacing()
        lst.setMinimumHeight(rows * row + 2 * lst.frameWidth())

    def scrolls(self) -> bool:
        """Whether the screen is too short for every panel at its least, so the column scrolls."""
        return self.verticalScrollBar().maximum() > 0

    def show_themes(self) -> None:
        """Scroll the theme panel (its title, list and quick pick) into view."""
        self.ensureWidgetVisible(self.themes, 0, 0)

    def sizes(self) -> list[int]:
        """Return the panels' heights."""
        return self.splitter.sizes()

    def proportion(self) -> None:
        """Share the column's height by PANEL_SHARES; the memo never grows past its few lines."""
        height = max(1, self.splitter.height())
        memo_most = self.memo.sizeHint().height()
        sizes = [round(height * share) for share in PANEL_SHARES]
        if sizes[1] > memo_most:  # the themes get what the memo does not need
            sizes[2] += sizes[1] - memo_most
            sizes[1] = memo_most
        self.splitter.setSizes(sizes)
