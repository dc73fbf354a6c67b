"""The report's agreement and diagnosis sections print who was compared, on what unit and level, with n."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Paragraph, Table

from app.core.agreement_diagnosis import diagnose
from app.core.agreement_study import agreement_study
from app.core.models import Theme
from app.core.pdf_agreement import agreement_section, diagnosis_section
from app.core.pdf_styles import make_styles, register_fonts
from app.core.report_agreement import summarise_study
from app.core.report_records import AgreementRow, ReportContent

THEMES = [Theme(id="x", name="price"), Theme(id="y", name="quality")]


def texts(flowables) -> list[str]:
    """Plain text of paragraphs and table cells, in order."""
    out = []
    for f in flowables:
        if isinstance(f, KeepTogether):
            out += texts(f._content)
        elif isinstance(f, Paragraph):
            out.append(f.getPlainText())
        elif isinstance(f, Table):
            for row in f._cellvalues:
                out.append(" | ".join(c.getPlainText() if isinstance(c, Paragraph) else str(c) for c in row))
    return out


def study_and_content():
    """Two coders on 40 single-theme answers (4 differ) and a third coder on 4 of them."""
    a = {f"u{i:02d}": frozenset({"x" if i % 2 else "y"}) for i in range(40)}
    b = {u: (frozenset({"x"}) if i < 8 else s) for i, (u, s) in enumerate(a.items())}
    c = {u: a[u] for u in list(a)[:4]}
    decisions = {"ann": a, "ben": b, "cem": c}
    study = agreement_study(decisions, THEMES, ["ann", "ben", "cem"])
    summary = summarise_study(
        study, {"x": "price", "y": "quality"}, "percentile bootstrap over answers, 0 draws", False
    )
    row = AgreementRow("price", 40, 90.0, 0.8, 0.8, None, "reliable")
    content = ReportContent(
        "t", "2026-12-01", "any", ("ann", "ben", "cem"), (), 40, 40, 40, 0, 0, "", (), (), (), (), (row,), row,
        None, agreement_summary=summary,
    )  # fmt: skip
    alphas = {t.theme_id: t.statistics["krippendorff_alpha"] for t in study.binary.themes}
    found = diagnose(decisions, ["x", "y"], ["ann", "ben"], list(a), alphas, 20)
    return study, content, found


def test_agreement_section_names_coders_unit_level_and_n() -> None:
    """The headline intro names coders, level, unit and n; the confusion matrix and the pair table have their n."""
    register_fonts()
    _study, content, _ = study_and_content()
    lines = texts(agreement_section(content, make_styles(), 480))
    assert lines[0] == "Inter-coder agreement"
    assert lines[1] == (
        "Coders ann and ben; level of themes: all themes (the codebook has no sub-themes); unit: the answer "
        "(one category each); 40 answers decided by both. Single-choice: every compared decision has exactly "
        "one theme. n: answers."
    )
    assert lines[3:5] == ["percent agreement | 90.0% | – | 40 | ", "Cohen's κ | 0.80 | – | 40 | substantial"]
    assert (
        "Warning: coder cem decided 4 answers, far fewer than ann (40); shown apart: only their pairs include them."
        in lines
    )
    assert "Confusion matrix: rows ann, columns ben, n = 40 answers both decided." in lines
    assert "ann ↓ · ben → | price | quality" in lines and "quality | 4 | 16" in lines  # by hand
    assert "ann – cem (shown apart) | 4 | 100.0% | 1.00 | 1.00 | too few to judge" in lines


def test_diagnosis_section_lists_confusions_weak_themes_and_blocks() -> None:
    """Confusions, weak themes with example answers and agreement per block are printed."""
    register_fonts()
    _study, _content, found = study_and_content()
    data = found.to_dict()
    for item in data["confusions"] + [p for w in data["weak_themes"] for p in w["partners"]]:
        item["examples"] = [{"response_id": u, "text": f"text of {u}"} for u in item["examples"]]
    data["level_of_themes"] = "all"
    lines = texts(diagnosis_section(data, make_styles(), 480))
    assert lines[0] == "Codebook diagnosis"
    assert "x | y | 4" in lines and "y | x | 4" in lines  # 4 answers: ann gave y where ben gave x
    assert "Answers | n | Identical sets | α" in lines
    assert lines[-2:] == ["1–20 | 20 | 80.0% | 0.60", "21–40 | 20 | 100.0% | 1.00"]
