"""The suggestion review queue: find suggestions above a threshold, then accept or reject them by the keyboard."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.models import Theme
from app.core.progress import Cancelled
from app.core.suggestion_queue import QueuedSuggestion
from app.gui.keys import add_window_shortcut
from app.gui.style import fit_to_screen
from app.gui.suggestions import phrase_reason
from app.gui.table_model import RowTableModel
from app.gui.tasks import ProgressStripMixin, Task, TaskRunner
from app.gui.theme_panel import color_icon
from app.project.outcomes import Changes, ProjectError

Index = QModelIndex | QPersistentModelIndex
Pair = tuple[str, str]  # (response id, theme id)
OnChanges = Callable[[Changes], None]
MUTED = "color: #5f6368;"
ERROR = "color: #b3261e;"


def reason_lines(row: QueuedSuggestion) -> list[str]:
    """Phrase a queued suggestion's reasons in the interface language, one line each."""
    return [phrase_reason(r) for r in row.reasons] or ([row.reason] if row.reason else [])


class ReviewQueueModel(RowTableModel):
    """Pending suggestions, best score first: answer, theme (with its colour), score and reason; read-only."""

    ANSWER, THEME, SCORE, REASON = range(4)
    HEADERS = ("Answer", "Theme", "Score", "Reason")

    def headers(self) -> list[str]:
        """Return the column titles."""
        return list(self.HEADERS)

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


