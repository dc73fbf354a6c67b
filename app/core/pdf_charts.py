"""Horizontal bar charts of theme frequencies, drawn as vector graphics (text stays extractable)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.core.pdf_styles import INK, MUTED, RULE, SANS, clean_text
from app.core.report_counts import CountRow
from app.core.report_methods import format_percent

MAX_CHART_ROWS = 40
ROW_HEIGHT = 14.0
FALLBACK_COLOR = colors.HexColor("#4e79a7")


def theme_color(value: str | None) -> colors.Color:
    """Parse a theme's '#rrggbb' colour; anything unparsable gets the default blue."""
    try:
        return colors.HexColor(value) if value else FALLBACK_COLOR
    except (ValueError, TypeError):
        return FALLBACK_COLOR


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """Shorten a label with an ellipsis so it fits `width` points."""
    text = " ".join(clean_text(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def bar_chart(rows: Sequence[CountRow], width: float, font_size: float = 8.0) -> Drawing:
    """Draw one bar per theme row (answers, with percentage), sub-themes indented and lighter."""
    rows = list(rows)[:MAX_CHART_ROWS]
    label_w = width * 0.36
    value_w = stringWidth("00,000 (100.0%)", SANS, font_size) + 6
    bar_w = max(width - label_w - value_w, 10)
    height = ROW_HEIGHT * len(rows) + 6
    drawing = Drawing(width, height, initialFontName=SANS, initialFontSize=font_size)
    top = max((r.answers for r in rows), default=0) or 1
    drawing.add(Line(label_w, 0, label_w, height, strokeColor=RULE, strokeWidth=0.5))
    for i, row in enumerate(rows):
        y = height - (i + 1) * ROW_HEIGHT
        indent = 10 * row.depth
        label = fit_text(row.label, SANS, font_size, label_w - indent - 6)
        drawing.add(
            String(
                indent,
                y + 4,
                label,
                fontName=SANS,
                fontSize=font_size,
                fillColor=INK if row.depth == 0 else MUTED,
            )
        )
        length = bar_w * row.answers / top
        fill = theme_color(row.color)
        if row.depth:
            fill = colors.Color(fill.red, fill.green, fill.blue, alpha=0.55)
        if length > 0:
            drawing.add(Rect(label_w, y + 2.5, length, ROW_HEIGHT - 5, fillColor=fill, strokeColor=None))
        drawing.add(
            String(
                label_w + length + 4,
                y + 4,
                f"{row.answers:,} ({format_percent(row.answers_pct)})",
                fontName=SANS,
                fontSize=font_size - 0.5,
                fillColor=MUTED,
            )
        )
    return drawing
