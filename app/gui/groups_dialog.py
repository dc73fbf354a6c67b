"""Near-duplicate groups: answers that say the same thing ("нет", "no", "жоқ") coded together in one step.

The dialog finds the groups on the task runner and asks before coding; `groups_panel.py` draws them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.models import Theme
from app.core.near_duplicates import DuplicateGroup
from app.core.progress import Cancelled
from app.gui.groups_panel import GroupsPanel, decision_name
from app.gui.keys import add_window_shortcut
from app.gui.style import fit_to_screen
from app.gui.tasks import ProgressStripMixin, Task, TaskRunner
from app.project.outcomes import Changes, ProjectError

OnChanges = Callable[[Changes], None]
MUTED = "color: #5f6368;"
ERROR = "color: #b3261e;"
INTRO = QT_TRANSLATE_NOOP(
    "GroupsDialog",
    "Answers that say the same thing are grouped. Pick a theme (keys 1–9) or “No theme applies” (0), then "
    "confirm with Enter (or the same key again) to code a whole group in one step; untick an answer (click "
    "its box, or Space) to leave it out.",
)


class GroupsDialog(ProgressStripMixin, QDialog):
    """Lists the near-duplicate groups of a question and codes a chosen group with one theme or none."""

    def __init__(
        self,
        project,
        coder: str,
        runner: TaskRunner,
        question_id: str | None,
        on_changes: OnChanges,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project, self.coder, self.runner, self.on_changes = project, coder, runner, on_changes
        self.question_id = question_id
        self.task: Task | None = None
        self.themes: list[Theme] = project.themes()
        self.texts = {r.id: r.text for r in project.responses(question_id)}
        self.setWindowTitle(self.tr("Near-duplicate answers"))

        intro = QLabel(self.tr(INTRO))
        intro.setWordWrap(True)
        intro.setObjectName("groupsIntro")
        intro.setStyleSheet(
            "QLabel#groupsIntro { background: #e8f0fe; border: 1px solid #c6dafc; "
            "border-radius: 4px; padding: 6px 10px; color: #1f3b6e; }"
        )
        self.make_progress_strip(runner)

        self.keys = {
            tid: key for tid, key in project.quick_keys().items() if len(key) == 1 and key in "123456789"
        }
        self.panel = GroupsPanel(self.themes, self.keys)
        self.panel.group_shown.connect(self._on_group_shown)
        self.group_list, self.answers, self.theme = (
            self.panel.group_list,
            self.panel.answers,
            self.panel.theme,
        )
        self.code_button, self.none_button = self.panel.code_button, self.panel.none_button
        self.code_button.clicked.connect(lambda _checked=False: self.code_group(self.theme.currentData()))
        self.none_button.clicked.connect(lambda _checked=False: self.code_group(None))
        self.pending: tuple[int, tuple[str, ...], str | None] | None = None  # group, answers, theme
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Code"))
        self.confirm_button.setAutoDefault(True)  # Enter confirms while it has the focus
        self.confirm_button.clicked.connect(lambda _checked=False: self.confirm())
        self.confirm_cancel = QPushButton(self.tr("Cancel"))
        self.confirm_cancel.setAutoDefault(False)
        self.confirm_cancel.clicked.connect(lambda _checked=False: self.cancel_pending())
        self.confirm_bar = QWidget()
        self.confirm_bar.setObjectName("confirmBar")
        self.confirm_bar.setStyleSheet(
            "QWidget#confirmBar { background: #fef7e0; border: 1px solid #f9e3a6; border-radius: 4px; }"
        )
        confirm_row = QHBoxLayout(self.confirm_bar)
        confirm_row.setContentsMargins(10, 4, 4, 4)
        confirm_row.addWidget(self.confirm_text, 1)
        confirm_row.addWidget(self.confirm_button)
        confirm_row.addWidget(self.confirm_cancel)
        self.confirm_bar.hide()
        self.progress = QLabel()
        self.progress.setObjectName("progressLine")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.progress, 1)
        footer.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addWidget(self.busy)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.confirm_bar)
        layout.addWidget(self.message)
        layout.addLayout(footer)
        self._make_actions()
        fit_to_screen(self, 940, 600)
        self.find_groups()

    # ----- keyboard ----------------------------------------------------------------------------------------
    def _make_actions(self) -> None:
        """Number keys as in the coding workspace, J/K between groups; bound to the dialog window."""

        def add(key: str, slot: Callable[[], None]) -> None:
            add_window_shortcut(self, key, slot)

        for n in range(1, 10):
            add(str(n), lambda n=n: self.code_with_key(n))
        add("0", lambda: self.code_group(None))
        add("Return", self.confirm)
        add("Enter", self.confirm)
        add("J", lambda: self.move(1))
        add("K", lambda: self.move(-1))

    # ----- finding (on the task runner) --------------------------------------------------------------------
    def find_groups(self) -> None:
        """Compute the groups of the question in the background, with progress and Cancel."""
        project, question_id = self.project, self.question_id
        self.bar.setValue(0)
        self.step.setText(self.tr("Grouping similar answers…"))
        self.busy.show()
        self._set_enabled(False)
        self.progress.setText("")
        self.task = self.runner.run(
            self.tr("Grouping similar answers"),
            lambda progress: project.duplicate_groups(question_id, progress=progress),
            on_done=self._on_found,
            on_error=self._on_failed,
        )

    def _on_found(self, groups: list[DuplicateGroup]) -> None:
        if self._end_task():
            self.set_groups(groups)

    def _on_failed(self, exc: BaseException) -> None:
        if self._end_task():
            self._say(
                self.tr("Grouping cancelled.") if isinstance(exc, Cancelled) else str(exc),
                error=not isinstance(exc, Cancelled),
            )

    # ----- showing -----------------------------------------------------------------------------------------
    @property
    def groups(self) -> list[DuplicateGroup]:
        """The groups listed."""
        return self.panel.groups

    @property
    def done_labels(self) -> dict[int, str]:
        """The decision of each group this coder has coded whole, by the group's index."""
        return self.panel.done_labels

    def set_groups(self, groups: list[DuplicateGroup]) -> None:
        """List the groups; those this coder has already decided whole are marked done."""
        decisions = self.project.coder_codings(self.coder, self.question_id)
        names = {t.id: t.name for t in self.themes}
        done: dict[int, str] = {}
        for index, group in enumerate(groups):
            label = decision_name([decisions.get(rid) for rid in group.response_ids], names)
            if label is not None:
                done[index] = label
        self.panel.show_groups(groups, self.texts, done)
        self._set_enabled(bool(groups))
        if not groups:
            self._say(self.tr("No answers in this question repeat each other closely enough to group."))
        self._update_progress()

    def current_index(self) -> int:
        """Return the index of the shown group (-1 when none)."""
        return self.panel.current_index()

    def checked_ids(self) -> list[str]:
        """Return the ticked answers of the shown group (the ones a decision will code)."""
        return self.panel.checked_ids()

    def move(self, step: int) -> None:
        """J/K: show the next or previous group."""
        self.panel.move(step)

    def _on_group_shown(self, index: int) -> None:
        if self.pending is not None and self.pending[0] != index:
            self.cancel_pending()  # the question was about the group left behind

    def _update_progress(self) -> None:
        done = len(self.done_labels)
        self.progress.setText(
            self.tr("%1 of %2 groups coded").replace("%1", str(done)).replace("%2", str(len(self.groups)))
        )

    # ----- coding ------------------------------------------------------------------------------------------
    def code_with_key(self, number: int) -> None:
        """Key 1–9: code the group with the theme of that quick key (as in the coding workspace)."""
        theme_id = next((tid for tid, key in self.keys.items() if key == str(number)), None)
        if theme_id is not None:
            self.theme.setCurrentIndex(self.theme.findData(theme_id))
            self.code_group(theme_id)

    def code_group(self, theme_id: str | None) -> None:
        """Ask to code the ticked answers of the shown group with a theme (None = no theme applies), with the count.

        The same choice again (its key, Enter or the Code button) confirms; another choice replaces the question.
        """
        index, ids = self.current_index(), tuple(self.checked_ids())
        if not 0 <= index < len(self.groups) or self.task is not None:
            return
        if not ids:
            self._say(self.tr("Tick at least one answer of the group first."), error=True)
            return
        if self.pending == (index, ids, theme_id):
            self.confirm()
            return
        self.pending = (index, ids, theme_id)
        decisions = self.project.decisions_for(self.coder, list(ids))
        if theme_id is None:
            changed = sum(1 for d in decisions.values() if d)
            text = self.tr("Mark %n answer(s) of this group as “no theme applies”?", "", len(ids))
            if changed:
                text += " " + self.tr("%n of them lose the themes they have.", "", changed)
        else:
            name = next((t.name for t in self.themes if t.id == theme_id), theme_id)
            text = self.tr("Code %n answer(s) of this group as “%1”?", "", len(ids)).replace("%1", name)
            already = sum(1 for d in decisions.values() if d and theme_id in d)
            if already:
                text += " " + self.tr("%n of them have it already.", "", already)
        self.confirm_text.setText(text + " " + self.tr("Enter or the same key again confirms; Esc cancels."))
        self.confirm_bar.show()
        self.confirm_button.setFocus()

    def cancel_pending(self) -> None:
        """Drop the question without coding anything."""
        self.pending = None
        self.confirm_bar.hide()
        self.group_list.setFocus()

    def confirm(self) -> None:
        """Code the group as asked, in one undo step, and go to the next group not coded yet."""
        if self.pending is None:
            return
        index, ids, theme_id = self.pending
        self.cancel_pending()
        if index != self.current_index() or self.task is not None:
            return
        try:
            if theme_id is None:
                changes = self.project.mark_none(list(ids), self.coder)
            else:
                changes = self.project.assign(list(ids), theme_id, self.coder)
        except ProjectError as exc:  # a refused use case is a one-line message, never a crash
            self._say(str(exc), error=True)
            return
        names = {t.id: t.name for t in self.themes}
        label = self.tr("no theme applies") if theme_id is None else names.get(theme_id, theme_id)
        left_out = len(self.groups[index].response_ids) - len(ids)
        self.panel.mark_done(index, label + (self.tr(" (%n left out)", "", left_out) if left_out else ""))
        self._update_progress()
        self._say(self.tr("Coded %n answer(s) as %1.", "", len(ids)).replace("%1", label))
        self.on_changes(changes)
        following = self.panel.next_open(index)
        if following is not None:
            self.group_list.setCurrentRow(following)

    def reject(self) -> None:
        """Esc drops an open question first; only then does it close the dialog."""
        if self.pending is not None:
            self.cancel_pending()
            return
        super().reject()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.theme, self.code_button, self.none_button):
            widget.setEnabled(enabled)
        self.code_button.setEnabled(enabled and bool(self.themes))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR if error else MUTED)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def done(self, result: int) -> None:
        """Closing the dialog stops a running grouping."""
        self.cancel_task()
        super().done(result)


def open_groups_dialog(
    parent: QWidget, project, coder: str, runner: TaskRunner, question_id: str | None, on_changes: OnChanges
) -> GroupsDialog | None:
    """Show the near-duplicate groups of a question for this coder (a fresh dialog each time)."""
    if project is None:
        return None
    for stale in parent.findChildren(GroupsDialog):
        stale.close()
        stale.deleteLater()
    dialog = GroupsDialog(project, coder, runner, question_id or None, on_changes, parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.group_list.setFocus()
    return dialog
