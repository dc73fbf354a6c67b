"""The memo under the current answer: this coder's note, saved as they go, and other coders' notes to read."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.gui.responses_model import memo_icon
from app.gui.style import ElidedLabel
from app.project.outcomes import Changes, ProjectError

SAVE_AFTER_MS = 800


class MemoPanel(QWidget):
    """Edits this coder's memo on one answer; saves on leaving the box or after a pause in typing (undoable)."""

    changed = Signal(object)  # Changes after a memo was written
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = None
        self.coder = ""
        self.response_id: str | None = None
        self.blind = True
        self._saved_text = ""
        title = ElidedLabel(self.tr("Memo  (Ctrl+M)"))
        title.setObjectName("panelTitle")
        mark = QLabel()
        mark.setPixmap(memo_icon().pixmap(14, 14))
        mark.setToolTip(self.tr("Answers with a memo carry this mark in the list"))
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.setSpacing(6)
        heading.addWidget(mark)
        heading.addWidget(title, 1)
        self.editor = QPlainTextEdit()
        self.set_read_only(False)
        self.editor.setTabChangesFocus(True)
        self.editor.setMaximumHeight(self.editor.fontMetrics().lineSpacing() * 4 + 16)
        self.editor.installEventFilter(self)
        self.others = QLabel()
        self.others.setWordWrap(True)
        self.others.setStyleSheet("color: #5f6368;")
        self.others.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save)
        self.editor.textChanged.connect(self._on_typed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addWidget(self.editor)
        layout.addWidget(self.others)

    def open(self, project, coder: str) -> None:
        """Attach to an opened project and coder."""
        self.save()
        self.project, self.coder, self.response_id = project, coder, None
        self._load()

    def set_read_only(self, read_only: bool) -> None:
        """A reader sees the memos but writes none (the project would refuse each save)."""
        self.editor.setReadOnly(read_only)
        self.editor.setPlaceholderText(
            self.tr("You are a reader here: you see the coders' notes below and write none")
            if read_only
            else self.tr("Your note on this answer (saved as you type; Esc returns to the list)")
        )

    def show_response(self, response_id: str | None) -> None:
        """Save the memo being edited, then show the memos of another answer."""
        if response_id == self.response_id:
            return
        self.save()
        self.response_id = response_id
        self._load()

    def set_blind(self, blind: bool) -> None:
        """Hide or show other coders' memos."""
        self.blind = blind
        self._load(keep_editor=True)

    def reload(self) -> None:
        """Re-read the memos after undo/redo or a merge (unsaved typing is kept)."""
        self._load(keep_editor=self.dirty)

    @property
    def dirty(self) -> bool:
        """True when the box holds text not yet saved."""
        return self.editor.toPlainText() != self._saved_text

    def save(self) -> None:
        """Write the memo when it changed; an emptied box deletes it."""
        self._timer.stop()
        if self.project is None or self.response_id is None or not self.dirty:
            return
        text = self.editor.toPlainText()
        try:
            changes: Changes = self.project.set_memo(self.response_id, self.coder, text)
        except ProjectError as exc:  # a refused write is a one-line message, never a crash
            self.failed.emit(str(exc))
            return
        self._saved_text = text
        self.changed.emit(changes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.save()
        return super().eventFilter(watched, event)

    # ----- internals ---------------------------------------------------------------------------------
    def _on_typed(self) -> None:
        if self.dirty:
            self._timer.start()

    def _load(self, keep_editor: bool = False) -> None:
        memos = self.project.memos(self.response_id) if self.project is not None and self.response_id else []
        mine = next((m.text for m in memos if m.coder == self.coder), "")
        if not keep_editor:
            self._saved_text = mine
            self.editor.blockSignals(True)
            self.editor.setPlainText(mine)
            self.editor.blockSignals(False)
        self.editor.setEnabled(self.response_id is not None)
        others = [m for m in memos if m.coder != self.coder]
        if self.blind or not others:
            self.others.hide()
            self.others.clear()
            return
        self.others.setText("<br>".join(f"<b>{_escape(m.coder)}:</b> {_escape(m.text)}" for m in others))
        self.others.show()


def visible_memos(memos, coder: str, blind: bool) -> dict[str, str]:
    """Return the memo text to mark each answer with: the coder's own, and others' too when not blind."""
    shown: dict[str, str] = {}
    for memo in memos:
        if memo.response_id is None or (blind and memo.coder != coder):
            continue
        line = memo.text if memo.coder == coder else f"{memo.coder}: {memo.text}"
        shown[memo.response_id] = f"{shown[memo.response_id]}\n{line}" if memo.response_id in shown else line
    return shown


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
