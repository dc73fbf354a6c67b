"""The row of controls above the response table: question, status, theme, attribute and text filters."""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from app.core.models import Question, Theme
from app.gui.responses_model import CODED, NONE_APPLIES, UNCODED, ResponseFilter
from app.gui.theme_panel import fill_theme_combo


class FilterBar(QWidget):
    """Emits the chosen question and the response filter; knows nothing about the project."""

    question_changed = Signal(str)
    filter_changed = Signal(object)  # ResponseFilter
    attribute_chosen = Signal(str)  # the workspace loads that attribute's values

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = QComboBox()
        self.question.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.question.setMinimumContentsLength(14)
        self.question.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.status = QComboBox()
        for text, value in (
            (self.tr("All answers"), ""),
            (self.tr("Uncoded"), UNCODED),
            (self.tr("Coded"), CODED),
            (self.tr("No theme applies"), NONE_APPLIES),
        ):
            self.status.addItem(text, value)
        self.theme = QComboBox()
        self.theme.setMinimumContentsLength(9)
        self.attribute = QComboBox()
        self.attribute.setMinimumContentsLength(7)
        self.value = QComboBox()
        self.value.setMinimumContentsLength(7)
        for combo in (
            self.status,
            self.theme,
            self.attribute,
            self.value,
        ):  # long names never widen the window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(4)
        # measured in the combos' own font once shown (_fit_entries): the first entries ("All answers", "Any
        # theme", "Any respondent") whole in every language, and on one row every status entry whole
        self._status_whole = self._status_least = 0
        self.value.setEnabled(False)
        self.value.hide()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search answers…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(110)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._emit_filter)
        self.question_row = QHBoxLayout()
        self.question_row.setSpacing(6)
        self.question_row.addWidget(QLabel(self.tr("Question")))
        self.question_row.addWidget(self.question, 1)
        self.show_row = QHBoxLayout()
        self.show_row.setSpacing(6)
        self.show_row.addWidget(QLabel(self.tr("Show")))
        for widget in (self.status, self.theme, self.attribute, self.value):
            self.show_row.addWidget(widget)
        self.show_row.addWidget(self.search, 2)
        # one row where it fits; on a narrow window (1366×768 at 200%) the filters go under the question
        self.rows = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(12)
        self.rows.addLayout(self.question_row)
        self.rows.addLayout(self.show_row)
        self.question.currentIndexChanged.connect(self._on_question)
        for combo in (self.status, self.theme, self.value):
            combo.currentIndexChanged.connect(self._emit_filter)
        self.attribute.currentIndexChanged.connect(self._on_attribute)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self._updating = False

    def one_row_width(self) -> int:
        """Return the width the bar needs to hold the question and the filters side by side."""
        return self._row_widths(self._status_whole, False)[0]

    def _row_widths(self, status: int, two: bool) -> tuple[int, int]:
        """The least widths of one row (two=False: its total), or of the question row and the show row."""
        search = self.search.minimumSizeHint().width() + self.show_row.spacing()
        here = self.is_two_rows()  # where the search is now
        question = self.question_row.minimumSize().width() - (search if here else 0)
        show = self._show_row_width(status) - (0 if here else search)
        if not two:
            return question + 12 + show + search, 0
        return question + search, show

    def _fit_entries(self) -> None:
        """Make the first entries fit whole, and measure the status box with all its entries or its first."""
        for combo, text in ((self.theme, self.tr("Any theme")), (self.attribute, self.tr("Any respondent"))):
            combo.setMinimumWidth(_whole_width(combo, text))
        texts = [self.status.itemText(i) for i in range(self.status.count())]
        self._status_whole = max(_whole_width(self.status, t) for t in texts)
        self._status_least = _whole_width(self.status, texts[0])
        self.status.setMinimumWidth(self._status_least if self.is_two_rows() else self._status_whole)

    def _show_row_width(self, status: int) -> int:
        """The show row's least width with the status box `status` wide."""
        return self.show_row.minimumSize().width() - self.status.minimumWidth() + status

    def is_two_rows(self) -> bool:
        """Whether the filters are shown under the question (the bar is too narrow for one row)."""
        return self.rows.direction() == QBoxLayout.Direction.TopToBottom

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the wider of the two rows: below one row's width the bar folds in two."""
        width = max(self._row_widths(self._status_least, True))
        return QSize(width, self.rows.minimumSize().height())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._fit_entries()
        self.updateGeometry()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if not self._status_whole:
            self._fit_entries()
        wanted = (
            QBoxLayout.Direction.TopToBottom
            if self.width() < self.one_row_width()
            else QBoxLayout.Direction.LeftToRight
        )
        if self.rows.direction() != wanted:
            self.rows.setDirection(wanted)
            two = wanted == QBoxLayout.Direction.TopToBottom
            self.rows.setSpacing(4 if two else 12)
            self.status.setMinimumWidth(self._status_least if two else self._status_whole)
            (self.show_row if two else self.question_row).removeWidget(self.search)
            target = self.question_row if two else self.show_row  # folded: the search goes by the question
            target.addWidget(self.search, 1 if two else 2)
            self.show_row.setStretchFactor(self.attribute, 1 if two else 0)  # the filters keep to the left
            self.updateGeometry()

    def set_questions(self, questions: list[Question]) -> None:
        """Fill the question selector (keeps the current one when it still exists)."""
        current = self.question.currentData()
        self._updating = True
        self.question.clear()
        for q in questions:
            label = q.key if not q.text or q.text == q.key else f"{q.key} — {q.text}"
            self.question.addItem(label, q.id)
            self.question.setItemData(self.question.count() - 1, q.text or q.key, 3)  # tooltip
        index = self.question.findData(current)
        self._updating = False
        self.question.setCurrentIndex(index if index >= 0 else 0 if questions else -1)
        if index < 0 and questions:
            self._on_question()

    def set_themes(self, themes: list[Theme]) -> None:
        """Offer each theme as a filter."""
        current = self.theme.currentData()
        self._updating = True
        self.theme.clear()
        self.theme.addItem(self.tr("Any theme"), "")
        fill_theme_combo(self.theme, themes)
        index = self.theme.findData(current)
        self.theme.setCurrentIndex(max(0, index))
        self._updating = False

    def set_attributes(self, names: list[str]) -> None:
        """Offer respondent attributes (age group, sector…) as filters."""
        self._updating = True
        self.attribute.clear()
        self.attribute.addItem(self.tr("Any respondent"), "")
        for name in names:
            self.attribute.addItem(name, name)
        self._updating = False

    def set_attribute_values(self, values: list[str]) -> None:
        """Offer the values of the chosen attribute."""
        self._updating = True
        self.value.clear()
        for v in values:
            self.value.addItem(v or self.tr("(blank)"), v)
        self.value.setEnabled(bool(values))
        self.value.setVisible(bool(values))
        self._updating = False
        self._emit_filter()

    def current_question(self) -> str:
        """Return the selected question id ('' when there is none)."""
        return self.question.currentData() or ""

    def current_filter(self) -> ResponseFilter:
        """Return the filter the controls describe."""
        attribute = self.attribute.currentData() or ""
        return ResponseFilter(
            status=self.status.currentData() or "",
            theme_id=self.theme.currentData() or "",
            text=self.search.text().strip(),
            attribute=attribute,
            attribute_value=(self.value.currentData() or "") if attribute else "",
        )

    def _on_question(self) -> None:
        if not self._updating and self.current_question():
            self.question_changed.emit(self.current_question())

    def _on_attribute(self) -> None:
        if self._updating:
            return
        name = self.attribute.currentData() or ""
        if name:
            self.attribute_chosen.emit(name)
        else:
            self.set_attribute_values([])

    def _emit_filter(self) -> None:
        if not self._updating:
            self.filter_changed.emit(self.current_filter())


def _whole_width(combo: QComboBox, text: str) -> int:
    """The width a combo box needs to show `text` whole, in its own font and style."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = QSize(combo.fontMetrics().horizontalAdvance(text) + 6, combo.fontMetrics().height())
    return combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, room, combo).width()
