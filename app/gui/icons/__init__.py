"""The Thematic icon set: one SVG drawn for the app and PNG sizes rendered from it (render_pngs.py)."""

from __future__ import annotations

from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    """Return the PNG of the icon at one of SIZES pixels."""
    return ICON_DIR / f"thematic-{size}.png"


def app_icon():
    """Return the window icon with every rendered size, so each platform picks the sharpest one."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(png_path(size)))
    return icon
