"""Keep an open window in step with what other coders and programs commit, and say when the server is gone.

SQLite files are polled on a timer and whenever the window becomes active again. On PostgreSQL a
background thread listens for the notices writers send at commit and the window reads the feed at
once; a slower poll stays on as the fallback. Each read goes through `Project.follow(cursor)`, which
also returns events that committed out of id order, and the window refreshes only what they touched,
in place: the current answer, the selection, the scroll position and a memo being typed stay as
they are. When the server cannot be reached the window says so in a banner, stops taking key
presses (a write that failed is never shown as done) and retries with a growing delay; on reconnect
the same cursor catches up on everything committed meanwhile.
"""

from __future__ import annotations

import threading
import weakref

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.core.live_changes import FeedCursor, LiveBatch
from app.project.outcomes import Changes, ConnectionLostError, ProjectError

FILE_POLL_MS = 2000  # an SQLite project: how often another program's commits are looked for
SERVER_POLL_MS = 10000  # PostgreSQL with a working listener: the fallback poll
HOLE_POLL_MS = 1000  # while an event id is still missing below the newest one read
NOTICE_DELAY_MS = 50  # gather the notices of a burst of commits into one read
RETRY_MS = (1000, 2000, 4000, 8000, 15000, 30000)  # waits between reconnection attempts
LISTEN_WAIT_S = 0.5  # how long the listener blocks before it checks whether it should stop

_following: weakref.WeakSet[LiveUpdates] = weakref.WeakSet()


def connection_lost(message: str) -> bool:
    """A view's read found the server gone (an error no slot caught): show the banner; False if nobody follows."""
    followers = [f for f in _following if f.project is not None]
    for follower in followers:
        follower.report_lost(message)
    return bool(followers)


