"""The window's look: the Fusion style with a calm palette, named panel titles, fitting small screens."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget

STYLE_SHEET = """
QLabel#panelTitle { font-weight: 600; color: #3c4043; padding: 2px 0; }
QLabel#progressLine { color: #3c4043; padding: 2px 2px; }
QTableView { gridline-color: #ececec; selection-background-color: #d2e3fc; selection-color: #202124; }
QTableView::item { padding: 0 6px; }
QHeaderView::section { padding: 4px 6px; border: none; border-bottom: 1px solid #dadce0;
                       background: #f8f9fa; font-weight: 600; color: #3c4043; }
QListWidget { border: 1px solid #dadce0; border-radius: 4px; }
QListWidget::item { padding: 3px 4px; }
QTabBar::tab { padding: 6px 18px; }
"""


def apply_style(app: QApplication) -> None:
    """Give every platform the same tidy look."""
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)


def clamp_to_screen(rect: QRect, available: QRect) -> QRect:
    """Return `rect` shrunk and moved so it lies wholly on the available screen area."""
    width = min(rect.width(), available.width())
    height = min(rect.height(), available.height())
    x = min(max(rect.x(), available.left()), available.right() - width + 1)
    y = min(max(rect.y(), available.top()), available.bottom() - height + 1)
    return QRect(x, y, width, height)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize a window to a preferred size, but never beyond 95% of the screen it is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    available = screen.availableGeometry()
    widget.resize(min(width, int(available.width() * 0.95)), min(height, int(available.height() * 0.95)))


class ElidedLabel(QLabel):
    """A one-line label that ends its text with "…" where it is too narrow, and shows it whole on hover."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)  # shrinks to "MM…"
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        """Keep the whole text, show what fits."""
        self._full = text
        self._elide()
        self.updateGeometry()

    def text(self) -> str:
        """Return the whole text, however much of it is shown."""
        return self._full

    def shown_text(self) -> str:
        """Return the text as it is drawn (cut with "…" when the label is too narrow)."""
        return super().text()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right() + 4
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.fontMetrics().horizontalAdvance("MM…"), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, room))
        QLabel.setText(self, shown)
        self.setToolTip(self._full if shown != self._full else "")
