"""Agreement review: how far the coders agree per theme, and the answers they disagree on, settled one by one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.gui.diagnosis_dialog import DiagnosisDialog
from app.gui.keys import add_window_shortcut
from app.gui.review_answer import SelectedAnswer
from app.gui.review_choices import ReviewChoices
from app.gui.review_models import AgreementModel, DisagreementsModel, study_summary
from app.gui.review_widgets import CustomThemesDialog, panel_title, review_table
from app.gui.style import fit_to_screen
from app.gui.tasks import TaskRunner
from app.gui.theme_panel import fill_theme_combo
from app.project.agreement import CONSENSUS_CODER
from app.project.outcomes import Changes, ProjectError

BOOTSTRAP_DRAWS = 1000
ANSWER_SHARE = 0.4  # of the disagreement list's width (after the respondent), for the answer
HEADER_TEXT = QT_TRANSLATE_NOOP(
    "ReviewDialog",
    "This review shows every coder's codings, whether or not blind mode is on: it is where coders "
    "compare their work. Settled answers form the “consensus” coding.",
)


class ReviewDialog(QDialog):
    """Agreement per theme (computed off the GUI thread) and the disagreements, settled into the consensus."""

    changed = Signal(object)  # Changes after each decision, so the window updates Undo

    def __init__(self, project, coder: str, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project, self.coder, self.runner = project, coder, runner
        self.setWindowTitle(self.tr("Agreement review"))
        self._generation = 0
        self.themes = project.themes()
        self.theme_names = {t.id: t.name for t in self.themes}
        self._texts: dict[str, dict[str, tuple[str, str]]] = {}
        self.study = None  # the last AgreementStudy shown
        self.diagnosis: QDialog | None = None

        header = QLabel(self.tr(HEADER_TEXT))
        header.setWordWrap(True)
        header.setObjectName("reviewHeader")
        header.setStyleSheet(
            "QLabel#reviewHeader { background: #e8f0fe; border: 1px solid #c6dafc; "
            "border-radius: 4px; padding: 6px 10px; color: #1f3b6e; }"
        )
        self.choices = ReviewChoices(project)
        self.choices.changed.connect(self.refresh)
        self.coder_boxes, self.apart = self.choices.coder_boxes, self.choices.apart
        self.level, self.question = self.choices.level, self.choices.question

        self.agreement_model = AgreementModel(self)
        self.agreement_table = review_table(self.agreement_model)
        self.agreement_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #5f6368;")

        self.theme_filter = QComboBox()
        self.theme_filter.addItem(self.tr("Any theme"), None)
        fill_theme_combo(self.theme_filter, self.themes)
        self.theme_filter.currentIndexChanged.connect(lambda _i: self.load_disagreements())
        self.progress = QLabel()
        self.progress.setObjectName("progressLine")
        self.model = DisagreementsModel(self)
        self.table = review_table(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setMinimumSectionSize(60)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_selected())
        self.table.viewport().installEventFilter(self)
        self.selected = SelectedAnswer()
        self.selected.chosen.connect(self._on_chosen)
        self.answer = self.selected.answer

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(panel_title(self.tr("Agreement per theme")))
        top_layout.addWidget(self.busy)
        top_layout.addWidget(self.agreement_table, 1)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        self.confusions_button = QPushButton(self.tr("Codebook diagnosis…"))
        self.confusions_button.setToolTip(
            self.tr(
                "Which themes the coders confuse, with example answers, and agreement over the coding order"
            )
        )
        self.confusions_button.clicked.connect(self.show_diagnosis)
        summary_row.addWidget(self.confusions_button, 0, Qt.AlignmentFlag.AlignTop)
        top_layout.addLayout(summary_row)
        filter_row = QHBoxLayout()
        filter_row.addWidget(panel_title(self.tr("Answers the coders disagree on")))
        filter_row.addStretch(1)
        filter_row.addWidget(QLabel(self.tr("Theme")))
        filter_row.addWidget(self.theme_filter)
        lower_split = QSplitter(Qt.Orientation.Horizontal)
        lower_split.addWidget(self.table)
        lower_split.addWidget(self.selected)
        lower_split.setStretchFactor(0, 3)
        lower_split.setStretchFactor(1, 2)
        lower_split.setSizes([700, 420])
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(filter_row)
        bottom_layout.addWidget(lower_split, 1)
        bottom_layout.addWidget(self.progress)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.choices)
        body = QScrollArea()  # a short screen (1366×768 at 200%) scrolls the body rather than squeezing it
        body.setWidget(split)
        body.setWidgetResizable(True)
        body.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(body, 1)
        layout.addWidget(close)
        self._make_actions()
        fit_to_screen(self, 1180, 780)
        self.refresh()

    # ----- keyboard ------------------------------------------------------------------------------------
    def _make_actions(self) -> None:
        """1..9 adopt coder n, U union, J/K move; bound to the dialog so focus may be anywhere in it."""

        def add(key: str, slot: Callable[[], None]) -> None:
            add_window_shortcut(self, key, slot)

        for n in range(1, 10):
            add(str(n), lambda n=n: self.adopt_coder_number(n))
        add("U", lambda: self.decide("union"))
        add("J", lambda: self.move(1))
        add("K", lambda: self.move(-1))

    # ----- loading -------------------------------------------------------------------------------------
    def compared(self) -> list[str]:
        """Return the ticked coders."""
        return self.choices.compared()

    def level_of_themes(self) -> str:
        """Return the chosen level of themes: all, top or leaf."""
        return self.choices.level_of_themes()

    def question_id(self) -> str | None:
        """Return the chosen question (None = all questions)."""
        return self.choices.question_id()

    def refresh(self) -> None:
        """Recompute agreement in the background and reload the disagreements for the chosen coders."""
        self._rebuild_decision_buttons()
        self.compute_agreement()
        self.load_disagreements()

    def compute_agreement(self) -> None:
        """Measure agreement with 1,000 bootstrap draws on the task runner; stale results are dropped."""
        self._generation += 1
        generation, coders, question_id = self._generation, self.compared(), self.question_id()
        level = self.level_of_themes()
        self.agreement_model.set_report(None, self.theme_names)
        if len(coders) < 2:
            self.busy.hide()
            self.summary.setText(self.tr("Tick at least two coders to measure agreement."))
            return
        project = self.project
        self.busy.show()
        self.summary.setText(
            self.tr("Measuring agreement (%1 bootstrap draws)…").replace("%1", f"{BOOTSTRAP_DRAWS:,}")
        )
        self.runner.run(
            self.tr("Measuring agreement"),
            lambda _progress: project.agreement_study(
                coders, question_id, level, bootstrap=BOOTSTRAP_DRAWS, seed=0
            ),
            on_done=lambda study: self._show_agreement(generation, study),
            on_error=lambda exc: self._agreement_failed(generation, exc),
        )

    def _show_agreement(self, generation: int, study) -> None:
        if generation != self._generation:
            return
        self.busy.hide()
        self.study = study
        report = study.binary
        self.agreement_model.set_report(report, self.theme_names, study.categorical)
        self.agreement_table.resizeColumnsToContents()
        self.agreement_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary.setText(study_summary(study, self.apart))

    def _agreement_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.busy.hide()
            self.summary.setText(str(exc))

    def load_disagreements(self) -> None:
        """List the answers where the ticked coders differ (optionally on one theme)."""
        coders, question_id = self.compared(), self.question_id()
        if len(coders) < 2:
            self.model.set_rows([], coders, {}, self.theme_names)
            self.progress.setText("")
            self._show_selected()
            return
        rows = self.project.disagreements(
            coders, question_id, self.theme_filter.currentData(), level=self.level_of_themes()
        )
        self.model.set_rows(rows, coders, self._answer_texts(question_id), self.theme_names)
        self.size_columns()
        self._update_progress()
        first = self.model.next_unsettled(-1)
        self.select_row(first if first is not None else 0)

    def size_columns(self) -> None:
        """Share the list's width: the respondent as wide as its ids, the answer ANSWER_SHARE of the rest, coders the remainder."""
        fm = self.table.fontMetrics()
        ids = [self.model.index(r, 0).data() or "" for r in range(min(200, self.model.rowCount()))]
        header = self.table.horizontalHeader()
        respondent = max(
            [fm.horizontalAdvance(t) for t in ids] + [header.sectionSizeFromContents(0).width() - 16]
        )
        respondent = min(respondent, fm.horizontalAdvance("0" * 12)) + 24
        rest = max(0, self.table.viewport().width() - respondent)
        answer = max(fm.horizontalAdvance("0" * 16), int(rest * ANSWER_SHARE))
        others = max(1, self.model.columnCount() - 2)
        each = max(fm.horizontalAdvance("0" * 9), (rest - answer) // others)
        self.table.setColumnWidth(0, respondent)
        self.table.setColumnWidth(1, answer)
        for column in range(2, self.model.columnCount()):
            self.table.setColumnWidth(column, each)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.size_columns()  # the dialog, the splitter or the scroll bar changed the list's width
        return super().eventFilter(watched, event)

    def _answer_texts(self, question_id: str | None) -> dict[str, tuple[str, str]]:
        """Return response id -> (respondent, text) for the question, read once per question."""
        key = question_id or ""
        if key not in self._texts:
            self._texts[key] = {r.id: (r.external_id, r.text) for r in self.project.responses(question_id)}
        return self._texts[key]

    def _update_progress(self) -> None:
        settled, total = self.project.consensus_progress(
            self.compared(), self.question_id(), level=self.level_of_themes()
        )
        self.progress.setText(
            self.tr("%1 of %2 disagreements settled")
            .replace("%1", f"{settled:,}")
            .replace("%2", f"{total:,}")
        )

    def show_diagnosis(self) -> None:
        """Codebook diagnosis…: compute the confusions off the GUI thread, then show them in a window."""
        coders, question_id, level = self.compared(), self.question_id(), self.level_of_themes()
        if len(coders) < 2:
            self.summary.setText(self.tr("Tick at least two coders to measure agreement."))
            return
        project = self.project
        self.runner.run(
            self.tr("Codebook diagnosis"),
            lambda _progress: project.agreement_diagnosis(coders, question_id, level),
            on_done=self._open_diagnosis,
            on_error=lambda exc: self.summary.setText(str(exc)),
        )

    def _open_diagnosis(self, data: dict) -> None:
        self.diagnosis = DiagnosisDialog(data, self)
        self.diagnosis.show()

    # ----- the selected answer -------------------------------------------------------------------------
    @property
    def buttons_by_rule(self) -> dict:
        """The decision buttons of the selected answer, by rule (a coder's name, union, custom)."""
        return self.selected.buttons_by_rule

    def _rebuild_decision_buttons(self) -> None:
        self.selected.set_coders(self.compared())

    def _on_chosen(self, rule: str) -> None:
        self.ask_custom() if rule == "custom" else self.decide(rule)

    def current_row(self) -> int:
        """Return the selected row (-1 when none)."""
        return self.table.currentIndex().row()

    def select_row(self, row: int) -> None:
        """Make a disagreement current and scroll to it."""
        if self.model.rowCount() == 0:
            self._show_selected()
            return
        index = self.model.index(max(0, min(row, self.model.rowCount() - 1)), 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def move(self, step: int) -> None:
        """J/K: next or previous disagreement."""
        if self.model.rowCount():
            self.select_row(self.current_row() + step)

    def _show_selected(self) -> None:
        row = self.current_row()
        rid = self.model.response_id(row)
        if rid is None:
            self.selected.show_nothing(self.model.rowCount() == 0)
            return
        item = self.model.rows[row]
        respondent, text = self.model.texts.get(rid, ("", ""))
        themes = [(coder, self.model.names(item["themes"].get(coder, []))) for coder in self.model.coders]
        consensus = item["consensus"]
        self.selected.show_answer(
            text, respondent, themes, None if consensus is None else self.model.names(consensus)
        )

    # ----- decisions -----------------------------------------------------------------------------------
    def adopt_coder_number(self, number: int) -> None:
        """Key n: adopt the n-th ticked coder's themes."""
        coders = self.compared()
        if 1 <= number <= len(coders):
            self.decide(coders[number - 1])

    def decide(self, rule: str) -> None:
        """Settle the selected answer by a rule: a coder's name, 'union' or 'intersection'."""
        rid = self.model.response_id(self.current_row())
        if rid is not None and len(self.compared()) >= 2:
            self._write(
                rid, lambda: self.project.adopt(rid, rule, decided_by=self.coder, coders=self.compared())
            )

    def ask_custom(self) -> None:
        """Custom…: tick the consensus themes by hand."""
        row = self.current_row()
        rid = self.model.response_id(row)
        if rid is None:
            return
        item = self.model.rows[row]
        start = set(item["consensus"] or []) or {t for ts in item["themes"].values() for t in ts}
        dialog = CustomThemesDialog(self.themes, start, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.settle_custom(dialog.theme_ids())

    def settle_custom(self, theme_ids: list[str]) -> None:
        """Settle the selected answer with exactly these themes."""
        rid = self.model.response_id(self.current_row())
        if rid is not None:
            self._write(
                rid,
                lambda: self.project.settle(rid, theme_ids, decided_by=self.coder, coders=self.compared()),
            )

    def _write(self, response_id: str, use_case: Callable[[], Changes]) -> None:
        """Run one settle use case, update its row, and move on to the next unsettled answer."""
        try:
            changes = use_case()
        except ProjectError as exc:  # a refused decision is a one-line message, never a crash
            self.summary.setText(str(exc))
            return
        consensus = self.project.decisions_for(CONSENSUS_CODER, [response_id]).get(response_id)
        self.model.set_consensus(response_id, sorted(consensus) if consensus is not None else None)
        self._update_progress()
        following = self.model.next_unsettled(self.current_row())
        if following is not None:
            self.select_row(following)
        else:
            self._show_selected()
        self.changed.emit(changes)