class SuggestionReviewDialog(ProgressStripMixin, QDialog):
    """Queues suggestions on the task runner and lets the coder accept (A) or reject (R) them one by one."""

    def __init__(
        self,
        project,
        coder: str,
        runner: TaskRunner,
        on_changes: OnChanges,
        question_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project, self.coder, self.runner, self.on_changes = project, coder, runner, on_changes
        self.question_id = question_id
        self.task: Task | None = None
        self.pending: list[QueuedSuggestion] = []
        self.setWindowTitle(self.tr("Suggestion review"))
        self.themes = project.themes()

        self.theme = QComboBox()
        self.theme.addItem(self.tr("All themes"), None)
        for theme in self.themes:
            self.theme.addItem(color_icon(theme.color), theme.name, theme.id)
        self.theme.setMinimumContentsLength(18)
        self.theme.currentIndexChanged.connect(lambda _i: self.show_pending())
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setFixedWidth(160)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        self.slider.valueChanged.connect(lambda v: self.threshold.setValue(v / 100))
        self.threshold.setValue(0.5)
        self.slider.setValue(50)
        self.find_button = _button(self.tr("Find suggestions"), self.find_suggestions, focus=True)
        controls = _row(
            QLabel(self.tr("Theme")),
            self.theme,
            16,
            QLabel(self.tr("Minimum score")),
            self.slider,
            self.threshold,
            16,
            self.find_button,
            None,
        )

        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.step = QLabel()
        self.step.setStyleSheet(MUTED)
        self.cancel_button = _button(self.tr("Cancel"), self.cancel_task, focus=True)
        self.busy = QWidget()
        self.busy.setLayout(_row(self.step, (self.bar, 1), self.cancel_button))
        self.busy.layout().setContentsMargins(0, 0, 0, 0)
        self.busy.hide()
        runner.progressed.connect(self._on_progress)

        self.note = QLabel()
        self.note.setObjectName("panelTitle")
        self.model = ReviewQueueModel(self)
        self.table = _table(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._show_selected())
        self.threshold.valueChanged.connect(self._on_threshold)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setMinimumHeight(48)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setStyleSheet(
            "QLabel { background: #fffdf7; border: 1px solid #e0ddd3; border-radius: 4px;"
            " padding: 6px 8px; color: #202124; }"
        )

        self.accept_button = _button(self.tr("Accept  (A)"), self.accept_selected)
        self.reject_button = _button(self.tr("Reject  (R)"), self.reject_selected)
        self.accept_all_button = _button(self.tr("Accept all shown  (Shift+A)"), self.accept_all)
        verdicts = _row(self.accept_button, self.reject_button, self.accept_all_button, None)
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.confirm_button = _button(self.tr("Accept all"), self.confirm_accept_all, focus=True)
        self.confirm_button.setAutoDefault(True)  # Enter confirms while it has the focus
        self.confirm_cancel = _button(self.tr("Cancel"), lambda: self.confirm_bar.hide(), focus=True)
        self.confirm_bar = QWidget()
        self.confirm_bar.setObjectName("confirmBar")
        self.confirm_bar.setStyleSheet(
            "#confirmBar { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px; }"
        )
        self.confirm_bar.setLayout(_row((self.confirm_text, 1), self.confirm_button, self.confirm_cancel))
        self.confirm_bar.hide()
        self.stats = QLabel()
        self.stats.setStyleSheet(MUTED)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        footer = _row((self.stats, 1), close)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(controls)
        layout.addWidget(self.busy)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(verdicts)
        layout.addWidget(self.confirm_bar)
        layout.addWidget(self.message)
        layout.addLayout(footer)
        self._make_actions()
        fit_to_screen(self, 980, 620)
        self.reload()

    # ----- keyboard ----------------------------------------------------------------------------------------
    def _make_actions(self) -> None:
        """A accepts, R rejects, Shift+A accepts everything shown; bound to the dialog, wherever the focus is."""
        for keys, slot in (
            ("A", self.accept_selected),
            ("R", self.reject_selected),
            ("Shift+A", self.accept_all),
        ):
            add_window_shortcut(self, keys, slot)

    # ----- loading -----------------------------------------------------------------------------------------
    def theme_id(self) -> str | None:
        """Return the chosen theme (None = all themes)."""
        return self.theme.currentData()

    def reload(self) -> None:
        """Re-read the pending suggestions and the answer texts, then show them."""
        self.themes = self.project.themes()
        self.texts = {r.id: r.text for r in self.project.responses(self.question_id)}
        self.pending = [r for r in self.project.review_queue(self.coder) if r.response_id in self.texts]
        self.show_pending()

    def show_pending(self) -> None:
        """Show the pending suggestions of the chosen theme at or above the threshold."""
        theme_id, floor = self.theme_id(), round(self.threshold.value(), 4)
        rows = [
            r
            for r in self.pending
            if (theme_id is None or r.theme_id == theme_id) and (r.score or 0.0) >= floor
        ]
        self.model.set_rows(rows, self.texts, {t.id: t for t in self.themes})
        self.table.horizontalHeader().setSectionResizeMode(
            ReviewQueueModel.ANSWER, QHeaderView.ResizeMode.Stretch
        )
        self._after_rows_changed(0)
        self.update_stats()

    def update_stats(self) -> None:
        """Show how many suggestions were accepted and rejected, and how many codings came from them."""
        stats = self.project.suggestion_stats(self.coder)
        rate = stats.acceptance_rate
        if rate is None:
            self.stats.setText(self.tr("No suggestion reviewed yet."))
            return
        self.stats.setText(
            self.tr(
                "%1 accepted, %2 rejected, acceptance rate %3; %4 of %5 codings came from "
                "accepted suggestions"
            )
            .replace("%1", f"{stats.accepted:,}")
            .replace("%2", f"{stats.rejected:,}")
            .replace("%3", f"{rate:.0%}")
            .replace("%4", f"{stats.from_suggestions:,}")
            .replace("%5", f"{stats.codings:,}")
        )

    # ----- finding (on the task runner) --------------------------------------------------------------------
    def find_suggestions(self) -> None:
        """Queue suggestions at or above the threshold in the background, with progress and Cancel."""
        if self.task is not None:
            return
        project, coder, theme_id, question_id = self.project, self.coder, self.theme_id(), self.question_id
        threshold = round(self.threshold.value(), 4)
        self.find_button.setEnabled(False)
        self.bar.setValue(0)
        self.step.setText(self.tr("Finding suggestions…"))
        self.busy.show()
        self._say("")
        self.task = self.runner.run(
            self.tr("Finding suggestions"),
            lambda progress: project.queue_suggestions(
                coder, theme_id=theme_id, question_id=question_id, threshold=threshold, progress=progress
            ),
            on_done=self._on_found,
            on_error=self._on_find_failed,
        )

    def _end_task(self) -> bool:
        """Hide the progress strip and allow a new search; False when the dialog is gone."""
        if not super()._end_task():
            return False
        self.find_button.setEnabled(True)
        return True

    def _on_found(self, added: int) -> None:
        if self._end_task():
            self.reload()
            self._say(
                _count(added, self.tr("new suggestion found."), self.tr("new suggestions found."))
                if added
                else self.tr("No new suggestion at or above this score.")
            )

    def _on_find_failed(self, exc: BaseException) -> None:
        if self._end_task():
            cancelled = isinstance(exc, Cancelled)
            self._say(self.tr("Search cancelled.") if cancelled else str(exc), error=not cancelled)

    # ----- verdicts ----------------------------------------------------------------------------------------
    def selected_pairs(self) -> list[Pair]:
        """Return the selected suggestions, in table order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [p for p in (self.model.pair(r) for r in rows) if p is not None]

    def accept_selected(self) -> None:
        """A: code the selected answers with their suggested themes."""
        self._decide(self.selected_pairs(), accept=True)

    def reject_selected(self) -> None:
        """R: turn the selected suggestions down; they leave the queue."""
        self._decide(self.selected_pairs(), accept=False)

    def accept_all(self) -> None:
        """Shift+A: say how many suggestions would be accepted and ask first."""
        count = len(self.model.pairs())
        if not count or self.task is not None:
            return
        self.confirm_text.setText(
            self.tr("Accept all %n suggestion(s) shown? Each answer gets its suggested theme.", "", count)
        )
        self.confirm_bar.show()
        self.confirm_button.setFocus()

    def confirm_accept_all(self) -> None:
        """Accept every suggestion the table shows, in the background with progress and Cancel."""
        self.confirm_bar.hide()
        pairs = self.model.pairs()
        if not pairs or self.task is not None:
            return
        project, coder = self.project, self.coder
        self.bar.setValue(0)
        self.step.setText(self.tr("Accepting suggestions…"))
        self.busy.show()
        self._say("")
        for button in (self.accept_button, self.reject_button, self.accept_all_button, self.find_button):
            button.setEnabled(False)
        self.task = self.runner.run(
            self.tr("Accepting suggestions"),
            lambda progress: project.accept_suggestions(pairs, coder, progress=progress),
            on_done=lambda changes: self._on_accepted_all(pairs, changes),
            on_error=self._on_accept_all_failed,
        )

    def _on_accepted_all(self, pairs: list[Pair], changes: Changes) -> None:
        if self._end_task():
            self.find_button.setEnabled(True)
            self._after_verdicts(pairs, True, changes)

    def _on_accept_all_failed(self, exc: BaseException) -> None:
        if self._end_task():
            self.find_button.setEnabled(True)
            self._after_rows_changed(0)
            cancelled = isinstance(exc, Cancelled)
            self._say(
                self.tr("Cancelled: no suggestion was accepted.") if cancelled else str(exc),
                error=not cancelled,
            )

    def _decide(self, pairs: list[Pair], accept: bool) -> None:
        """Store the verdicts, drop their rows, and keep the selection where the coder was."""
        if not pairs or self.task is not None:
            return
        try:
            if accept:
                changes = self.project.accept_suggestions(pairs, self.coder)
            else:
                changes = self.project.reject_suggestions(pairs, self.coder)
        except ProjectError as exc:  # a refused verdict is a one-line message, never a crash
            self._say(str(exc), error=True)
            return
        self._after_verdicts(pairs, accept, changes)

    def _after_verdicts(self, pairs: list[Pair], accept: bool, changes: Changes) -> None:
        """Drop the decided rows, keep the selection where the coder was, and say what happened."""
        rows = set(pairs)
        first = min((r for r in range(self.model.rowCount()) if self.model.pair(r) in rows), default=0)
        decided = set(pairs)
        self.pending = [r for r in self.pending if (r.response_id, r.theme_id) not in decided]
        self.model.remove_pairs(pairs)
        self._after_rows_changed(first)
        self.update_stats()
        self._say(
            (self.tr("Accepted") if accept else self.tr("Rejected"))
            + " "
            + _count(len(pairs), self.tr("suggestion."), self.tr("suggestions."))
        )
        self.on_changes(changes)

    # ----- display -----------------------------------------------------------------------------------------
    def _after_rows_changed(self, row: int) -> None:
        count = self.model.rowCount()
        self.note.setText(
            _count(count, self.tr("suggestion waiting for review"), self.tr("suggestions waiting for review"))
            if count
            else self.tr("No suggestion waiting: choose a minimum score and press Find suggestions.")
        )
        for button in (self.accept_button, self.reject_button, self.accept_all_button):
            button.setEnabled(count > 0)
        if count:
            index = self.model.index(min(row, count - 1), 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        self._show_selected()

    def _show_selected(self) -> None:
        pairs = self.selected_pairs()
        self.detail.setVisible(bool(pairs))
        if len(pairs) != 1:
            self.detail.setText(
                _count(
                    len(pairs), "", self.tr("suggestions selected: A accepts them all, R rejects them all.")
                )
            )
            return
        row = self.model.rows[self.table.selectionModel().selectedRows()[0].row()]
        self.detail.setText(
            self.texts.get(row.response_id, "")
            + "\n\n"
            + self.tr("Why: ")
            + ("\n".join(reason_lines(row)) or self.tr("no reason given"))
        )

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR if error else MUTED)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_threshold(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(value * 100))
        self.slider.blockSignals(False)
        self.show_pending()

    def done(self, result: int) -> None:
        """Closing the dialog stops its running search."""
        self.cancel_task()
        super().done(result)


def _table(model: QAbstractTableModel) -> QTableView:
    """A read-only table whose rows are selected whole (several with Shift/Ctrl)."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    table.setColumnWidth(ReviewQueueModel.THEME, 150)
    table.setColumnWidth(ReviewQueueModel.SCORE, 64)
    table.setColumnWidth(ReviewQueueModel.REASON, 300)
    return table


def _count(number: int, one: str, many: str) -> str:
    """Return '1 thing' or '3 things' with a thousands separator."""
    return f"{number:,} {one if number == 1 else many}"


def _button(text: str, slot: Callable[[], None], focus: bool = False) -> QPushButton:
    """A push button that never becomes the dialog's default (Enter) and, unless asked, never takes focus."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    if not focus:
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def _row(*parts: QWidget | tuple[QWidget, int] | int | None) -> QHBoxLayout:
    """Lay widgets out in a row: (widget, stretch) stretches it, an int adds spacing, None a stretch."""
    row = QHBoxLayout()
    for part in parts:
        if part is None:
            row.addStretch(1)
        elif isinstance(part, int):
            row.addSpacing(part)
        elif isinstance(part, tuple):
            row.addWidget(*part)
        else:
            row.addWidget(part)
    return row


def open_suggestion_review(
    parent: QWidget,
    project,
    coder: str,
    runner: TaskRunner,
    on_changes: OnChanges,
    question_id: str | None = None,
) -> SuggestionReviewDialog | None:
    """Show the review queue for this project and coder (one per window, reused while it matches)."""
    if project is None:
        return None
    dialog = next(
        (
            d
            for d in parent.findChildren(SuggestionReviewDialog)
            if d.project is project and d.coder == coder and d.question_id == question_id
        ),
        None,
    )
    if dialog is None:
        for stale in parent.findChildren(SuggestionReviewDialog):
            stale.close()
            stale.deleteLater()
        dialog = SuggestionReviewDialog(project, coder, runner, on_changes, question_id, parent)
    elif dialog.task is None:
        dialog.reload()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.table.setFocus()
    return dialog
