"""PDF page layout as a reviewer reads it: headers repeated with "continued", headings kept with their
tables, no nearly empty page before a block, caution marks for tiny groups, keywords as written."""

from __future__ import annotations

import random
from dataclasses import replace

from pypdf import PdfReader
from report_sample import THEMES, sample_report_data
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from app.core.codebook_io import load_codebook
from app.core.models import Respondent, Theme
from app.core.pdf import render_codebook_pdf, render_pdf
from app.core.pdf_styles import make_styles, table_style
from app.core.pdf_tables import MIN_ROWS, KeepStart, continued, report_table
from app.core.report import build_report
from app.core.report_counts import CAUTION_MARK, SMALL_BASE
from codebook import default_codebook_path


def pages(path) -> list[str]:
    """The text of each page, read with pypdf."""
    return [p.extract_text() for p in PdfReader(path).pages]


def table_doc(path, before: float, rows: int):
    """A page with `before` points of filler, then a heading kept with a `rows`-row captioned table."""
    styles = make_styles()
    data = [["Theme", "Answers"]] + [[f"row {i:02d}", str(i)] for i in range(rows)]
    table = report_table(data, [300, 100], table_style(len(data)), "Table of rows", styles["caption"])
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    story = [Spacer(1, before), KeepStart([Paragraph("Section heading", styles["h2"]), table])]
    doc.build(story)
    return pages(path)


def test_heading_never_left_at_the_foot_of_a_page(tmp_path):
    """Room for the heading but not for the table's first rows: heading and table start on page 2."""
    text = table_doc(tmp_path / "a.pdf", before=640, rows=60)
    assert "Section heading" not in text[0]
    assert "Section heading" in text[1] and "row 00" in text[1]


def test_long_block_starts_where_its_start_fits(tmp_path):
    """Half a page free: the block starts there (no nearly empty page) and the table carries on."""
    text = table_doc(tmp_path / "b.pdf", before=300, rows=60)
    assert "Section heading" in text[0] and "row 00" in text[0]
    assert "Table of rows (continued)" in text[1]
    assert "Theme" in text[1] and "Answers" in text[1]  # the header row repeated under the label
    assert "Table of rows (continued)" not in text[0]


def test_short_table_does_not_split_and_long_table_leaves_no_orphan_rows(tmp_path):
    """A table of a few rows moves whole; a split never leaves fewer than MIN_ROWS rows on either side."""
    text = table_doc(tmp_path / "c.pdf", before=620, rows=5)
    assert "row 00" not in text[0] and all(f"row {i:02d}" in text[1] for i in range(5))
    styles = make_styles()
    data = [["Theme", "Answers"]] + [[f"row {i:02d}", str(i)] for i in range(30)]
    table = report_table(data, [300, 100], table_style(len(data)), "T", styles["caption"])
    _, height = table.wrap(400, 10_000)
    row = height / len(data)
    first, _frame_break, label, rest = table.split(400, height - row * 1.5)  # all but the last row fits
    assert len(rest._cellvalues) - 1 >= MIN_ROWS and label.getPlainText() == "T (continued)"
    assert continued("By age (part 2 of 3)") == "By age (part 2 of 3, continued)"
    assert continued("8. Other (please specify)") == "8. Other (please specify) (continued)"


def many_themes_data(n_themes: int = 70):
    """The sample survey with a long flat codebook and one region of two respondents."""
    data = sample_report_data(n_respondents=120)
    rng = random.Random(3)
    themes = tuple(Theme(f"m{i}", f"Theme number {i}", position=i) for i in range(n_themes))
    coded = {r.id: frozenset({f"m{rng.randrange(n_themes)}"}) for r in data.responses}
    people = [
        Respondent(p.id, p.external_id, {**p.attributes, "region": "Islands" if i < 2 else "Mainland"})
        for i, p in enumerate(data.respondents)
    ]
    return replace(data, themes=themes, coded=coded, respondents=people, attributes_by=["region"])


def test_long_count_table_repeats_header_with_continued_label(tmp_path):
    """30 themes: heading, chart and the table's start share a page; the rest follows under '(continued)'."""
    path = tmp_path / "long.pdf"
    render_pdf(build_report(many_themes_data(30)), path)
    text = pages(path)
    start = next(i for i, t in enumerate(text) if "Coded counts" in t and "All questions" in t and i > 0)
    assert "Respondents" in text[start] and "Theme number" in text[start]
    assert "(continued)" not in text[start]
    nxt = text[start + 1]
    assert "All questions (continued)" in nxt
    assert nxt.index("All questions (continued)") < nxt.index("Theme") < nxt.index("Respondents")


