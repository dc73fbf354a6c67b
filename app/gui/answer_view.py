"""The current answer, large and readable, with the words that explain a suggestion highlighted."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QTextBrowser, QVBoxLayout, QWidget

from app.gui.coding_stripes import CodingStripes, Stripe
from app.gui.style import ElidedLabel
from app.gui.text_positions import code_point_offset, utf16_offset, utf16_spans

__all__ = ["AnswerView", "code_point_offset", "utf16_offset", "utf16_spans"]


class AnswerView(QWidget):
    """Shows who answered and the full answer in a large font; never edits it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = ElidedLabel()
        self.heading.setObjectName("answerHeading")
        self.heading.setStyleSheet("color: #5f6368;")
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setFocusPolicy(self.text.focusPolicy().NoFocus)
        font = QFont(self.text.font())
        font.setPointSizeF(max(13.0, font.pointSizeF() * 1.35))
        self.text.setFont(font)
        self.text.document().setDocumentMargin(10)
        self.text.setStyleSheet(
            "QTextBrowser { background: #fffdf7; border: 1px solid #e0ddd3; border-radius: 4px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.stripes = CodingStripes(self.text)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.stripes)
        row.addWidget(self.text, 1)
        layout.addWidget(self.heading)
        layout.addLayout(row, 1)
        self._answer = ""
        self.coded: list[tuple[int, int, str]] = []

    def show_answer(self, heading: str, answer: str) -> None:
        """Show a new answer without highlights."""
        self._answer = answer
        self.coded = []
        self.stripes.set_stripes(answer, [])
        self.heading.setText(heading)
        self.text.setPlainText(answer if answer.strip() else "")
        if not answer.strip():
            self.text.setPlaceholderText(self.tr("(empty answer)"))

    def clear(self, message: str = "") -> None:
        """Show no answer (no question selected or nothing matches the filter)."""
        self._answer = ""
        self.heading.setText(message)
        self.text.clear()
        self.stripes.set_stripes("", [])

    def highlight(self, spans: Iterable[tuple[int, int]], color: str = "#ffe082") -> None:
        """Mark code-point spans of the shown answer (keywords a suggestion matched)."""
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(color))
        fmt.setFontWeight(QFont.Weight.DemiBold)
        doc = self.text.document()
        for start, end in utf16_spans(self._answer, spans):
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

    def selected_span(self) -> tuple[int, int] | None:
        """Return the selected words as a code-point span (spaces at the edges left out), if any."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection() or not self._answer:
            return None
        start = code_point_offset(self._answer, cursor.selectionStart())
        end = code_point_offset(self._answer, cursor.selectionEnd())
        while start < end and self._answer[start].isspace():
            start += 1
        while end > start and self._answer[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def select_span(self, start: int, end: int) -> None:
        """Select a code-point span of the answer, as a mouse drag would."""
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(utf16_offset(self._answer, start))
        cursor.setPosition(utf16_offset(self._answer, end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def clear_selection(self) -> None:
        """Drop the selection after it was coded."""
        cursor = self.text.textCursor()
        cursor.clearSelection()
        self.text.setTextCursor(cursor)

    def show_spans(self, spans: Iterable[tuple[int, int, str, str]]) -> None:
        """Mark coded spans (start, end, colour, theme name) in their theme's colour, underlined."""
        doc = self.text.document()
        for start, end, color, _name in spans:
            for a, b in utf16_spans(self._answer, [(start, end)]):
                fmt = QTextCharFormat()
                fmt.setBackground(QColor(color).lighter(170))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(color))
                cursor = QTextCursor(doc)
                cursor.setPosition(a)
                cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(fmt)
        self.coded = [(start, end, name) for start, end, _color, name in spans]

    def show_coding(self, spans: list, themes: list, decided: frozenset[str]) -> None:
        """Mark a coder's spans in their themes' colours and draw a stripe per decided or span-coded theme."""
        by_id = {t.id: t for t in themes}
        self.show_spans(
            [(sp.start, sp.end, by_id[sp.theme_id].color, by_id[sp.theme_id].name) for sp in spans]
        )
        by_theme: dict[str, list[tuple[int, int]]] = {}
        for sp in spans:
            by_theme.setdefault(sp.theme_id, []).append((sp.start, sp.end))
        self.show_stripes(
            [
                Stripe(t.id, t.name, t.color, tuple(sorted(by_theme.get(t.id, ()))))
                for t in themes
                if t.id in decided or t.id in by_theme
            ]
        )

    def show_stripes(self, stripes: list[Stripe]) -> None:
        """Show which themes cover which lines of the answer, one coloured lane per theme."""
        self.stripes.set_stripes(self._answer, stripes)

    def highlighted_text(self) -> list[str]:
        """Return the highlighted fragments in order (what the reader sees marked)."""
        fragments: list[str] = []
        block = self.text.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                if frag.isValid() and frag.charFormat().background().color() == QColor("#ffe082"):
                    fragments.append(frag.text())
                it += 1
            block = block.next()
        return fragments
