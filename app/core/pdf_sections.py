"""The report's sections as lists of flowables, one function per section, built from ReportContent."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from app.core.pdf_charts import bar_chart, theme_color
from app.core.pdf_styles import para_text, table_style
from app.core.pdf_text import LineBlock, quote_lines
from app.core.report_counts import AttributeTable, CountTable
from app.core.report_methods import format_percent
from app.core.report_records import CodebookEntry, QuoteGroup, ReportContent

ATTRIBUTE_COLUMNS_PER_TABLE = 4
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


def codebook_section(entries: Sequence[CodebookEntry], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Return the codebook: each theme with swatch, definition, criteria, keywords and examples."""
    out: list[Flowable] = [heading(styles, "Codebook", "codebook")]
    if not entries:
        out.append(Paragraph("The codebook has no themes.", styles["body"]))
    for e in entries:
        out.append(heading(styles, e.path, f"theme-{e.theme_id}", 1, e.color))
        if e.n_answers:
            out.append(
                Paragraph(
                    f"Coded in {e.n_answers:,} answer{'s' if e.n_answers != 1 else ''}.", styles["note"]
                )
            )
        for label, text in (
            ("Definition", e.definition),
            ("Include when", e.inclusion),
            ("Exclude when", e.exclusion),
        ):
            if text.strip():
                out += [Paragraph(label.upper(), styles["label"]), Paragraph(para_text(text), styles["body"])]
        if e.keywords:
            words = "; ".join(f"{lang}: {', '.join(ws)}" for lang, ws in e.keywords)
            out += [Paragraph("KEYWORDS", styles["label"]), Paragraph(para_text(words), styles["body"])]
        if e.examples:
            source = (
                "EXAMPLES FROM CODED ANSWERS"
                if e.examples_source == "answers"
                else "EXAMPLES FROM THE CODEBOOK"
            )
            out.append(Paragraph(source, styles["label"]))
            out += [Paragraph(f"“{para_text(x)}”", styles["quote"]) for x in e.examples]
    return out


def count_table(t: CountTable, styles: dict[str, ParagraphStyle], width: float) -> Table:
    """Return the counts table: themes by frequency, then the status lines that add up."""
    head = [_cell(styles, "Theme", "cell_head"), "Answers", "%", "Respondents", "%"]
    rows: list[list[object]] = [head]
    for r in t.theme_rows:
        rows.append(
            [
                _cell(styles, r.label, depth=r.depth),
                f"{r.answers:,}",
                format_percent(r.answers_pct),
                f"{r.respondents:,}",
                format_percent(r.respondents_pct),
            ]
        )
    first_status = len(rows)
    for r in t.status_rows:
        style = "cell_bold" if r.kind == "total" else "cell"
        rows.append(
            [
                _cell(styles, r.label, style),
                f"{r.answers:,}",
                format_percent(r.answers_pct),
                f"{r.respondents:,}",
                format_percent(r.respondents_pct),
            ]
        )
    num = 58.0
    table = Table(rows, colWidths=[width - 4 * num, num, num, num + 8, num], repeatRows=1)
    table.setStyle(
        table_style(len(rows), bold_rows=(len(rows) - 1,), rule_above=(first_status, len(rows) - 1))
    )
    return table


def counts_section(c: ReportContent, styles: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """Return the coded counts: a chart and a table overall and for each question."""
    out: list[Flowable] = [
        heading(styles, "Coded counts", "counts"),
        Paragraph(para_text(c.percent_base_note), styles["note"]),
    ]
    for i, t in enumerate(c.counts):
        title = t.title if t.question_key in (None, t.title) else f"{t.question_key}: {t.title}"
        block: list[Flowable] = [
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
        block.append(count_table(t, styles, width))
        out += [KeepTogether(block), Spacer(1, 4 * mm)]
    return out


def _attribute_chunk(
    t: AttributeTable, cols: Sequence[int], styles: dict[str, ParagraphStyle], width: float
) -> Table:
    """Return one attribute table holding the given value columns plus the total column."""
    names = [*t.values, "Total"]
    head = [_cell(styles, "Theme", "cell_head")]
    head += [
        Paragraph(f"{para_text(names[i])}<br/>n = {t.column_totals[i]:,}", styles["cell_head"]) for i in cols
    ]
    rows: list[list[object]] = [head]
    for r in t.rows:
        rows.append(
            [_cell(styles, r.label, depth=r.depth)]
            + [f"{r.counts[i]:,} ({format_percent(r.percents[i])})" for i in cols]
        )
    value_w = 66.0
    table = Table(rows, colWidths=[width - value_w * len(cols)] + [value_w] * len(cols), repeatRows=1)
    first_status = 1 + sum(1 for r in t.rows if r.kind == "theme")
    style = table_style(len(rows), rule_above=(first_status,) if first_status < len(rows) else ())
    style.add("FONTSIZE", (1, 1), (-1, -1), 8)
    table.setStyle(style)
    return table


def attributes_section(c: ReportContent, styles: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """Return theme × attribute tables (respondents, column percentages), split when too wide."""
    out: list[Flowable] = [
        heading(styles, "Themes by respondent attributes", "attributes"),
        Paragraph(
            "Each cell: respondents with at least one answer coded with the theme, and their share of the "
            "respondents in that column (column percentage). Respondents can have several themes.",
            styles["note"],
        ),
    ]
    for i, t in enumerate(c.attribute_tables):
        out.append(heading(styles, f"By {t.attribute}", f"attribute-{i}", 1))
        value_cols = list(range(len(t.values)))
        total = len(t.values)
        chunks = [
            value_cols[k : k + ATTRIBUTE_COLUMNS_PER_TABLE]
            for k in range(0, len(value_cols), ATTRIBUTE_COLUMNS_PER_TABLE)
        ] or [[]]
        for chunk in chunks:
            out += [_attribute_chunk(t, [*chunk, total], styles, width), Spacer(1, 4 * mm)]
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
