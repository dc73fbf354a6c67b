"""Fonts, paragraph and table styles, and safe text for the PDF, so every page looks the same.

The bundled DejaVu Sans (see fonts/LICENSE-DejaVu.txt) covers Latin, Cyrillic and the Kazakh
letters and is embedded (subset) in every PDF, so nothing depends on system fonts.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import TableStyle

FONT_DIR = Path(__file__).with_name("fonts")
SANS = "ThematicSans"
SANS_BOLD = "ThematicSans-Bold"
SANS_ITALIC = "ThematicSans-Oblique"
_FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
}

PAGE_MARGIN = 22 * mm
FRAME_HEIGHT = 297 * mm - 2 * PAGE_MARGIN - 4 * mm  # A4 body frame, below the running header
INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#6b6b6b")
RULE = colors.HexColor("#c8c8c8")
BAND = colors.HexColor("#f3f3f1")
ACCENT = colors.HexColor("#2f5d7c")

BODY_SIZE = 9.5
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LONG_WORD = re.compile(r"\S{40,}")


def register_fonts() -> None:
    """Register the bundled fonts with reportlab once per process (idempotent)."""
    if SANS in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD)


def clean_text(text: object) -> str:
    """Return printable text: control characters become spaces, tabs spaces, newlines kept."""
    s = str(text)
    if "\r" in s:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = s.replace("\t", "    ").replace("\u2028", "\n").replace("\u2029", "\n")
    s = _CONTROL.sub(" ", s)
    if _SURROGATE.search(s):
        s = _SURROGATE.sub("\ufffd", s)
    return unicodedata.normalize("NFC", s)


def _break_long_words(s: str) -> str:
    """Insert zero-width spaces into very long words (URLs, runs of letters) so lines can wrap."""
    return _LONG_WORD.sub(
        lambda m: "\u200b".join(m.group(0)[i : i + 20] for i in range(0, len(m.group(0)), 20)), s
    )


def para_text(text: object) -> str:
    """Turn arbitrary user text into safe Paragraph markup that prints literally."""
    s = _break_long_words(clean_text(text))
    return escape(s).replace("\n", "<br/>")


def _style(name: str, **kw: object) -> ParagraphStyle:
    """Build a paragraph style on the common base (font, ink, alignment)."""
    base = {
        "fontName": SANS,
        "fontSize": BODY_SIZE,
        "leading": BODY_SIZE * 1.4,
        "textColor": INK,
        "alignment": TA_LEFT,
        "splitLongWords": 1,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


def make_styles() -> dict[str, ParagraphStyle]:
    """Return the report's paragraph styles by role."""
    register_fonts()
    styles = {
        "title": _style(
            "title", fontName=SANS_BOLD, fontSize=24, leading=30, spaceAfter=6 * mm, textColor=ACCENT
        ),
        "subtitle": _style("subtitle", fontSize=12, leading=16, textColor=MUTED, spaceAfter=10 * mm),
        "h1": _style(
            "h1",
            fontName=SANS_BOLD,
            fontSize=16,
            leading=20,
            spaceBefore=2 * mm,
            spaceAfter=4 * mm,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        "h2": _style(
            "h2",
            fontName=SANS_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
            keepWithNext=1,
        ),
        "h2_free": _style(
            "h2_free", fontName=SANS_BOLD, fontSize=11.5, leading=15, spaceBefore=5 * mm, spaceAfter=2 * mm
        ),
        "h3": _style(
            "h3",
            fontName=SANS_BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=3 * mm,
            spaceAfter=1 * mm,
            keepWithNext=1,
        ),
        "body": _style("body", spaceAfter=2 * mm),
        "entry": _style("entry", spaceAfter=1.2 * mm),  # a codebook field, its label inline
        "note_tight": _style("note_tight", fontSize=8, leading=11, textColor=MUTED, spaceAfter=1 * mm),
        "label": _style(
            "label",
            fontName=SANS_BOLD,
            fontSize=8,
            leading=11,
            textColor=MUTED,
            spaceBefore=1.5 * mm,
            keepWithNext=1,
        ),
        "quote": _style(
            "quote",
            fontName=SANS_ITALIC,
            fontSize=9,
            leading=12.5,
            leftIndent=4 * mm,
            spaceAfter=1.5 * mm,
            textColor=INK,
        ),
        "note": _style(
            "note", fontSize=8, leading=11, textColor=MUTED, spaceBefore=1 * mm, spaceAfter=2 * mm
        ),
        "caption": _style(
            "caption", fontName=SANS_BOLD, fontSize=9, leading=12, spaceAfter=1.5 * mm, keepWithNext=1
        ),
        "cell": _style("cell", fontSize=8.5, leading=11),
        "cell_bold": _style("cell_bold", fontName=SANS_BOLD, fontSize=8.5, leading=11),
        "cell_head": _style("cell_head", fontName=SANS_BOLD, fontSize=8, leading=10, textColor=MUTED),
        "cell_num": _style("cell_num", fontSize=8.5, leading=11, alignment=2),
        "toc": _style("toc", fontSize=10.5, leading=18),
        "fact_key": _style("fact_key", fontSize=9.5, leading=13, textColor=MUTED),
        "fact_value": _style("fact_value", fontSize=9.5, leading=13),
    }
    # a codebook entry's heading: an h2 drawn closer to its fields
    styles["h2_entry"] = ParagraphStyle(
        "h2_entry", parent=styles["h2"], spaceBefore=4 * mm, spaceAfter=0.5 * mm
    )
    return styles


def table_style(
    n_rows: int,
    n_header: int = 1,
    numeric_from: int = 1,
    bold_rows: tuple[int, ...] = (),
    rule_above: tuple[int, ...] = (),
) -> TableStyle:
    """Return the light-ruled table style: header rule, hairlines, right-aligned numbers."""
    cmds: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, n_header - 1), (-1, n_header - 1), 0.6, INK),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
    ]
    if n_header:
        cmds += [
            ("FONTNAME", (0, 0), (-1, n_header - 1), SANS_BOLD),
            ("FONTSIZE", (0, 0), (-1, n_header - 1), 8),
            ("TEXTCOLOR", (0, 0), (-1, n_header - 1), MUTED),
            ("VALIGN", (0, 0), (-1, n_header - 1), "BOTTOM"),
        ]
    for r in range(n_header, n_rows - 1):
        cmds.append(("LINEBELOW", (0, r), (-1, r), 0.25, RULE))
    for r in bold_rows:
        cmds.append(("FONTNAME", (0, r), (-1, r), SANS_BOLD))
    for r in rule_above:
        cmds.append(("LINEABOVE", (0, r), (-1, r), 0.6, INK))
    return TableStyle(cmds)
