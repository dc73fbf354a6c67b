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
