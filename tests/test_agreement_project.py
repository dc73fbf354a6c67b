"""Agreement and consensus in a project: shared units only, consensus coder excluded, decisions logged."""

from __future__ import annotations

import pytest

from app.core.models import Codebook, Theme
from app.project import Project, ProjectError
from app.project.agreement import CONSENSUS_CODER
from app.storage.survey_store import WaveRows, insert_wave


@pytest.fixture
def coded(project_target):
    """Ten answers coded by two coders who disagree on two of them; one answer coded by one coder only."""
    p = Project.create(
        project_target,
        codebook=Codebook(
            name="cb", themes=(Theme(id="a", name="awareness"), Theme(id="u", name="usability"))
        ),
    )
    with p._session() as s:
        insert_wave(
            s,
            WaveRows(
                "w.csv",
                "x",
                [("Q", "?")],
                [(f"r{i}", {}) for i in range(11)],
                [(f"r{i}", "Q", f"text {i}") for i in range(11)],
                0,
            ),
        )
    ids = [r.id for r in p.responses()]
    for i in range(10):
        p.assign(ids[i], "a" if i < 5 else "u", "ann")
        theme = "a" if i < 5 else "u"
        if i == 4:
            theme = "u"
        p.assign(ids[i], theme, "ben")
    p.mark_none(ids[9], "ben")  # ben: none applies on answer 9, ann: usability
    p.assign(ids[10], "a", "ann")  # only ann decided answer 10
    yield p, ids
    p.close()


def test_agreement_uses_answers_all_coders_decided(coded):
    """Per-theme statistics use the 10 shared answers; percent agreement matches a hand count."""
    p, _ = coded
    report = p.agreement(["ann", "ben"])
    assert report.units == 10 and report.excluded_units == 1
    by_theme = {t.theme_id: t for t in report.themes}
    # awareness: ann 0-4, ben 0-3 -> agree on 9 of 10
    assert by_theme["a"].statistics["percent_agreement"] == pytest.approx(0.9)
    assert by_theme["a"].present == {"ann": 5, "ben": 4}
    # Cohen's kappa for awareness by hand: po=.9, pe=.5*.4+.5*.6=.5 -> .8
    assert by_theme["a"].statistics["cohen_kappa"] == pytest.approx(0.8)


def test_disagreements_and_settling(coded):
    """Two disagreements are listed; settling one is logged with each coder's themes and counted."""
    p, ids = coded
    rows = p.disagreements()
    assert {r["response_id"] for r in rows} == {ids[4], ids[9]}
    assert p.consensus_progress() == (0, 2)
    p.adopt(ids[4], "ann", decided_by="ann")
    assert p.coder_codings(CONSENSUS_CODER) == {ids[4]: frozenset({"a"})}
    assert p.consensus_progress() == (1, 2)
    p.settle(ids[9], [], decided_by="ben")
    assert p.coder_codings(CONSENSUS_CODER)[ids[9]] == frozenset()
    event = p.history(1)[0]
    assert event.action == "settle" and event.coder == "ben"
    assert event.detail["coders"] == {"ann": ["usability"], "ben": []}
    assert p.consensus_progress() == (2, 2)
    # the consensus coder is not compared by default
    assert p.agreement().coders == ("ann", "ben")


def test_union_rule_and_undo(coded):
    """The union rule combines both coders' themes; the decider can undo it."""
    p, ids = coded
    p.adopt(ids[4], "union", decided_by="ann")
    assert p.coder_codings(CONSENSUS_CODER)[ids[4]] == frozenset({"a", "u"})
    p.undo("ann")
    assert ids[4] not in p.coder_codings(CONSENSUS_CODER)


def test_agreement_needs_two_coders(project_target):
    """With fewer than two coders the request is refused with a reason."""
    p = Project.create(project_target)
    with pytest.raises(ProjectError, match="two coders"):
        p.agreement()
    p.close()


