"""Render report content to an A4 PDF in one layout pass, with contents page, header and page numbers.

Contents page numbers are known only after layout; they are drawn as PDF form objects that the
contents page references and that are defined when the file is saved, so one pass suffices. The
file is written to a temporary name and moved into place at the end, so a cancelled or failed
render never leaves a half-written PDF. `progress(fraction, label)` may raise to cancel.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from app.core.atomic_file import write_atomically
from app.core.models import Codebook, Theme
from app.core.pdf_agreement import agreement_section, diagnosis_section, level_text, who
from app.core.pdf_charts import fit_text
from app.core.pdf_sections import (
    Heading,
    appendix_section,
    attributes_section,
    codebook_section,
    counts_section,
    methods_section,
)
from app.core.pdf_styles import INK, MUTED, PAGE_MARGIN, RULE, SANS, make_styles, para_text, register_fonts
from app.core.pdf_text import LineBlock
from app.core.report import build_codebook_entries
from app.core.report_records import ReportContent

Progress = Callable[[float, str], None]
PAGE_W, PAGE_H = A4
BODY_W = PAGE_W - 2 * PAGE_MARGIN
PREPARE_SHARE = 0.3


class _ReportCanvas(Canvas):
    """A canvas that defines the deferred contents-page numbers just before saving."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        if not kwargs.get("initialFontName"):  # the doc template passes None: every page would use Helvetica
            kwargs["initialFontName"] = SANS
        super().__init__(*args, **kwargs)
        self.page_numbers: dict[str, str] = {}
        self.used_numbers: set[str] = set()

    def save(self) -> None:
        """Define every referenced page-number form, then write the file."""
        for name in sorted(self.used_numbers):
            self.beginForm(name, lowerx=-60, lowery=-4, upperx=2, uppery=14)
            self.setFont(SANS, 10.5)
            self.setFillColor(INK)
            self.drawRightString(0, 0, self.page_numbers.get(name, ""))
            self.endForm()
        super().save()


class ContentsEntry(Flowable):
    """One contents line: title on the left, page number (filled in at save) on the right, linked."""

    def __init__(self, text: str, key: str, level: int) -> None:
        super().__init__()
        self.text, self.key, self.level = text, key, level
        self.size = 10.5 if level == 0 else 9.5

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        """Take one line of the available width."""
        self.width = availWidth
        return availWidth, self.size * 1.75

    def draw(self) -> None:
        """Draw the title, a dotted leader and a reference to the page-number form."""
        canv = self.canv
        indent = 12 * self.level
        title = fit_text(self.text, SANS, self.size, self.width - indent - 50)
        canv.setFont(SANS, self.size)
        canv.setFillColor(INK if self.level == 0 else MUTED)
        canv.drawString(indent, 4, title)
        start = indent + stringWidth(title, SANS, self.size) + 6
        canv.setStrokeColor(RULE)
        canv.setDash(0.5, 2.5)
        canv.line(start, 4, self.width - 30, 4)
        canv.setDash()
        canv.saveState()
        canv.translate(self.width, 4)
        name = f"page-{self.key}"
        canv.used_numbers.add(name)
        canv.doForm(name)
        canv.restoreState()
        canv.linkRect("", self.key, (0, 0, self.width, self.size * 1.5), relative=1)


class _ReportDoc(BaseDocTemplate):
    """A4 document: a plain first page, then pages with running header and page number."""

    def __init__(self, path: str, title: str, total_units: int, progress: Progress | None) -> None:
        super().__init__(
            path,
            pagesize=A4,
            leftMargin=PAGE_MARGIN,
            rightMargin=PAGE_MARGIN,
            topMargin=PAGE_MARGIN + 4 * mm,
            bottomMargin=PAGE_MARGIN,
            title=title,
            author="Thematic",
            creator="Thematic",
            subject="Codebook and coding summary",
        )
        frame = Frame(
            PAGE_MARGIN,
            PAGE_MARGIN,
            BODY_W,
            PAGE_H - 2 * PAGE_MARGIN - 4 * mm,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [PageTemplate("first", [frame]), PageTemplate("body", [frame], onPageEnd=self._decorate)]
        )
        self.report_title = title
        self.section = ""
        self.total_units = max(total_units, 1)
        self.done_units = 0
        self.progress = progress
        self.last_reported = -1.0

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """Draw the running header (title, section) and the page number."""
        canv.saveState()
        y = PAGE_H - PAGE_MARGIN + 2 * mm
        canv.setFont(SANS, 7.5)
        canv.setFillColor(MUTED)
        half = BODY_W / 2 - 6
        canv.drawString(PAGE_MARGIN, y, fit_text(self.report_title, SANS, 7.5, half))
        canv.drawRightString(PAGE_W - PAGE_MARGIN, y, fit_text(self.section, SANS, 7.5, half))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(PAGE_MARGIN, y - 2.5 * mm, PAGE_W - PAGE_MARGIN, y - 2.5 * mm)
        canv.drawCentredString(PAGE_W / 2, PAGE_MARGIN - 9 * mm, str(doc.page))
        canv.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab API)
        """Record headings for contents, bookmarks and header; report layout progress."""
        if isinstance(flowable, Heading):
            key = flowable.toc_key
            self.canv.page_numbers[f"page-{key}"] = str(self.page)
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.toc_text, key, level=flowable.toc_level, closed=True)
            if flowable.toc_level == 0:
                self.section = flowable.toc_text
        self.done_units += flowable.line_count if isinstance(flowable, LineBlock) else 1
        fraction = PREPARE_SHARE + (1 - PREPARE_SHARE) * min(self.done_units / self.total_units, 1.0)
        if self.progress is not None and fraction - self.last_reported >= 0.01:
            self.last_reported = fraction
            self.progress(fraction, f"Laying out page {self.page}")


