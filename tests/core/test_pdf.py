"""PDF rendering: extractable Unicode text, literal markup, long answers, fonts, progress and cancel."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pypdf import PdfReader
from report_sample import THEMES, sample_report_data

from app.core.models import Codebook, Response, Theme
from app.core.pdf import render_codebook_pdf, render_pdf
from app.core.report import build_report


def pdf_text(path, first: int | None = None, last: int | None = None) -> str:
    """Extract the text of a PDF (optionally pages FIRST..LAST, 1-based) with pypdf, no system tool needed."""
    pages = PdfReader(path).pages
    chosen = pages[first - 1 : last or first] if first else pages
    return "\n".join(page.extract_text() for page in chosen)


def page_count(path) -> int:
    """Return the number of pages of a PDF."""
    return len(PdfReader(path).pages)


def embedded_fonts(path) -> dict[str, bool]:
    """Map each font's name to whether its font program is embedded in the PDF."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            keys = descriptor.get_object().keys() if descriptor is not None else ()
            name = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
            fonts[name] = any(k in keys for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return fonts


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory):
    """The sample survey rendered once, with the quotes appendix."""
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    render_pdf(build_report(sample_report_data(include_quotes=True)), path)
    return path


def test_text_is_extractable_in_all_scripts(sample_pdf):
    """Cyrillic and Kazakh answers, theme names and counts can be extracted."""
    text = pdf_text(sample_pdf)
    assert "Регистрация через ЭЦП слишком сложная" in text
    assert "Өтінішке жауап келмеді" in text
    assert "Әкімдік шешімдерді ашық жариялау керек." in text
    assert "Responsiveness" in text and "Registration and login" in text
    content = build_report(sample_report_data())
    overall = {r.kind: r for r in content.counts[0].status_rows}
    assert f"{overall['any'].answers}" in text and f"{overall['any'].answers_pct:.1f}%" in text


def test_markup_in_answers_prints_literally(sample_pdf):
    """An answer containing <b> and & is printed as typed, not interpreted."""
    text = pdf_text(sample_pdf)
    assert "<b>when</b> I remember & have time" in text.replace("\n", " ")


def test_sections_contents_and_page_numbers(sample_pdf):
    """The first page lists the sections with page numbers; later pages carry header and number."""
    first = pdf_text(sample_pdf, 1)
    for title in (
        "Contents",
        "Methods",
        "Codebook",
        "Coded counts",
        "Themes by respondent attributes",
        "Inter-coder agreement",
        "Appendix: coded answers by theme",
    ):
        assert title in first
    assert "Methods" in pdf_text(sample_pdf, 2) and "\n2\n" in pdf_text(sample_pdf, 2)
    contents = first[first.index("Contents") :].splitlines()
    assert contents[contents.index("Methods") + 1] == "2"  # the Methods entry's page number


def test_fonts_are_embedded(sample_pdf):
    """The text fonts are embedded DejaVu subsets, so the PDF renders without system fonts."""
    fonts = embedded_fonts(sample_pdf)
    dejavu = {name: embedded for name, embedded in fonts.items() if "DejaVuSans" in name}
    assert len(dejavu) == 3 and all(dejavu.values())
    assert [name for name in fonts if name not in dejavu] == []  # no unembedded base-14 Helvetica either


def test_huge_answer_splits_across_pages(tmp_path):
    """A single 20,000-word answer renders in full over many pages."""
    words = " ".join(f"слово{i}" for i in range(20_000))
    data = sample_report_data(n_respondents=5, include_quotes=True)
    big = Response("huge", "r000", "q1", words)
    data = replace(data, responses=[*data.responses, big], coded={**data.coded, "huge": frozenset({"t-in"})})
    path = tmp_path / "huge.pdf"
    render_pdf(build_report(data), path)
    text = pdf_text(path)
    assert "слово0 " in text and "слово19999" in text
    assert page_count(path) > 20


def test_hostile_text_and_long_words(tmp_path):
    """Control characters, </para>, & and a 3,000-letter word neither fail nor vanish."""
    hostile = "Tag </para><para> & <i>x</i>\x00\x07 bell\r\nnext line\u2028sep"
    long_word = "қ" * 3000
    themes = (replace(THEMES[0], definition=hostile, name="Aware <&>"), *THEMES[1:])
    data = sample_report_data(n_respondents=4, include_quotes=True)
    data = replace(
        data,
        themes=themes,
        title="Report & <title>",
        responses=[
            *data.responses,
            Response("w", "r001", "q2", long_word),
            Response("h", "r001", "q1", hostile),
        ],
        coded={**data.coded, "w": frozenset({"t-aw"}), "h": frozenset({"t-aw"})},
    )
    path = tmp_path / "hostile.pdf"
    render_pdf(build_report(data), path)
    text = pdf_text(path)
    assert "Tag </para><para> & <i>x</i>" in text
    assert "Aware <&>" in text and "Report & <title>" in text
    assert text.count("қ") >= 3000


def test_progress_reports_and_cancel_leaves_no_file(tmp_path):
    """Progress rises to 1.0; an exception from the callback stops rendering and writes nothing."""
    seen: list[float] = []
    render_pdf(
        build_report(sample_report_data(include_quotes=True)),
        tmp_path / "ok.pdf",
        lambda f, label: seen.append(f),
    )
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen) and len(seen) > 5

    class Stop(Exception):
        """Raised by the test callback to cancel."""

    def cancel(fraction: float, label: str) -> None:
        if fraction > 0.5:
            raise Stop

    with pytest.raises(Stop):
        render_pdf(build_report(sample_report_data(include_quotes=True)), tmp_path / "cancel.pdf", cancel)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.pdf"]


def test_report_without_optional_sections(tmp_path):
    """Without agreement, attributes or quotes those sections and their contents lines are absent."""
    data = replace(
        sample_report_data(n_respondents=10), agreement=None, agreement_overall=None, attributes_by=[]
    )
    path = tmp_path / "plain.pdf"
    render_pdf(build_report(data), path)
    text = pdf_text(path)
    assert "Inter-coder agreement" not in text and "Appendix" not in text and "By sector" not in text
    assert "Coded counts" in text


def test_codebook_pdf_alone(tmp_path):
    """The codebook PDF prints each theme's definition, criteria, keywords and examples."""
    path = tmp_path / "codebook.pdf"
    render_codebook_pdf(
        Codebook("Seed", (*THEMES, Theme("t-x", "Қатысу жоқ", definition="Ешқандай"))),
        "Astana codebook",
        path,
        generated="2024-05-14",
    )
    text = pdf_text(path)
    assert "Astana codebook" in text and "2024-05-14" in text
    assert "Usability › Registration and login" in text
    assert "Mentions not knowing about portals" in text
    assert "не знал" in text and "Give points or small rewards" in text
    assert "Қатысу жоқ" in text and "Coded counts" not in text
