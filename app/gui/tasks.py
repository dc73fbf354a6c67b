"""Background work for the window: one worker thread, progress polled by a timer, cancel on request."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.core.progress import Cancelled, Progress
from app.gui.style import ElidedLabel

ProgressFn = Progress


@dataclass
class Task:
    """One piece of long work: its future, latest progress and whether cancel was asked."""

    label: str
    future: Future
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    fraction: float = 0.0
    step: str = ""
    cancel_event: threading.Event = field(default_factory=threading.Event)
    background: bool = False  # upkeep the coder did not ask for (embedding): it never makes the runner busy

    def report(self, fraction: float, step: str = "") -> None:
        """Record progress from the worker thread; raise Cancelled once the user asked to stop."""
        self.fraction, self.step = max(0.0, min(1.0, fraction)), step or self.step
        if self.cancel_event.is_set():
            raise Cancelled(f"{self.label} cancelled")


class TaskRunner(QObject):
    """Runs pure functions `fn(progress)` one at a time off the GUI thread and reports on it."""

    progressed = Signal(float, str)
    started = Signal(str)
    finished = Signal(str)
    cancelled = Signal()  # the coder pressed Cancel (chains of background tasks stop on it)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="thematic-task")
        self._tasks: list[Task] = []
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._poll)

    @property
    def busy(self) -> bool:
        """True while a task the coder started is queued or running (background upkeep does not count)."""
        return any(not t.background for t in self._tasks)

    @property
    def working(self) -> bool:
        """True while any task, background upkeep included, is queued or running."""
        return bool(self._tasks)

    def run(
        self,
        label: str,
        fn: Callable[[ProgressFn], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        background: bool = False,
    ) -> Task:
        """Queue `fn(progress)`; on_done/on_error are called later on the GUI thread."""
        task = Task(label=label, future=Future(), on_done=on_done, on_error=on_error, background=background)
        task.future = self._executor.submit(fn, task.report)
        self._tasks.append(task)
        self.started.emit(label)
        self._timer.start()
        return task

    def cancel(self) -> None:
        """Ask every queued or running task to stop at its next progress report."""
        for task in self._tasks:
            task.cancel_event.set()
            task.future.cancel()
        self.cancelled.emit()

    def shutdown(self) -> None:
        """Cancel what is running and wait for the worker to finish (on window close)."""
        self.cancel()
        self._executor.shutdown(wait=True)
        self._timer.stop()

    def _poll(self) -> None:
        """Forward progress and deliver finished results on the GUI thread."""
        for task in list(self._tasks):
            if not task.future.done():
                break
            self._tasks.remove(task)
            self._deliver(task)
        waiting = [t for t in self._tasks if not t.future.done()]
        if waiting:  # the coder's own task is shown (at 0 while queued) rather than background upkeep
            shown = next((t for t in waiting if not t.background), waiting[0])
            self.progressed.emit(shown.fraction, shown.step or shown.label)
        if not self._tasks:
            self._timer.stop()

    def _deliver(self, task: Task) -> None:
        """Call the task's callback with its result or its error."""
        error: BaseException | None
        error = Cancelled(f"{task.label} cancelled") if task.future.cancelled() else task.future.exception()
        try:
            if error is None:
                if task.on_done is not None:
                    task.on_done(task.future.result())
            elif task.on_error is not None:
                task.on_error(error)
        finally:
            self.finished.emit(task.label)


class TaskBar(QWidget):
    """A status-bar strip with the running task's label, a progress bar and a Cancel button."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.label = ElidedLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setMinimumWidth(60)
        self.bar.setMaximumWidth(120)  # the label (what runs) gets the room on a narrow status bar
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(runner.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        runner.started.connect(self._on_started)
        runner.progressed.connect(self._on_progress)
        runner.finished.connect(self._on_finished)
        self.hide()

    def _on_started(self, label: str) -> None:
        self.label.setText(label)
        self.bar.setValue(0)
        self.show()

    def _on_progress(self, fraction: float, step: str) -> None:
        self.label.setText(step)
        self.bar.setValue(int(fraction * 1000))

    def _on_finished(self, _label: str) -> None:
        if not self.runner.working:
            self.hide()


class ProgressStripMixin:
    """For dialogs that run one background task at a time with a progress strip and Cancel.

    The dialog provides `task` (the running TaskHandle or None), `bar` (a 0–1000 QProgressBar), `step` (a
    QLabel) and `busy` (the strip's container), and connects the runner's `progressed` to `_on_progress`.
    """

    def make_progress_strip(self, runner: TaskRunner, style: str = "color: #5f6368;") -> QWidget:
        """Build `bar`, `step`, `cancel_button` and the hidden `busy` strip holding them; follow the runner."""
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.step = QLabel()
        self.step.setStyleSheet(style)
        self.cancel_button = QPushButton(QCoreApplication.translate("ProgressStrip", "Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(lambda _checked=False: self.cancel_task())
        self.busy = QWidget()
        row = QHBoxLayout(self.busy)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.step)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.busy.hide()
        runner.progressed.connect(self._on_progress)
        return self.busy

    def cancel_task(self) -> None:
        """Stop the running task at its next progress report."""
        if self.task is not None:
            self.task.cancel_event.set()
            self.task.future.cancel()

    def _on_progress(self, fraction: float, step: str) -> None:
        if self.task is not None and shiboken6.isValid(self):
            self.bar.setValue(int(fraction * 1000))
            self.step.setText(step)

    def _end_task(self) -> bool:
        """Hide the progress strip; False when the dialog is already gone."""
        if not shiboken6.isValid(self):
            return False
        self.task = None
        self.busy.hide()
        return True
