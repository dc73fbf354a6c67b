"""`python -m app.gui.icons.render_pngs`: render thematic.svg to the PNG sizes kept next to it."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from app.gui.icons import ICON_DIR, SIZES, png_path  # noqa: E402


def render(size: int) -> QImage:
    """Paint the SVG into a transparent square image of `size` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICON_DIR / "thematic.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    """Write every size and the Windows .ico; they are committed so the running app needs no SVG renderer."""
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        render(size).save(str(png_path(size)), "PNG")
    render(256).save(str(ICON_DIR / "thematic.ico"), "ICO")  # for the Windows executable and installer
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
