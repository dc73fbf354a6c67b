"""The suggestion review queue: find suggestions above a threshold, then accept or reject them by the keyboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.progress import Cancelled
from app.core.suggestion_queue import QueuedSuggestion
from app.gui.keys import add_window_shortcut
from app.gui.review_queue import Pair, QueueDetail, ReviewQueueModel, queue_table
from app.gui.style import fit_to_screen
from app.gui.suggestion_filters import SuggestionFilters
from app.gui.tasks import ProgressStripMixin, Task, TaskRunner
from app.project.outcomes import Changes, ProjectError

OnChanges = Callable[[Changes], None]
MUTED = "color: #5f6368;"
ERROR = "color: #b3261e;"


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

        self.filters = SuggestionFilters()
        self.filters.set_themes(self.themes)
        self.filters.changed.connect(self.show_pending)
        self.filters.find.connect(self.find_suggestions)
        self.theme, self.slider = self.filters.theme, self.filters.slider
        self.threshold, self.find_button = self.filters.threshold, self.filters.find_button

        self.make_progress_strip(runner)

        self.note = QLabel()
        self.note.setObjectName("panelTitle")
        self.note.setWordWrap(True)  # the empty-queue hint wraps on a narrow screen
        self.model = ReviewQueueModel(self)
        self.table = queue_table(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._show_selected())
        self.detail = QueueDetail()

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
        layout.addWidget(self.filters)
        layout.addWidget(self.busy)
        layout.addWidget(self.note)
        rows = QSplitter(Qt.Orientation.Vertical)  # the queue keeps most of a short screen
        rows.addWidget(self.table)
        rows.addWidget(self.detail)
        rows.setStretchFactor(0, 3)
        rows.setStretchFactor(1, 1)
        rows.setChildrenCollapsible(False)
        layout.addWidget(rows, 1)
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
        return self.filters.theme_id()

    def reload(self) -> None:
        """Re-read the pending suggestions and the answer texts, then show them."""
        self.themes = self.project.themes()
        self.filters.set_themes(self.themes)
        self.texts = {r.id: r.text for r in self.project.responses(self.question_id)}
        self.pending = [r for r in self.project.review_queue(self.coder) if r.response_id in self.texts]
        self.show_pending()

    def show_pending(self) -> None:
        """Show the pending suggestions of the chosen theme at or above the threshold."""
        theme_id, floor = self.theme_id(), self.filters.minimum()
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
        threshold = self.filters.minimum()
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
                self.tr("%n new suggestion(s) found.", "", added)
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
            self.tr("Accepted %n suggestion(s).", "", len(pairs))
            if accept
            else self.tr("Rejected %n suggestion(s).", "", len(pairs))
        )
        self.on_changes(changes)

    # ----- display -----------------------------------------------------------------------------------------
    def _after_rows_changed(self, row: int) -> None:
        count = self.model.rowCount()
        self.note.setText(
            self.tr("%n suggestion(s) waiting for review", "", count)
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
        selected = self.table.selectionModel().selectedRows()
        row = self.model.rows[selected[0].row()] if len(selected) == 1 else None
        self.detail.show_selection(len(selected), row, self.texts.get(row.response_id, "") if row else "")

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR if error else MUTED)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def done(self, result: int) -> None:
        """Closing the dialog stops its running search."""
        self.cancel_task()
        super().done(result)


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