def test_table_pushed_past_its_chart_is_captioned(tmp_path):
    """70 themes: the chart fills the heading's page, so the table opens the next page under its caption."""
    path = tmp_path / "long70.pdf"
    render_pdf(build_report(many_themes_data(70)), path)
    text = pages(path)
    start = next(i for i, t in enumerate(text) if "Coded counts" in t and "All questions" in t and i > 0)
    assert "Respondents" not in text[start]
    nxt = text[start + 1]
    assert nxt.index("All questions (continued)") < nxt.index("Theme") < nxt.index("Respondents")
    assert "All questions (continued)" in text[start + 2]  # and again where it goes on


def test_tiny_group_percentages_carry_a_caution_mark_and_footnote(tmp_path):
    """A region of 2 respondents: 'n = 2†', its percentages marked, the footnote printed; n = 118 unmarked."""
    content = build_report(many_themes_data())
    table = content.attribute_tables[0]
    assert table.values == ("Islands", "Mainland") and table.column_totals[:2] == (2, 118)
    path = tmp_path / "tiny.pdf"
    render_pdf(content, path)
    text = " ".join(t.replace("\n", " ") for t in pages(path))
    assert f"n = 2{CAUTION_MARK}" in text and f"n = 118{CAUTION_MARK}" not in text
    assert f"%{CAUTION_MARK})" in text
    assert f"{CAUTION_MARK} Fewer than {SMALL_BASE} respondents in this group" in text
    marked = text.count(f"%{CAUTION_MARK})")
    assert marked >= len(table.rows)  # every percentage of the small column, none of the large one


def test_no_caution_mark_without_small_groups(tmp_path):
    """The sample survey's groups are all 10 or more respondents: no mark, no footnote."""
    content = build_report(sample_report_data(n_respondents=100))
    assert all(n >= SMALL_BASE for t in content.attribute_tables for n in t.column_totals)
    path = tmp_path / "big.pdf"
    render_pdf(content, path)
    assert CAUTION_MARK not in "".join(pages(path))


def test_codebook_prints_keywords_as_written(tmp_path):
    """The seed codebook's keywords are words; a stem a researcher wrote is printed as the stem."""
    path = tmp_path / "codebook.pdf"
    render_codebook_pdf(load_codebook(default_codebook_path()), "Seed", path)
    text = " ".join(t.replace("\n", " ") for t in pages(path))
    for word in ("advertising", "осведомлённость", "реклама", "ақпараттандыру"):
        assert word in text
    for stem in ("advertis,", "осведомл,", "реклам,", "navigat,"):
        assert stem not in text
    own = replace(THEMES[0], keywords={"ru": ("реклам", "не знал")})
    render_codebook_pdf([own], "Stems", tmp_path / "stems.pdf")
    assert "ru: реклам, не знал" in " ".join(pages(tmp_path / "stems.pdf")).replace("\n", " ")


def test_codebook_entries_flow_and_keep_their_heading_with_the_definition(tmp_path):
    """The seed codebook's entries follow one another (several a page); each heading shares its page with
    the start of its definition, and where an entry goes on to the next page it says so under its name."""
    codebook = load_codebook(default_codebook_path())
    path = tmp_path / "codebook.pdf"
    render_codebook_pdf(codebook, "Seed", path)
    text = [" ".join(t.split()) for t in pages(path)]
    assert len(text) - 1 <= len(codebook.themes) // 2  # after the title page; it was about a page per theme
    by_id = {t.id: t for t in codebook.themes}
    for theme in codebook.themes:
        path_name = " › ".join(reversed(_ancestry(theme, by_id)))
        first = " ".join(theme.definition.split())[:40]
        last = " ".join(theme.examples[-1].split())[:30]
        start = next(i for i, t in enumerate(text) if f"■ {path_name} " in t and first in t)
        end = next(i for i, t in enumerate(text) if i >= start and last in t)
        for page in text[start + 1 : end + 1]:  # each page it goes on to opens with its name
            assert page.startswith(f"{path_name} (continued)"), (theme.name, page[:80])
    assert all(t.count("■") >= 2 for t in text[1:4])  # entries flow: several on a page


def _ancestry(theme, by_id) -> list[str]:
    """The theme's name and its parents' names, innermost first."""
    names = [theme.name]
    while theme.parent_id:
        theme = by_id[theme.parent_id]
        names.append(theme.name)
    return names
