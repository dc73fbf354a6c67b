"""The report's sections as lists of flowables, one function per section, built from ReportContent."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from app.core.pdf_charts import bar_chart, theme_color
from app.core.pdf_styles import FRAME_HEIGHT, MUTED, SANS_BOLD, para_text, table_style
from app.core.pdf_tables import KeepStart, ReportTable, report_table
from app.core.pdf_text import LineBlock, quote_lines
from app.core.report_counts import (
    CAUTION_MARK,
    CAUTION_NOTE,
    SMALL_BASE,
    AttributeTable,
    CountTable,
    is_small_base,
)
from app.core.report_methods import format_percent
from app.core.report_records import CodebookEntry, QuoteGroup, ReportContent

ATTRIBUTE_COLUMNS_PER_TABLE = 4
VALUE_WIDTH = 66.0
KEEP_WHOLE = 45 * mm  # a codebook entry this short is never broken; a longer one goes on under its name
QUOTE_SIZE = 8.5


class Heading(Paragraph):
    """A section heading that the document records for the contents page, header and bookmarks."""

    def __init__(self, text: str, style: ParagraphStyle, key: str, level: int, plain: str) -> None:
        super().__init__(text, style)
        self.toc_key = key
        self.toc_level = level
        self.toc_text = plain


def heading(
    styles: dict[str, ParagraphStyle],
    text: str,
    key: str,
    level: int = 0,
    color: str | None = None,
    style: str | None = None,
) -> Heading:
    """Return an h1/h2 heading with an optional colour swatch, registered for the outline."""
    markup = para_text(text)
    if color is not None:
        markup = f'<font color="#{theme_color(color).hexval()[2:]}">■</font> ' + markup
    return Heading(markup, styles[style or ("h1" if level == 0 else "h2")], key, level, text)


def _depth_style(styles: dict[str, ParagraphStyle], name: str, depth: int) -> ParagraphStyle:
    """Return the named cell style indented for a sub-theme depth (cached in the dict)."""
    key = f"{name}@{depth}"
    if key not in styles:
        styles[key] = ParagraphStyle(key, parent=styles[name], leftIndent=10 * depth)
    return styles[key]


def _cell(styles: dict[str, ParagraphStyle], text: str, style: str = "cell", depth: int = 0) -> Paragraph:
    """Return a table cell paragraph holding escaped text (cut to a sane length for a cell)."""
    text = text if len(text) <= 300 else text[:300] + "…"
    return Paragraph(para_text(text), _depth_style(styles, style, depth) if depth else styles[style])


def methods_section(c: ReportContent, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Return the methods paragraph, ready to paste, and any extra detail lines."""
    out: list[Flowable] = [
        heading(styles, "Methods", "methods"),
        Paragraph(para_text(c.methods), styles["body"]),
    ]
    for key, value in c.methods_details:
        out.append(Paragraph(f"<b>{para_text(key)}:</b> {para_text(value)}", styles["body"]))
    return out


def _labelled(label: str, markup: str, styles: dict[str, ParagraphStyle]) -> Paragraph:
    """A codebook field as one paragraph: its small grey label, then the text on the same line."""
    tag = f'<font name="{SANS_BOLD}" size="7.5" color="#{MUTED.hexval()[2:]}">{label.upper()}</font>'
    return Paragraph(f"{tag}&nbsp;&nbsp;{markup}", styles["entry"])


