"""The agreement review's selected answer: its text, each coder's themes and the consensus, with the decision buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.gui.review_widgets import escape_html, panel_title


class SelectedAnswer(QWidget):
    """Shows one disagreement and emits `chosen` with the rule a button picks: a coder's name, union or custom."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answer = QTextBrowser()
        self.answer.setStyleSheet(
            "QTextBrowser { background: #fffdf7; border: 1px solid #e0ddd3; border-radius: 4px; }"
        )
        self.answer.document().setDocumentMargin(8)
        self.answer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.decision_buttons = QHBoxLayout()
        self.buttons_by_rule: dict[str, QPushButton] = {}
        keys = QLabel(self.tr("Keys: 1…n adopt that coder · U union · J / K next / previous"))
        keys.setStyleSheet("color: #80868b;")
        keys.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(panel_title(self.tr("Selected answer")))
        layout.addWidget(self.answer, 1)
        layout.addLayout(self.decision_buttons)
        layout.addWidget(keys)

    def set_coders(self, coders: list[str]) -> None:
        """One Adopt button per compared coder (numbered as their keys), then Union and Custom…."""
        while self.decision_buttons.count():
            widget = self.decision_buttons.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.buttons_by_rule = {}
        for n, coder in enumerate(coders, start=1):
            label = self.tr("Adopt %1").replace("%1", coder) + (f"  ({n})" if n <= 9 else "")
            self._add_button(coder, label)
        self._add_button("union", self.tr("Union  (U)"))
        self._add_button("custom", self.tr("Custom…"))
        self.decision_buttons.addStretch(1)

    def show_nothing(self, empty: bool) -> None:
        """No answer selected: say so when the list is empty, and disable the buttons."""
        self._enable(False)
        self.answer.setPlainText(self.tr("No disagreements to show.") if empty else "")

    def show_answer(
        self, text: str, respondent: str, themes: list[tuple[str, str]], consensus: str | None
    ) -> None:
        """Show an answer, its respondent, each coder's themes (coder, names) and the consensus (None: not settled)."""
        self._enable(True)
        lines = [
            f"<p style='font-size:13pt'>{escape_html(text)}</p>",
            "<p style='color:#5f6368'>"
            + escape_html(self.tr("Respondent %1").replace("%1", respondent))
            + "</p><table>",
        ]
        rows = [
            *themes,
            (self.tr("consensus"), self.tr("not settled yet") if consensus is None else consensus),
        ]
        for who, names in rows:
            lines.append(
                f"<tr><td style='padding-right:12px'><b>{escape_html(who)}</b></td>"
                f"<td>{escape_html(names)}</td></tr>"
            )
        self.answer.setHtml("".join(lines) + "</table>")

    def _enable(self, enabled: bool) -> None:
        for button in self.buttons_by_rule.values():
            button.setEnabled(enabled)

    def _add_button(self, rule: str, label: str) -> None:
        button = QPushButton(label)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(_emitter(self.chosen, rule))
        self.decision_buttons.addWidget(button)
        self.buttons_by_rule[rule] = button


def _emitter(signal, rule: str) -> Callable[..., None]:
    return lambda _checked=False: signal.emit(rule)
