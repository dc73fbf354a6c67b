"""The coding workspace: the keyboard loop of reading an answer, pressing theme keys and moving on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from app.core.models import Origin, Theme
from app.gui.answer_list import AnswerList
from app.gui.answer_view import AnswerView
from app.gui.detail_column import DetailColumn
from app.gui.filter_bar import FilterBar
from app.gui.memo_panel import MemoPanel, visible_memos
from app.gui.responses_model import ResponseFilter, ResponsesModel
from app.gui.suggestions import SuggestionService, SuggestionsPanel
from app.gui.theme_panel import ThemePanel
from app.gui.workspace_keys import bind_theme_keys, make_actions
from app.project.outcomes import Changes, ProjectError

LIST_SHARE = 0.6  # of the width, for the answer list (the detail panels take the rest)


class CodingWorkspace(QWidget):
    """Shows one question's answers and codes them for one coder through the project facade."""

    changed = Signal(object)  # Changes, after every write this workspace made
    failed = Signal(str)  # a one-line message for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = None
        self.coder = ""
        self.blind = True
        self.advance_after_coding = False
        self.themes: list[Theme] = []
        self.theme_by_id: dict[str, Theme] = {}
        self.counts: dict[str, int] = {}
        self.quick_keys: dict[str, str] = {}
        self.question_id = ""
        self._closing = False
        self.suggester = SuggestionService(self)
        self.suggester.ready.connect(self._on_suggestions)

        self.filters = FilterBar()
        self.model = ResponsesModel(self)
        self.table = AnswerList(self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_current())
        self.model.modelReset.connect(self._after_reset)

        self.answer = AnswerView()
        self.memo = MemoPanel()
        self.memo.changed.connect(self._on_memo_written)
        self.memo.failed.connect(self.failed)
        self.theme_panel = ThemePanel()
        self.theme_panel.toggled.connect(self.toggle_theme)
        self.theme_panel.none_requested.connect(self.mark_none)
        self.suggestions = SuggestionsPanel()
        self.progress = QLabel()
        self.progress.setObjectName("progressLine")

        right = DetailColumn(self.answer, self.memo, self.theme_panel, self.suggestions)
        right.moved.connect(lambda: self._splitter_moved(0, 0))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.splitterMoved.connect(self._splitter_moved)
        self.split, self.right = split, right
        self._proportioned = True  # until a splitter is dragged, resizing keeps LIST_SHARE and PANEL_SHARES
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.setSpacing(8)
        layout.addWidget(self.filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.progress)

        self.filters.question_changed.connect(self.show_question)
        self.filters.filter_changed.connect(self.apply_filter)
        self.filters.attribute_chosen.connect(self._load_attribute)
        self.actions_by_name: dict[str, QAction] = {}
        make_actions(self)

    # ----- opening -----------------------------------------------------------------------------------
    def open(self, project, coder: str, read_only: bool = False) -> None:
        """Show a project for a coder (the first question, all answers); a reader's memo box only shows."""
        self.project, self.coder = project, coder
        self.memo.open(project, coder)
        self.memo.set_read_only(read_only)
        self.reload_codebook(rebuild_suggestions=False)
        self.filters.set_attributes([])
        self.filters.set_questions(project.questions())
        QTimer.singleShot(
            0, lambda: self.project is project and self.filters.set_attributes(project.attribute_names())
        )
        if not self.question_id:
            self.answer.clear(
                self.tr("This project has no answers yet: import a survey (File ▸ Import survey).")
            )
        if self.suggester.available:
            self._rebuild_suggestions()
        else:
            self.suggestions.show_unavailable()

    def show_question(self, question_id: str) -> None:
        """Load a question's answers and this coder's decisions."""
        listing = self.project.response_listing(question_id, self.coder)
        self.question_id = question_id
        self.model.load(listing.lines, listing.decisions)
        self.counts = self.project.theme_counts(self.coder, question_id)
        self.theme_panel.set_counts(self.counts)
        self._load_others()
        self._load_memo_marks()
        self._update_progress()

    def reload_codebook(self, rebuild_suggestions: bool = True) -> None:
        """Re-read themes after a codebook change (names, colours, order, merges)."""
        self.themes = self.project.themes()
        self.theme_by_id = {t.id: t for t in self.themes}
        self.quick_keys = self.project.quick_keys()
        if self.question_id:
            self.counts = self.project.theme_counts(self.coder, self.question_id)
        self.model.set_themes(self.themes)
        self.theme_panel.set_themes(self.themes, self.counts, self.quick_keys)
        self.right.fit_theme_rows()
        bind_theme_keys(self)
        self.filters.set_themes(self.themes)
        self._show_current()
        if rebuild_suggestions:
            self._rebuild_suggestions()

    def set_blind(self, blind: bool) -> None:
        """Hide or show other coders' codings."""
        self.blind = blind
        self.memo.set_blind(blind)
        self._load_others()
        self._load_memo_marks()

    def apply_filter(self, flt: ResponseFilter) -> None:
        """Re-filter the table, keeping the current answer selected when it still shows."""
        current = self.current_response()
        self.model.apply_filter(flt)
        row = self.model.row_of(current[0]) if current else None
        self.select_row(row if row is not None else 0)
        self._update_progress()

    # ----- the coding loop -----------------------------------------------------------------------------
    def current_response(self):
        """Return the (id, respondent id, external id, text) tuple of the current answer."""
        return self.model.response_at(self.table.currentIndex().row())

    def toggle_key(self, key: int | str) -> None:
        """A theme's quick key (1–9 by default): code the selected words, or switch the theme on the answer."""
        theme_id = self.theme_panel.theme_for_key(key)
        if theme_id:
            self.theme_key(theme_id)

    def theme_key(self, theme_id: str) -> None:
        """Code the words selected in the answer with the theme, or toggle it on the whole answer."""
        current, selected = self.current_response(), self.answer.selected_span()
        if current and selected is not None:
            self.answer.clear_selection()
            self._write(lambda: self.project.code_span(current[0], theme_id, *selected, self.coder))
        else:
            self.toggle_theme(theme_id)

    def toggle_theme(self, theme_id: str) -> None:
        """Switch a theme on or off for the current answer."""
        current = self.current_response()
        if current:
            self._write(lambda: self.project.toggle(current[0], theme_id, self.coder))

    def mark_none(self) -> None:
        """Key 0: record that no theme applies to the current answer."""
        current = self.current_response()
        if current:
            self._write(lambda: self.project.mark_none(current[0], self.coder))

    def accept_or_move_on(self) -> None:
        """Enter: accept the top suggestion, or go to the next answer when it is already applied."""
        if self.theme_panel.pick.hasFocus():  # Enter in the quick-pick field picks the typed theme
            self.theme_panel.pick_typed()
            self.table.setFocus()
            return
        current, top = self.current_response(), self.suggestions.top()
        if current and top is not None and top.theme_id in (self.model.decision(current[0]) or ()):
            self.move(1)
        else:
            self.accept_suggestion(0)

    def accept_suggestion(self, index: int = 0) -> None:
        """Alt+1…3 (and Enter for the first): give the current answer that suggested theme."""
        current, top = self.current_response(), self.suggestions.at(index)
        if current and top is not None:
            self._write(
                lambda: self.project.assign(
                    current[0],
                    top.theme_id,
                    self.coder,
                    origin=Origin.SUGGESTION,
                    label=f"Accept suggestion {self.theme_by_id[top.theme_id].name}",
                )
            )

    def move(self, step: int) -> None:
        """J/K: go to the next or previous answer."""
        row = self.table.currentIndex().row()
        self.select_row(max(0, min(self.model.rowCount() - 1, row + step)))

    def next_uncoded(self) -> None:
        """N: go to the next answer this coder has not decided yet."""
        row = self.model.next_uncoded(self.table.currentIndex().row())
        if row is not None:
            self.select_row(row)

    def focus_memo(self) -> None:
        """Ctrl+M: type into the memo of the current answer (Esc goes back to the list and saves)."""
        if self.memo.editor.isEnabled():
            self.memo.editor.setFocus()
            self.memo.editor.moveCursor(self.memo.editor.textCursor().MoveOperation.End)

    def focus_pick(self) -> None:
        """Ctrl+T: type a theme name (for themes beyond key 9); a scrolled column shows the themes first."""
        self.right.show_themes()
        self.theme_panel.pick.setFocus()
        self.theme_panel.pick.selectAll()

    def select_row(self, row: int) -> None:
        """Make a row current and scroll to it."""
        if self.model.rowCount() == 0:
            self.answer.clear(self.tr("No answer matches the filter."))
            self.suggestions.show_pending()  # suggestions of the answer left behind must not stay
            self.memo.show_response(None)
            self.theme_panel.show_decision(None)
            self._update_progress()
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def show_changed_answer(self, changes: Changes) -> None:
        """After undo or redo of one answer's coding, make that answer current so the coder sees it."""
        if len(changes.response_ids) != 1:
            return
        row = self.model.row_of(next(iter(changes.response_ids)))
        current = self.current_response()
        if row is not None and (current is None or self.model.row_of(current[0]) != row):
            self.select_row(row)

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what a change touched (from this workspace, undo/redo, or the codebook editor)."""
        if changes.codebook:
            self.reload_codebook()
        if changes.response_ids:
            fresh = self.project.decisions_for(self.coder, changes.response_ids)
            if not changes.codebook:
                self.theme_panel.adjust_counts(self.model, fresh)
            self.model.update_decisions(fresh)
            self.table.widen_themes_column([self.model.themes_text(rid) for rid in list(fresh)[:200]])
            for rid, themes in fresh.items():
                row = self.model.row_of(rid)
                line = self.model.response_at(row) if row is not None else None
                if line and themes:
                    self.suggester.add_example((rid, line[3], themes, self.question_id))
        if changes.survey:
            self.filters.set_attributes(self.project.attribute_names())
            self.filters.set_questions(self.project.questions())
            if self.question_id:
                self.show_question(self.question_id)
        self._show_decision()
        current = self.current_response()
        if current and current[0] in changes.response_ids:
            self._render_answer()
            self.answer.highlight(self.suggestions.spans())
        self.memo.reload()
        self._load_memo_marks()
        self._update_progress()

    # ----- layout ------------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._proportioned:
            self.proportion_splitters()
        self.table.leave_room_for_answers()

    def proportion_splitters(self) -> None:
        """Give the list LIST_SHARE of the width and the detail panels PANEL_SHARES of the height."""
        width = max(1, self.split.width())
        self.split.setSizes([round(width * LIST_SHARE), width - round(width * LIST_SHARE)])
        self.right.proportion()

    def _splitter_moved(self, _pos: int, _index: int) -> None:
        self._proportioned = False

    # ----- internals ---------------------------------------------------------------------------------
    def _write(self, use_case: Callable[[], Changes]) -> None:
        """Run one write use case, refresh what it changed and tell the window."""
        try:
            changes = use_case()
        except ProjectError as exc:  # a refused use case is a one-line message, never a crash
            self.failed.emit(str(exc))
            return
        self.apply_changes(changes)
        self.changed.emit(changes)
        if self.advance_after_coding:
            self.move(1)

    def _on_memo_written(self, changes: Changes) -> None:
        self._load_memo_marks()
        self.changed.emit(changes)

    def _load_memo_marks(self) -> None:
        """Mark the answers with a memo this coder may see (their own; others' too when not blind)."""
        if self.project is None:
            return
        self.model.set_memos(visible_memos(self.project.memos(), self.coder, self.blind))

    def _after_reset(self) -> None:
        self.table.size_columns()
        self.table.setColumnHidden(self.model.others_column, self.blind)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.select_row(0)

    def _show_current(self) -> None:
        """Show the current answer at once; suggestions follow when the event loop is free."""
        current = self.current_response()
        if current is None:
            return
        rid, _respondent, _external_id, text = current
        self._render_answer()
        self._show_decision()
        self.memo.show_response(rid)
        if self.suggester.available:
            self.suggestions.show_pending()
            QTimer.singleShot(0, lambda: self._closing or self.suggester.request(rid, text, self.question_id))

    def _render_answer(self) -> None:
        """Show the current answer with this coder's coded spans marked in their themes' colours."""
        current = self.current_response()
        if current is None or self.project is None:
            return
        rid, _respondent, external_id, text = current
        row = self.table.currentIndex().row()
        self.answer.show_answer(
            self.tr("Respondent %1 · answer %2 of %3")
            .replace("%1", external_id)
            .replace("%2", str(row + 1))
            .replace("%3", str(self.model.rowCount())),
            text,
        )
        spans = [sp for sp in self.project.spans(self.coder, [rid]) if sp.theme_id in self.theme_by_id]
        self.answer.show_coding(spans, self.themes, self.model.decision(rid) or frozenset())

    def _show_decision(self) -> None:
        current = self.current_response()
        self.theme_panel.show_decision(self.model.decision(current[0]) if current else None)

    def _on_suggestions(self, response_id: str, suggestions: list) -> None:
        current = self.current_response()
        if current and current[0] == response_id:
            self.suggestions.show_suggestions(suggestions, self.theme_by_id)
            self.answer.highlight(self.suggestions.spans())

    def _rebuild_suggestions(self) -> None:
        """Teach a fresh engine this coder's codings of every question."""
        if not self.suggester.available or self.project is None:
            return
        self.suggester.rebuild_for(self.project, self.coder, self.themes)

    def _load_attribute(self, name: str) -> None:
        """Show an attribute as a column and offer its values as a filter."""
        columns = [c for c in self.model.attribute_columns if c[0] != name]
        values = self.project.attribute_values(name)
        self.model.set_attribute_columns([*columns, (name, values)])
        self.filters.set_attribute_values(sorted(set(values.values()), key=str.casefold))

    def _load_others(self) -> None:
        self.model.set_others(
            {}
            if self.blind or not self.question_id
            else self.project.other_decisions(self.coder, self.question_id)
        )
        self.table.setColumnHidden(self.model.others_column, self.blind)

    def _update_progress(self) -> None:
        self.progress.setText(self.model.progress_text())

    def shutdown(self) -> None:
        """Save the memo being typed and stop the suggestion worker (window closing)."""
        self.memo.save()
        self._closing = True
        self.suggester.shutdown()