def test_single_choice_question_replaces_instead_of_toggling(coded):
    """On a single-choice question a theme key replaces the coder's theme; undo brings the old one back."""
    p, ids = coded
    question = p.questions()[0]
    assert not p.response_single_choice(ids[0])
    p.toggle(ids[0], "u", "ann")  # multiple-choice: adds
    assert p.coder_codings("ann")[ids[0]] == frozenset({"a", "u"})
    p.set_single_choice(True, question.id, coder="ann")
    assert p.questions()[0].single_choice and p.is_single_choice(question.id)
    assert not p.codebook_single_choice()
    changes = p.toggle(ids[1], "u", "ann")
    assert changes.label == "Code as usability (replacing)"
    assert p.coder_codings("ann")[ids[1]] == frozenset({"u"})
    p.toggle(ids[1], "u", "ann")  # the same key again takes it off
    assert ids[1] not in p.coder_codings("ann")
    p.undo("ann")
    p.undo("ann")
    assert p.coder_codings("ann")[ids[1]] == frozenset({"a"})
    p.undo("ann")  # the setting itself is undoable
    assert not p.questions()[0].single_choice


def test_single_choice_codebook_file_marks_the_project(tmp_path, project_target):
    """`single_choice: true` in a codebook file marks the codebook; export keeps it."""
    path = tmp_path / "cb.yaml"
    path.write_text(
        "name: cb\nsingle_choice: true\nthemes:\n  - name: one\n  - name: two\n", encoding="utf-8"
    )
    p = Project.create(project_target)
    p.import_codebook(path)
    assert p.codebook_single_choice() and p.is_single_choice()
    out = p.export_codebook(tmp_path / "out.yaml")
    assert "single_choice: true" in out.read_text(encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: cb\nsingle_choice: maybe\nthemes: []\n", encoding="utf-8")
    with pytest.raises(Exception, match="single_choice: expected true or false, got str"):
        p.import_codebook(bad)
    p.close()


def test_project_categorical_kappa_equals_standalone_on_its_long_export(coded, tmp_path):
    """The long export read as is by the standalone mode gives the project's categorical statistics."""
    from app.core.agreement_csv import agreement_from_codings_csv

    p, ids = coded
    p.set_themes(ids[9], ["u"], "ben")  # every decision now has exactly one theme
    p.clear(ids[10], "ann")
    study = p.agreement_study()
    assert study.single_choice_reason == "every compared decision has exactly one theme"
    export = p.export(tmp_path / "long.csv", layout="long")
    standalone = agreement_from_codings_csv(export)
    assert study.categorical.units == standalone["units"] == 10
    for name, value in study.categorical.statistics.items():
        assert value == pytest.approx(standalone["statistics"][name]), name
    assert study.categorical.statistics["cohen_kappa"] == pytest.approx(0.8)


def test_levels_and_disagreements_at_the_top_level(project_target):
    """Different sub-themes of one parent disagree on leaves, agree at the top; the list follows the level."""
    themes = (
        Theme(id="p", name="problems"),
        Theme(id="p1", name="no issues", parent_id="p"),
        Theme(id="p2", name="slow", parent_id="p"),
    )
    p = Project.create(project_target, codebook=Codebook(name="cb", themes=themes))
    with p._session() as s:
        insert_wave(s, WaveRows("w.csv", "x", [("Q", "?")], [("r0", {}), ("r1", {})],
                                [("r0", "Q", "a"), ("r1", "Q", "b")], 0))  # fmt: skip
    ids = [r.id for r in p.responses()]
    p.set_themes(ids[0], ["p1"], "ann")
    p.set_themes(ids[0], ["p2"], "ben")
    p.set_themes(ids[1], ["p1"], "ann")
    p.set_themes(ids[1], ["p1"], "ben")
    assert len(p.disagreements(level="leaf")) == 1 and p.disagreements(level="top") == []
    assert p.agreement_study(level="top").categorical.statistics["percent_agreement"] == pytest.approx(1.0)
    with pytest.raises(ProjectError, match="unknown level of themes 'middle'"):
        p.agreement_study(level="middle")
    p.close()
