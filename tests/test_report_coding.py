"""The reported coding named on the title page as a choice, and one roll-up rule for counts, agreement and exports."""

from __future__ import annotations

import csv

import pytest
from pypdf import PdfReader

from app.core.models import Codebook, Theme
from app.project import Project, ProjectError
from app.storage.survey_store import WaveRows, insert_wave

THEMES = (
    Theme(id="p", name="participation", position=1),
    Theme(id="p1", name="voting", parent_id="p", position=1),
    Theme(id="p2", name="commenting", parent_id="p", position=2),
    Theme(id="t", name="trust", position=2),
)
# answer index -> theme ids, per coder; sub-themes alone, a parent alone, both children, parent + child
ANN = {0: {"p1"}, 1: {"p2"}, 2: {"p1", "p2"}, 3: {"p"}, 4: {"t"}, 5: {"p", "p1"}, 6: {"t", "p2"}, 7: set()}
BEN = {0: {"p1"}, 1: {"t"}, 2: {"p2"}, 3: {"p"}, 4: {"t"}, 5: {"p1"}, 6: {"p2"}, 7: {"p"}}


@pytest.fixture
def hierarchical(project_target):
    """Eight answers coded by two coders on a codebook with one parent of two sub-themes."""
    p = Project.create(project_target, title="Roll-up study", codebook=Codebook(name="cb", themes=THEMES))
    with p._session() as s:
        insert_wave(
            s,
            WaveRows(
                "w.csv",
                "x",
                [("Q", "What do you do?")],
                [(f"r{i}", {}) for i in range(8)],
                [(f"r{i}", "Q", f"answer {i}") for i in range(8)],
                0,
            ),
        )
    ids = [r.id for r in p.responses()]
    for coder, coding in (("ann", ANN), ("ben", BEN)):
        for i, themes in coding.items():
            for theme in sorted(themes):
                p.assign(ids[i], theme, coder)
            if not themes:
                p.mark_none(ids[i], coder)
    yield p
    p.close()


def implied_count(coding: dict[int, set[str]], theme: str) -> int:
    """By hand: answers coded with the theme or one of its sub-themes."""
    family = {"p": {"p", "p1", "p2"}, "t": {"t"}, "p1": {"p1"}, "p2": {"p2"}}[theme]
    return sum(1 for themes in coding.values() if themes & family)


def wide_sums(path) -> dict[str, int]:
    """Column sums of an exported wide CSV's theme columns."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    names = ["participation", "participation / voting", "participation / commenting", "trust"]
    return {n: sum(int(r[n] or 0) for r in rows) for n in names}


def test_counts_agreement_and_export_roll_up_alike(hierarchical, tmp_path):
    """Per coder, a parent's count is the same in the report, agreement at top and all, and the wide export."""
    p = hierarchical
    top = {t.theme_id: t.present for t in p.agreement(["ann", "ben"], level="top").themes}
    every = {t.theme_id: t.present for t in p.agreement(["ann", "ben"], level="all").themes}
    assert set(top) == {"p", "t"}
    for coder, coding in (("ann", ANN), ("ben", BEN)):
        rows = {r.label: r.answers for r in p.report_content(coding=coder, bootstrap=0).counts[0].theme_rows}
        sums = wide_sums(p.export(tmp_path / f"{coder}.csv", coding=coder))
        for theme, label, column in (
            ("p", "participation", "participation"),
            ("t", "trust", "trust"),
            ("p1", "voting", "participation / voting"),
            ("p2", "commenting", "participation / commenting"),
        ):
            expected = implied_count(coding, theme)
            assert rows[label] == expected and sums[column] == expected
            assert every[theme][coder] == expected
            if theme in top:
                assert top[theme][coder] == expected
    assert implied_count(ANN, "p") == 6 and sum(1 for t in ANN.values() if "p" in t) == 2  # not trivial


def title_page(path) -> str:
    """The first page's text on one line."""
    return " ".join(PdfReader(path).pages[0].extract_text().split())


def test_title_page_states_the_default_coding_as_a_choice(hierarchical, tmp_path):
    """By default the union of all coders, said to be the default, with the alternatives and the agreement."""
    path = hierarchical.report(tmp_path / "any.pdf", bootstrap=0)
    page = title_page(path)
    assert "Reported coding The union of all coders' codings (any coder)." in page
    assert "An answer carries a theme when ann or ben gave it. This is the default;" in page
    assert "(report --coder NAME[,NAME…], --consensus)" in page
    assert "Agreement between ann and ben; level of themes: every theme" in page
    assert PdfReader(path).pages[1].extract_text().startswith("Methods")  # the title page did not overflow


def test_title_page_names_a_chosen_coder_or_a_union_of_named_coders(hierarchical, tmp_path):
    """One coder, or several named coders, are stated as chosen instead of the default."""
    page = title_page(hierarchical.report(tmp_path / "ann.pdf", coding="ann", bootstrap=0))
    assert "Reported coding Coder ann's coding. Chosen for this report instead of the default" in page
    page = title_page(hierarchical.report(tmp_path / "both.pdf", coding="ben, ann", bootstrap=0))
    assert "Reported coding The union of the codings of ben and ann." in page
    union = hierarchical.reported_decisions("ann,ben")[1]
    assert union == hierarchical.reported_decisions("any")[1]
    with pytest.raises(ProjectError, match="no coder named 'cem'"):
        hierarchical.reported_decisions("ann,cem")


def test_export_of_a_union_of_named_coders(hierarchical, tmp_path):
    """`export --coder ann,ben` writes both coders' codings (long) and the union of their themes (wide)."""
    path = hierarchical.export(tmp_path / "long.csv", coding="ann,ben", layout="long")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["coder"] for r in rows} == {"ann", "ben"}
    assert sum(1 for r in rows if r["coder"] == "ann" and r["theme"]) == sum(len(t) for t in ANN.values())
    sums = wide_sums(hierarchical.export(tmp_path / "wide.csv", coding="ann,ben"))
    union = {i: ANN[i] | BEN[i] for i in ANN}
    assert sums["participation"] == implied_count(union, "p") and sums["trust"] == implied_count(union, "t")