def _codebook_entry(e: CodebookEntry, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Return one theme's entry: heading, count, definition, criteria, keywords as written, examples."""
    out: list[Flowable] = [heading(styles, e.path, f"theme-{e.theme_id}", 1, e.color, "h2_entry")]
    if e.n_answers:
        out.append(
            Paragraph(
                f"Coded in {e.n_answers:,} answer{'s' if e.n_answers != 1 else ''}.", styles["note_tight"]
            )
        )
    for label, text in (
        ("Definition", e.definition),
        ("Include when", e.inclusion),
        ("Exclude when", e.exclusion),
    ):
        if text.strip():
            out.append(_labelled(label, para_text(text), styles))
    if e.keywords:
        words = "<br/>".join(f"{para_text(lang)}: {para_text(', '.join(ws))}" for lang, ws in e.keywords)
        out.append(_labelled("Keywords", words, styles))  # as written
    if e.examples:
        source = (
            "Examples from coded answers" if e.examples_source == "answers" else "Examples from the codebook"
        )
        quotes = "<br/>".join(f"<i>“{para_text(x)}”</i>" for x in e.examples)
        out.append(_labelled(source, quotes, styles))
    return out


def codebook_section(entries: Sequence[CodebookEntry], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Return the codebook: entries flow one after another; a short one is not broken, a heading never ends a page."""
    title = heading(styles, "Codebook", "codebook")
    if not entries:
        return [title, Paragraph("The codebook has no themes.", styles["body"])]
    out: list[Flowable] = []
    for i, e in enumerate(entries):
        lead = [title] if i == 0 else []
        block = lead + _codebook_entry(e, styles)
        out.append(
            KeepStart(
                block,
                start_items=len(lead) + 3,  # the heading, its count and the definition start together
                whole=KEEP_WHOLE,
                caption=e.path,
                caption_style=styles["caption"],
            )
        )
    return out


def _marked(value: float | None, small: bool) -> str:
    """A percentage, with the caution mark when its base is small."""
    return format_percent(value) + (CAUTION_MARK if small and value is not None else "")


def count_table(
    t: CountTable, styles: dict[str, ParagraphStyle], width: float, caption: str = ""
) -> ReportTable:
    """Return the counts table: themes by frequency, then the status lines that add up."""
    small_a, small_r = is_small_base(t.answers_total), is_small_base(t.respondents_total)
    head = [_cell(styles, "Theme", "cell_head"), "Answers", "%", "Respondents", "%"]
    rows: list[list[object]] = [head]
    for r in (*t.theme_rows, *t.status_rows):
        style = "cell_bold" if r.kind == "total" else "cell"
        rows.append(
            [
                _cell(styles, r.label, style, depth=r.depth if r.kind == "theme" else 0),
                f"{r.answers:,}",
                _marked(r.answers_pct, small_a),
                f"{r.respondents:,}",
                _marked(r.respondents_pct, small_r),
            ]
        )
    first_status = 1 + len(t.theme_rows)
    num = 58.0
    style = table_style(len(rows), bold_rows=(len(rows) - 1,), rule_above=(first_status, len(rows) - 1))
    return report_table(
        rows, [width - 4 * num, num, num, num + 8, num], style, caption or t.title, styles["caption"]
    )


def _small_note(styles: dict[str, ParagraphStyle], what: str = "group") -> Paragraph:
    """The footnote that explains the caution mark."""
    return Paragraph(para_text(CAUTION_NOTE.replace("group", what, 1)), styles["note"])


def counts_section(c: ReportContent, styles: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """Return the coded counts: a chart and a table overall and for each question, each kept with its heading."""
    out: list[Flowable] = []
    for i, t in enumerate(c.counts):
        title = t.title if t.question_key in (None, t.title) else f"{t.question_key}: {t.title}"
        lead: list[Flowable] = (
            [
                heading(styles, "Coded counts", "counts"),
                Paragraph(para_text(c.percent_base_note), styles["note"]),
            ]
            if i == 0
            else []
        )
        block: list[Flowable] = [
            *lead,
            heading(styles, title, f"counts-{i}", 1),
            Paragraph(
                f"{t.answers_total:,} answers from {t.respondents_total:,} respondents."
                + (
                    " Parent themes include the answers of their sub-themes (each answer once)."
                    if any(r.depth > 0 for r in t.theme_rows)
                    else ""
                ),
                styles["note"],
            ),
        ]
        if t.theme_rows:
            block += [bar_chart(t.theme_rows, width), Spacer(1, 3 * mm)]
        block.append(count_table(t, styles, width, title))
        if is_small_base(t.respondents_total) or is_small_base(t.answers_total):
            block.append(_small_note(styles, "table"))
        out += [KeepStart(block), Spacer(1, 4 * mm)]
    return out


def _value_labels(values: Sequence[str], styles: dict[str, ParagraphStyle]) -> list[str]:
    """Column labels for attribute values: the values, or letters with a key when a word would not fit."""
    style = styles["cell_head"]
    room = VALUE_WIDTH - 8
    too_wide = any(
        stringWidth(word, style.fontName, style.fontSize) > room or len(v) > 40
        for v in values
        for word in v.split()
    )
    if not too_wide:
        return list(values)
    return [_letters(i) for i in range(len(values))]


def _letters(i: int) -> str:
    """A, B, …, Z, AA, AB, … for column keys."""
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(65 + r) + out
    return out


def _attribute_chunk(
    t: AttributeTable,
    cols: Sequence[int],
    labels: Sequence[str],
    styles: dict[str, ParagraphStyle],
    width: float,
    caption: str,
) -> ReportTable:
    """Return one attribute table holding the given value columns plus the total column."""
    names = [*labels, "Total"]
    small = [is_small_base(n) for n in t.column_totals]
    head = [_cell(styles, "Theme", "cell_head")]
    head += [
        Paragraph(
            f"{para_text(names[i])}<br/>n = {t.column_totals[i]:,}{CAUTION_MARK if small[i] else ''}",
            styles["cell_head"],
        )
        for i in cols
    ]
    rows: list[list[object]] = [head]
    for r in t.rows:
        rows.append(
            [_cell(styles, r.label, depth=r.depth)]
            + [f"{r.counts[i]:,} ({_marked(r.percents[i], small[i])})" for i in cols]
        )
    first_status = 1 + sum(1 for r in t.rows if r.kind == "theme")
    style = table_style(len(rows), rule_above=(first_status,) if first_status < len(rows) else ())
    style.add("FONTSIZE", (1, 1), (-1, -1), 8)
    widths = [width - VALUE_WIDTH * len(cols)] + [VALUE_WIDTH] * len(cols)
    return report_table(rows, widths, style, caption, styles["caption"])


def attributes_section(c: ReportContent, styles: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """Return theme × attribute tables (respondents, column percentages), split into column blocks when wide.

    Each block repeats the theme column and the total, and is captioned "part k of m"; value
    names too long for their columns are shown as letters with a key below each block.
    """
    out: list[Flowable] = []
    any_small = any(is_small_base(n) for t in c.attribute_tables for n in t.column_totals)
    intro: list[Flowable] = [
        heading(styles, "Themes by respondent attributes", "attributes"),
        Paragraph(
            "Each cell: respondents with at least one answer coded with the theme, and their share of the "
            "respondents in that column (column percentage). Respondents can have several themes."
            + (
                f" {CAUTION_MARK} marks a column of fewer than {SMALL_BASE} respondents." if any_small else ""
            ),
            styles["note"],
        ),
    ]
    for i, t in enumerate(c.attribute_tables):
        labels = _value_labels(t.values, styles)
        value_cols = list(range(len(t.values)))
        total = len(t.values)
        chunks = [
            value_cols[k : k + ATTRIBUTE_COLUMNS_PER_TABLE]
            for k in range(0, len(value_cols), ATTRIBUTE_COLUMNS_PER_TABLE)
        ] or [[]]
        for k, chunk in enumerate(chunks):
            caption = f"By {t.attribute}" + (f" (part {k + 1} of {len(chunks)})" if len(chunks) > 1 else "")
            lead: list[Flowable] = intro if i == 0 and k == 0 else []
            top: list[Flowable] = (
                [heading(styles, f"By {t.attribute}", f"attribute-{i}", 1)]
                if k == 0
                else [Paragraph(para_text(caption), styles["caption"])]
            )
            if k == 0 and len(chunks) > 1:
                top.append(
                    Paragraph(
                        f"{len(t.values)} values: in {len(chunks)} parts of up to {ATTRIBUTE_COLUMNS_PER_TABLE} "
                        "columns, each with the theme column and the total.",
                        styles["note"],
                    )
                )
            block = [*lead, *top, _attribute_chunk(t, [*chunk, total], labels, styles, width, caption)]
            if any(is_small_base(t.column_totals[j]) for j in chunk):
                block.append(_small_note(styles))
            if labels != list(t.values):  # each part keys its own columns
                key = "; ".join(f"{labels[j]}: {t.values[j]}" for j in chunk)
                block.append(Paragraph(para_text(f"Columns: {key}."), styles["note"]))
            out += [
                KeepStart(block, whole=FRAME_HEIGHT),
                Spacer(1, 4 * mm),
            ]  # a block that fits a page stays whole
    return out


def appendix_section(
    groups: Sequence[QuoteGroup],
    styles: dict[str, ParagraphStyle],
    width: float,
    report: Callable[[float], None] | None = None,
) -> list[Flowable]:
    """Return every coded answer under each theme, as fast pre-wrapped line blocks."""
    out: list[Flowable] = [
        heading(styles, "Appendix: coded answers by theme", "appendix"),
        Paragraph(
            "Every answer is listed under each theme it was coded with. The grey label gives the "
            "respondent id and the question.",
            styles["note"],
        ),
    ]
    total = sum(len(g.quotes) for g in groups) or 1
    done = 0
    for i, g in enumerate(groups):
        # keepWithNext would push a heading followed by a page-long block to a new page: break by hand
        out += [
            CondPageBreak(48 * mm if g.quotes else 20 * mm),
            heading(styles, f"{g.path} ({len(g.quotes):,})", f"appendix-{i}", 1, g.color, "h2_free"),
        ]
        if not g.quotes:
            out.append(Paragraph("No answers coded with this theme.", styles["note"]))
            continue
        triples = [(q.respondent, q.question, q.text) for q in g.quotes]
        lines = quote_lines(triples, width, 30 * mm, QUOTE_SIZE, QUOTE_SIZE * 1.4, 4.0)
        out.append(LineBlock(lines, 30 * mm, QUOTE_SIZE))
        done += len(g.quotes)
        if report is not None:
            report(done / total)
    return out
