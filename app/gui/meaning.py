"""Embedding answers by meaning in the background (the semantic extra) and saying how far it got.

The work runs on the window's task runner in slices of 64 answers marked as background upkeep: they never
make the window busy (undo and import stay available) and a task the coder starts waits a few seconds at
most. Cancel in the task bar pauses it (the answers embedded so far stay in the project) and Analysis ▸
Embed answers by meaning goes on. When every answer has a vector the suggestion engine gets them.
A reader (who may not write the project) embeds nothing and uses the vectors others embedded.
Without the extra this shows nothing and does nothing."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from app.core.embeddings import semantic_available
from app.core.progress import Cancelled
from app.gui.tasks import TaskRunner

SLICE = 64  # answers per background task (2 chunks of 32: a few seconds of one core)


class MeaningController(QObject):
    """Keeps the open project's answer vectors complete and hands them to the suggestions."""

    def __init__(
        self, runner: TaskRunner, deliver: Callable[[object], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.deliver = deliver  # receives the meaning index (or None when the project closes)
        self.label = QLabel()
        self.label.setObjectName("meaningStatus")
        self.label.hide()
        self.project = None
        self.running = False
        self.total = 0
        self.writable = True
        self._generation = 0
        runner.cancelled.connect(self._pause)

    def open(self, project) -> None:
        """Start keeping a newly opened project's vectors complete (nothing without the extra)."""
        self._generation += 1
        self.project, self.running, self.total = project, False, 0
        self.deliver(None)
        if project is None or not semantic_available():
            self.label.hide()
            return
        self.label.setText(self.tr("Meaning: starting"))
        self.label.show()
        self.running = True
        generation = self._generation
        self.runner.run(
            self.tr("Embedding answers by meaning"),
            lambda _progress: project.meaning_status(),
            on_done=lambda status: self._started(generation, status),
            on_error=lambda exc: self._failed(generation, exc),
            background=True,
        )

    def close(self) -> None:
        """Forget the project (closing it): a running slice finishes, nothing more is started."""
        self.open(None)

    def resume(self) -> None:
        """Go on embedding the answers still without a vector, one slice after another."""
        if self.project is not None and not self.running and self.writable and self.label.isVisible():
            self.running = True
            self._slice(self._generation)

    def _started(self, generation: int, status) -> None:
        if generation != self._generation or not shiboken6.isValid(self.label):
            return
        if not status.available:  # installed but its model did not load
            self.running = False
            self.label.hide()
            return
        self.total = status.total
        self.label.setToolTip(
            self.tr("Suggestions also compare answers by meaning, across languages (model %1).").replace(
                "%1", status.model
            )
        )
        self._show(status.embedded, status.total)
        if status.embedded:
            self._load_index(generation)
        self.writable = status.writable  # a reader uses the vectors others embedded, and adds none
        if status.remaining and self.writable:
            self._slice(generation)
        else:
            self.running = False

    def _slice(self, generation: int) -> None:
        project = self.project
        self.runner.run(
            self.tr("Embedding answers by meaning"),
            lambda progress: project.embed_answers(progress, limit=SLICE),
            on_done=lambda outcome: self._sliced(generation, outcome),
            on_error=lambda exc: self._failed(generation, exc),
            background=True,
        )

    def _pause(self) -> None:
        """Cancel was pressed: the slice running now stops, and no further slice starts."""
        if self.running:
            self._generation += 1
            self.running = False
            self.label.setText(self.tr("Meaning: paused (Analysis ▸ Embed answers by meaning goes on)"))
            self._load_index(self._generation)  # what is embedded already still helps

    def _sliced(self, generation: int, outcome) -> None:
        if generation != self._generation or not shiboken6.isValid(self.label):
            return
        self.total = max(self.total, outcome.embedded + outcome.remaining)
        self._show(self.total - outcome.remaining, self.total)
        if outcome.remaining > 0 and outcome.embedded > 0:
            self._slice(generation)
            return
        self.running = False
        self._load_index(generation)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or not shiboken6.isValid(self.label):
            return
        self.running = False
        if isinstance(exc, Cancelled):
            self.label.setText(self.tr("Meaning: paused (Analysis ▸ Embed answers by meaning goes on)"))
        else:
            self.label.setText(self.tr("Meaning: stopped (%1)").replace("%1", str(exc)))
        self._load_index(generation)  # what is embedded already still helps

    def _load_index(self, generation: int) -> None:
        project = self.project
        self.runner.run(
            self.tr("Reading the answers' meaning"),
            lambda _progress: project.meaning_index(),
            on_done=lambda index: generation == self._generation and self.deliver(index),
            background=True,
        )

    def _show(self, embedded: int, total: int) -> None:
        if embedded >= total:
            self.label.setText(self.tr("Meaning: on, %1 answers").replace("%1", f"{total:,}"))
        else:
            self.label.setText(
                self.tr("Meaning: %1 of %2").replace("%1", f"{embedded:,}").replace("%2", f"{total:,}")
            )
