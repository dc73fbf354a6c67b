"""Coding stripes beside the answer: one coloured lane per theme, covering the lines its spans cover (as in MAXQDA)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from app.gui.text_positions import utf16_spans

LANE = 10  # width of one theme's stripe
GAP = 3  # between lanes


@dataclass(frozen=True)
class Stripe:
    """One theme on the shown answer: its spans in code points, or none for the whole answer."""

    theme_id: str
    name: str
    color: str
    spans: tuple[tuple[int, int], ...] = ()  # empty: coded on the whole answer

    @property
    def whole(self) -> bool:
        """True when the theme is coded on the whole answer rather than on words of it."""
        return not self.spans


class CodingStripes(QWidget):
    """Paints the stripes of an answer shown in `text`, following its scrolling; hover names theme and words."""

    def __init__(self, text: QTextBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.answer = ""
        self.stripes: list[Stripe] = []
        self.setMouseTracking(True)
        self.setToolTip(self.tr("Coding stripes: one colour per theme, beside the words coded with it"))
        text.verticalScrollBar().valueChanged.connect(lambda _v: self.update())
        self.hide()

    def set_stripes(self, answer: str, stripes: list[Stripe]) -> None:
        """Show the stripes of a new answer (or after coding, undo or redo); no stripes hides the margin."""
        self.answer, self.stripes = answer, list(stripes)
        self.setFixedWidth(self.sizeHint().width())
        self.setVisible(bool(stripes))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(GAP + len(self.stripes) * (LANE + GAP), 0)

    def lane_rects(self, stripe: Stripe) -> list[QRect]:
        """Return where a stripe is painted: one rectangle per span (the answer's whole height when whole)."""
        lane = self.stripes.index(stripe)
        x = GAP + lane * (LANE + GAP)
        length = len(self.answer.encode("utf-16-le")) // 2
        pieces = utf16_spans(self.answer, stripe.spans) if stripe.spans else [(0, length)]
        rects = []
        for start, end in pieces:
            top, bottom = (
                self._line_top(start),
                self._line_bottom(max(start, end - 1 if stripe.spans else end)),
            )
            rects.append(QRect(x, top, LANE, max(4, bottom - top)))
        return rects

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for stripe in self.stripes:
            color = QColor(stripe.color)
            for rect in self.lane_rects(stripe):
                if stripe.whole:  # the whole answer: a lighter stripe, so coded words stand out
                    painter.setPen(color.darker(120))
                    painter.setBrush(color.lighter(160))
                else:
                    painter.setPen(color.darker(130))
                    painter.setBrush(color)
                painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 3, 3)
        painter.end()

    def stripe_at(self, pos: QPoint) -> Stripe | None:
        """Return the stripe under a point of this widget."""
        for stripe in self.stripes:
            if any(rect.contains(pos) for rect in self.lane_rects(stripe)):
                return stripe
        return None

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            stripe = self.stripe_at(event.pos())
            if stripe is None:
                QToolTip.hideText()
                return True
            words = " · ".join(f"“{self.answer[a:b]}”" for a, b in stripe.spans)
            QToolTip.showText(
                event.globalPos(),
                f"{stripe.name}: {words}"
                if words
                else self.tr("%1: the whole answer").replace("%1", stripe.name),
                self,
            )
            return True
        return super().event(event)

    # ----- geometry -------------------------------------------------------------------------------
    def _line_top(self, position: int) -> int:
        return self._to_here(self._cursor_rect(position).top())

    def _line_bottom(self, position: int) -> int:
        return self._to_here(self._cursor_rect(position).bottom())

    def _cursor_rect(self, position: int) -> QRect:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(max(0, min(position, self.text.document().characterCount() - 1)))
        return self.text.cursorRect(cursor)

    def _to_here(self, viewport_y: int) -> int:
        """Map a height in the text's viewport to this widget (they sit side by side)."""
        return self.mapFromGlobal(self.text.viewport().mapToGlobal(QPoint(0, viewport_y))).y()