class ConnectionBanner(QFrame):
    """The strip above the workspace that says the server connection is lost and when it is tried again."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setStyleSheet(
            "#connectionBanner { background: #fdecc8; border-bottom: 1px solid #e0b252; }"
            "#connectionBanner QLabel { color: #4a3500; }"
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry = QPushButton(self.tr("Retry now"))
        self.retry.clicked.connect(self.retry_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry)
        self.hide()

    def show_lost(self, reason: str, retry_in_ms: int) -> None:
        """Say that the connection is lost, why, and when the next attempt is."""
        self.message.setText(
            self.tr(
                "No connection to the database server (%1). Everything the window showed as saved is "
                "safe; key presses are paused until the server answers. Trying again in %2 s."
            )
            .replace("%1", reason)
            .replace("%2", str(max(1, round(retry_in_ms / 1000))))
        )
        self.show()


class LiveUpdates(QObject):
    """Follows the window's open project: reads what others committed and refreshes the views in place."""

    notified = Signal()  # from the listener thread: a writer committed
    listener_lost = Signal()  # from the listener thread: its connection dropped
    connection_changed = Signal(bool)  # True when the server answers again, False when it is lost

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.project = None
        self.coder = ""
        self.cursor: FeedCursor | None = None
        self.lost = False
        self.banner = ConnectionBanner()
        self.banner.retry_requested.connect(self.poll)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self.poll)
        self.notice_timer = QTimer(self)
        self.notice_timer.setSingleShot(True)
        self.notice_timer.setInterval(NOTICE_DELAY_MS)
        self.notice_timer.timeout.connect(self.poll)
        self.notified.connect(self.notice_timer.start)
        self.listener_lost.connect(
            self.notice_timer.start
        )  # the next read tells a dropped listener from a dead server
        self._retries = 0
        self._listener = None
        self._listening = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        window.installEventFilter(self)
        for view in (window.workspace, window.codebook):
            view.failed.connect(self._on_failed)
        _following.add(self)

    # ----- following a project -------------------------------------------------------------------------
    def attach(self, project, coder: str) -> None:
        """Start following a project just opened for `coder`."""
        self.detach()
        self.project, self.coder = project, coder
        try:
            self.cursor = project.feed_cursor()
        except ProjectError:
            self.cursor = FeedCursor()
        self._listener = project.listener()
        if self._listener is not None:
            self._start_listening()
        self._schedule()

    def detach(self) -> None:
        """Stop following (the project is being closed)."""
        self.timer.stop()
        self.retry_timer.stop()
        self.notice_timer.stop()
        self._stop_listening()
        self.project, self.cursor = None, None
        self._set_lost(False)

    def poll(self) -> None:
        """Read what was committed since the last read and show it; note a lost connection."""
        if self.project is None or self.cursor is None:
            return
        try:
            batch = self.project.follow(self.cursor)
        except ConnectionLostError as exc:
            self._connection_lost(str(exc))
            return
        except ProjectError as exc:  # busy or replaced: the next poll tries again
            self.window.statusBar().showMessage(str(exc), 5000)
            return
        self.cursor = batch.cursor
        if self.lost:
            self._reconnected()
        if not batch.empty:
            self.apply(batch)
        self._schedule()

    def apply(self, batch: LiveBatch) -> None:
        """Refresh what the batch touched without moving the current answer, selection or scroll."""
        window, workspace = self.window, self.window.workspace
        if window.project is not self.project or not workspace.question_id:
            return
        scroll = workspace.table.verticalScrollBar().value()
        current = workspace.current_response()
        mine = batch.responses_of(self.coder)
        if batch.survey:
            workspace.memo.save()  # the answers are read again; the typed memo is kept as saved
        if mine or batch.codebook or batch.survey:
            workspace.apply_changes(
                Changes(label="", response_ids=mine, codebook=batch.codebook, survey=batch.survey)
            )
        elif batch.memos:
            workspace.memo.reload()  # unsaved typing is kept
        if batch.survey and current is not None and workspace.model.row_of(current[0]) is not None:
            workspace.select_row(workspace.model.row_of(current[0]))
        if not workspace.blind and (batch.responses_of_others(self.coder) or batch.memos):
            workspace.set_blind(False)  # re-reads other coders' decisions and memos
        if batch.codebook or batch.survey:
            window.codebook.reload()
        workspace.table.verticalScrollBar().setValue(scroll)
        window._update_undo()

    # ----- connection loss -----------------------------------------------------------------------------
    def _on_failed(self, _message: str) -> None:
        """A write was refused: read now, which tells whether the server is gone."""
        if self.project is not None and not self.lost:
            self.notice_timer.start()

    def report_lost(self, message: str) -> None:
        """Something outside the poll found the server gone: say so now, unless already said."""
        if not self.lost:
            self._connection_lost(message)

    def _connection_lost(self, reason: str) -> None:
        wait = RETRY_MS[min(self._retries, len(RETRY_MS) - 1)]
        self._retries += 1
        self._set_lost(True)
        self.banner.show_lost(_reason(reason), wait)
        self.timer.stop()
        self.retry_timer.start(wait)

    def _reconnected(self) -> None:
        self._retries = 0
        self._set_lost(False)
        self.window.statusBar().showMessage(self.tr("Connected to the database server again"), 5000)
        self.window.workspace.memo.save()  # a memo typed while the server was away
        if self._listener is not None and not self._listening:
            self._start_listening()

    def _set_lost(self, lost: bool) -> None:
        changed = lost != self.lost
        self.lost = lost
        for view in (self.window.workspace, self.window.codebook):
            view.setEnabled(not lost)
        if not lost:
            self.banner.hide()
            if changed and self.project is not None:
                self.window.workspace.table.setFocus()
        if changed:
            self.connection_changed.emit(not lost)

    def _schedule(self) -> None:
        """Poll often on a file or while an event is missing; rarely when notices arrive."""
        if self.cursor is not None and self.cursor.holes:
            interval = HOLE_POLL_MS
        elif self._listener is not None and self._listening:
            interval = SERVER_POLL_MS
        else:
            interval = FILE_POLL_MS
        if self.timer.interval() != interval or not self.timer.isActive():
            self.timer.start(interval)

    # ----- the listener thread ------------------------------------------------------------------------
    def _start_listening(self) -> None:
        self._stop_listening()
        self._stop = threading.Event()
        self._listening = True
        self._thread = threading.Thread(
            target=self._listen, args=(self._listener, self._stop), name="thematic-listen", daemon=True
        )
        self._thread.start()

    def _stop_listening(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2 * LISTEN_WAIT_S + 0.5)
        self._thread = None
        self._listening = False

    def _listen(self, listener, stop: threading.Event) -> None:
        """Wait for commit notices until told to stop; after a drop, reconnect with a growing delay."""
        attempt = 0
        try:
            while not stop.is_set():
                try:
                    if listener.wait(LISTEN_WAIT_S):
                        self.notified.emit()
                    if attempt:
                        attempt = 0
                        self.notified.emit()  # listening again: read what came meanwhile
                except ConnectionLostError:
                    self.listener_lost.emit()
                    stop.wait(RETRY_MS[min(attempt, len(RETRY_MS) - 1)] / 1000)
                    attempt += 1
        finally:
            listener.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.WindowActivate and not self.lost:
            self.notice_timer.start()  # back in the window: show what others did meanwhile
        return super().eventFilter(watched, event)


def _reason(message: str) -> str:
    """Keep the server's own words from a refusal (the part in brackets), short enough for the banner."""
    start, end = message.find("("), message.rfind(")")
    reason = message[start + 1 : end] if 0 <= start < end else message
    reason = " ".join(reason.rsplit("FATAL:", 1)[-1].split())  # the server's words, not the address
    return reason if len(reason) <= 160 else reason[:157] + "…"
