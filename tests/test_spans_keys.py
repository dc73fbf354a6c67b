"""Coded spans and quick keys on SQLite and PostgreSQL: storage, undo, CLI."""

from __future__ import annotations

import pytest

from app.cli.entry import main
from app.core.models import Codebook, Theme
from app.core.spans import effective_keys, merge_ranges, normalise_key
from app.project import Project, ProjectError
from app.storage.survey_store import WaveRows, insert_wave

TEXT = "Нужно больше рекламы 📣 and a simpler site"


@pytest.fixture
def project(project_target):
    """A project with a sub-theme and two answers, one with an emoji (code points differ from UTF-16)."""
    codebook = Codebook(
        name="t",
        themes=(
            Theme(id="a", name="awareness", position=1),
            Theme(id="a1", name="advertising", parent_id="a", position=1),
            Theme(id="u", name="usability", position=2),
        ),
    )
    p = Project.create(project_target, title="Spans", codebook=codebook)
    with p._session() as s:
        insert_wave(
            s,
            WaveRows(
                file_name="w.csv",
                checksum="w",
                questions=[("Q1", "Why?")],
                respondents=[("r1", {}), ("r2", {})],
                answers=[("r1", "Q1", TEXT), ("r2", "Q1", "short")],
                blank_answers=0,
            ),
        )
    yield p
    p.close()


def test_span_codes_the_answer_and_undo_removes_both(project):
    """A span gives the answer the theme (the unit of counts) and carries the positions; undo takes both."""
    rid = project.responses()[0].id
    start = TEXT.index("рекламы")
    project.mark_none(rid, "ann")
    changes = project.code_span(rid, "a1", start, start + len("рекламы"), "ann")
    assert changes.label == "Code “рекламы” as advertising"
    assert project.coder_codings("ann") == {rid: frozenset({"a1"})}
    spans = project.spans("ann")
    assert [(s.theme_id, s.start, s.end) for s in spans] == [("a1", 13, 20)]
    after_emoji = TEXT.index("simpler")
    project.code_span(rid, "u", after_emoji, after_emoji + 7, "ann")
    assert TEXT[project.spans("ann")[1].start : project.spans("ann")[1].end] == "simpler"
    assert project.theme_counts("ann")["u"] == 1
    project.undo("ann")
    project.undo("ann")
    assert project.spans("ann") == []
    assert project.coder_codings("ann") == {rid: frozenset()}  # back to "no theme applies"


def test_removing_the_coding_hides_its_spans(project):
    """Spans only show while their coding stands; re-coding by span starts fresh."""
    rid = project.responses()[0].id
    project.code_span(rid, "u", 0, 5, "ann")
    project.toggle(rid, "u", "ann")
    assert project.spans("ann") == []
    project.code_span(rid, "u", 6, 12, "ann")
    assert [(s.start, s.end) for s in project.spans("ann")] == [(6, 12)]
    project.remove_span(rid, "u", 6, "ann")
    assert project.spans("ann") == [] and project.coder_codings("ann")[rid] == frozenset({"u"})


def test_bad_spans_are_refused(project):
    """A span outside the answer is refused in one line naming the allowed positions."""
    rid = project.responses()[1].id
    with pytest.raises(ProjectError, match="span 2:9 is not inside the answer \\(positions 0 to 5"):
        project.code_span(rid, "u", 2, 9, "ann")
    with pytest.raises(ProjectError, match="span 3:3"):
        project.code_span(rid, "u", 3, 3, "ann")


def test_quick_keys_default_in_tree_order_and_can_be_bound(project):
    """Defaults run 1, 2, 3 in tree order including sub-themes; a bound key moves and undo restores."""
    assert project.quick_keys() == {"a": "1", "a1": "2", "u": "3"}
    project.set_quick_key("u", "q", coder="ann")
    assert project.quick_keys() == {"a": "1", "a1": "2", "u": "Q"}
    project.set_quick_key("a1", "Q", coder="ann")
    assert project.quick_keys() == {"a": "1", "a1": "Q", "u": "2"}
    project.undo("ann")
    assert project.quick_keys()["u"] == "Q"
    with pytest.raises(ProjectError, match="already used by the coding loop"):
        project.set_quick_key("u", "j")


def test_key_rules():
    """Keys are spelled one way; defaults skip chosen keys; ranges merge."""
    assert normalise_key("ctrl+4") == "Ctrl+4" and normalise_key("f5") == "F5"
    with pytest.raises(ValueError):
        normalise_key("Alt+Q")
    assert effective_keys(["x", "y", "z"], {"z": "1"}) == {"x": "2", "y": "3", "z": "1"}
    assert len(effective_keys([str(i) for i in range(20)], {})) == 18
    assert merge_ranges([(5, 9), (0, 3), (2, 4), (9, 10)]) == [(0, 4), (5, 10)]


def test_cli_span_and_keys(project, capsys):
    """`code --span` and `keys` reach the same use cases; a bad span is one line with exit code 1."""
    target = project.target
    rid = project.responses()[0].id
    project.close()
    assert (
        main(["code", target, "--coder", "ann", "--response", rid, "--theme", "usability", "--span", "0:5"])
        == 0
    )
    assert "Code “Нужно” as usability" in capsys.readouterr().out
    assert (
        main(["code", target, "--coder", "ann", "--response", rid, "--theme", "usability", "--span", "x"])
        == 1
    )
    assert "expected START:END" in capsys.readouterr().err
    assert main(["keys", target, "--theme", "usability", "--key", "F2", "--json"]) == 0
    assert '"key": "F2"' in capsys.readouterr().out
    with Project.open(target) as again:
        assert [(s.start, s.end) for s in again.spans("ann")] == [(0, 5)]


def test_export_and_report_quotes_carry_spans(project, tmp_path):
    """The long export lists the span; the report's quote of a span-coded answer is those words."""
    import csv

    from pypdf import PdfReader

    rid = project.responses()[0].id
    start = TEXT.index("simpler")
    project.code_span(rid, "u", start, start + len("simpler site"), "ann")
    out = tmp_path / "long.csv"
    project.export(out, layout="long")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][7:] == [f"{start}:{start + 12}", "simpler site"]
    pdf = tmp_path / "r.pdf"
    project.report(pdf, bootstrap=0)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "… simpler site" in text and "Нужно больше рекламы 📣 and a simpler" not in text


def _fonts(pdf_path) -> dict[str, bool]:
    """Return each font a PDF's pages use, with whether its program is embedded (what `pdffonts` reports)."""
    from pypdf import PdfReader

    found: dict[str, bool] = {}
    for page in PdfReader(pdf_path).pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font.get("/BaseFont"))] = embedded
    return found


def test_every_font_of_the_report_and_codebook_pdf_is_embedded(project, tmp_path):
    """No PDF Thematic writes references a font it does not embed (archival PDF/A needs all embedded)."""
    rid = project.responses()[0].id
    project.code_span(rid, "u", 0, 5, "ann")
    report, codebook = tmp_path / "r.pdf", tmp_path / "c.pdf"
    project.report(report, bootstrap=0)
    project.codebook_pdf(codebook)
    for path in (report, codebook):
        fonts = _fonts(path)
        assert fonts and all(fonts.values()), (path.name, fonts)
