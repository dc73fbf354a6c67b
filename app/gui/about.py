"""Help ▸ About: the version, Thematic's licence and the notices of the software it bundles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app import __version__
from app.gui.icons import png_path

NOTICES = Path(__file__).resolve().parent.parent / "THIRD-PARTY-NOTICES.txt"


def notices_text() -> str:
    """Return the third-party notices shipped with the app (a clear line if the file went missing)."""
    try:
        return NOTICES.read_text(encoding="utf-8")
    except OSError as exc:
        return f"{NOTICES}: cannot read the notices ({exc.strerror})"


class AboutDialog(QDialog):
    """Shows what Thematic is, its version and licence, and every bundled component's licence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Thematic"))
        self.resize(720, 560)
        logo = QLabel()
        logo.setPixmap(QPixmap(str(png_path(64))))
        heading = QLabel(
            f"<b>Thematic {__version__}</b><br>"
            + self.tr("Qualitative thematic coding of open-ended survey answers.")
            + "<br>"
            + self.tr("Free software under the MIT License.")
        )
        self.notices = QPlainTextEdit(notices_text())
        self.notices.setReadOnly(True)
        self.notices.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(logo)
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("Third-party software in this build:")))
        layout.addWidget(self.notices, 1)
        layout.addWidget(buttons)