def _title_page(
    title: str,
    subtitle: str,
    facts: Sequence[tuple[str, str]],
    contents: Sequence[tuple[str, str, int]],
    styles: dict[str, ParagraphStyle],
) -> list[Flowable]:
    """Return the first page: title, key facts and the contents list."""
    out: list[Flowable] = [
        Spacer(1, 10 * mm),
        Paragraph(para_text(title), styles["title"]),
        Paragraph(para_text(subtitle), styles["subtitle"]),
    ]
    rows = [
        [Paragraph(para_text(k), styles["fact_key"]), Paragraph(para_text(v), styles["fact_value"])]
        for k, v in facts
    ]
    if rows:
        table = Table(rows, colWidths=[38 * mm, BODY_W - 38 * mm])
        table.setStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),  # the cell default is Helvetica, never embedded
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ]
        )
        out.append(table)
    if contents:
        out += [Spacer(1, 8 * mm), Paragraph("Contents", styles["h2"])]
        out += [ContentsEntry(text, key, level) for text, key, level in contents]
    return [*out, NextPageTemplate("body"), PageBreak()]


def _facts(c: ReportContent) -> list[tuple[str, str]]:
    """Return the title page's key facts."""
    facts = [
        ("Date", c.generated),
        ("Respondents who answered", f"{c.n_respondents:,}"),
        ("Answers", f"{c.n_answers:,}"),
    ]
    for i, q in enumerate(c.questions):
        facts.append(
            ("Questions" if i == 0 else "", f"{q.key}: {q.text}" if q.text and q.text != q.key else q.key)
        )
    facts.append(("Coders", ", ".join(c.coders) or "–"))
    coding = c.reported_coding[:1].upper() + c.reported_coding[1:]
    facts.append(("Reported coding", f"{coding}. {c.coding_statement}".strip()))
    a = c.agreement_summary
    if a is not None:
        facts.append(("Agreement", f"between {who(a)}; level of themes: {level_text(a)}"))
    return facts


def _flat(story: Sequence[Flowable]) -> list[Flowable]:
    """The story with the content of kept-together blocks in place, for the contents list."""
    out: list[Flowable] = []
    for f in story:
        out += _flat(f._content) if isinstance(f, KeepTogether) else [f]
    return out


def render_pdf(
    content: ReportContent, path: str | os.PathLike[str], progress: Progress | None = None
) -> None:
    """Render the full codebook summary report to `path` (A4, embedded fonts, one layout pass)."""
    register_fonts()
    styles = make_styles()
    if progress is not None:
        progress(0.0, "Preparing report")

    def report_prepare(fraction: float) -> None:
        if progress is not None:
            progress(PREPARE_SHARE * fraction, "Wrapping quotes")

    body: list[Flowable] = methods_section(content, styles) + [PageBreak()]
    body += codebook_section(content.codebook, styles) + [PageBreak()]
    body += counts_section(content, styles, BODY_W)
    if content.attribute_tables:
        body += [PageBreak(), *attributes_section(content, styles, BODY_W)]
    if content.agreement or content.agreement_overall is not None:
        body += [PageBreak(), *agreement_section(content, styles, BODY_W)]
    if content.diagnosis:
        body += [PageBreak(), *diagnosis_section(content.diagnosis, styles, BODY_W)]
    if content.appendix is not None:
        body += [PageBreak(), *appendix_section(content.appendix, styles, BODY_W, report_prepare)]
    contents = [
        (f.toc_text, f.toc_key, f.toc_level)
        for f in _flat(body)
        if isinstance(f, Heading) and (f.toc_level == 0 or f.toc_key.startswith("counts-"))
    ]
    story = (
        _title_page(content.title, "Codebook and coding summary", _facts(content), contents, styles) + body
    )
    units = sum(f.line_count if isinstance(f, LineBlock) else 1 for f in story)

    def build(tmp: str) -> None:
        doc = _ReportDoc(tmp, content.title, units, progress)
        doc.build(story, canvasmaker=_ReportCanvas)

    write_atomically(path, ".pdf", build)
    if progress is not None:
        progress(1.0, "Report written")


def render_codebook_pdf(
    codebook_themes: Codebook | Sequence[Theme],
    title: str,
    path: str | os.PathLike[str],
    generated: date | str | None = None,
) -> None:
    """Render the codebook alone (definitions, criteria, keywords, codebook examples) to `path`."""
    register_fonts()
    styles = make_styles()
    themes = codebook_themes.themes if isinstance(codebook_themes, Codebook) else tuple(codebook_themes)
    entries = build_codebook_entries(themes)
    when = generated if isinstance(generated, str) else (generated or date.today()).isoformat()
    facts = [
        ("Date", when),
        ("Themes", f"{sum(1 for e in entries if e.depth == 0):,}"),
        ("Sub-themes", f"{sum(1 for e in entries if e.depth > 0):,}"),
    ]
    if isinstance(codebook_themes, Codebook) and codebook_themes.description:
        facts.append(("Description", codebook_themes.description))
    story = _title_page(title, "Codebook", facts, [], styles) + codebook_section(entries, styles)

    def build(tmp: str) -> None:
        _ReportDoc(tmp, title, len(story), None).build(story, canvasmaker=_ReportCanvas)

    write_atomically(path, ".pdf", build)
