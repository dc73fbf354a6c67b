"""Suggestions in a project: they learn from the coder, explain themselves, and the review queue keeps score."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.core.models import Codebook, Origin, Theme
from app.project import Project
from app.storage.survey_store import WaveRows, insert_wave

TEXTS = [
    "Нужно больше рекламы порталов",
    "more advertising on TV please",
    "Жарнама керек",
    "the site is hard to use",
    "сайт неудобный, сложно найти",
    "нет",
    "no",
    "жоқ",
    "больше рекламы в соцсетях",
    "site is confusing and slow",
]


def _build(target) -> Project:
    """Ten answers and two themes with keywords in three languages."""
    p = Project.create(
        target,
        codebook=Codebook(
            name="cb",
            themes=(
                Theme(
                    id="aw",
                    name="awareness",
                    keywords={"en": ("advertising",), "ru": ("реклама",), "kk": ("жарнама",)},
                ),
                Theme(
                    id="us",
                    name="usability",
                    keywords={"en": ("hard to use", "confusing"), "ru": ("неудобный",)},
                ),
            ),
        ),
    )
    with p._session() as s:
        insert_wave(
            s,
            WaveRows(
                "w.csv",
                "x",
                [("Q", "?")],
                [(f"r{i}", {}) for i in range(len(TEXTS))],
                [(f"r{i}", "Q", t) for i, t in enumerate(TEXTS)],
                0,
            ),
        )
    return p


@pytest.fixture
def project(project_target):
    """The small project on SQLite and on PostgreSQL."""
    p = _build(project_target)
    yield p
    p.close()


def test_suggestions_cover_uncoded_answers_with_reasons(project):
    """Uncoded answers get ranked themes whose reasons name the matched keyword."""
    ids = [r.id for r in project.responses()]
    project.assign(ids[0], "aw", "ann")
    rows = {r["response_id"]: r["suggestions"] for r in project.suggest("ann")}
    assert ids[0] not in rows and len(rows) == 9
    top = rows[ids[8]][0]
    assert top["theme_id"] == "aw" and 0 < top["score"] <= 1
    assert any("реклам" in reason["text"] for reason in top["reasons"])
    assert rows[ids[4]][0]["theme_id"] == "us"


def test_review_queue_accept_reject_and_rates(project):
    """Queued suggestions are accepted as 'suggestion' codings or rejected; the rate is reported."""
    queued = project.queue_suggestions("ann", threshold=0.3)
    queue = project.review_queue("ann")
    assert queued == len(queue) >= 3
    first, second = queue[0], queue[1]
    project.accept_suggestions([(first.response_id, first.theme_id)], "ann")
    project.reject_suggestions([(second.response_id, second.theme_id)], "ann")
    assert project.coder_codings("ann")[first.response_id] == frozenset({first.theme_id})
    assert [c.origin for c in project.codings("ann")] == [Origin.SUGGESTION]
    stats = project.suggestion_stats("ann")
    assert stats.from_suggestions == 1 and stats.acceptance_rate == pytest.approx(0.5)
    assert stats.pending == len(queue) - 2
    added = project.queue_suggestions("ann", threshold=0.3)  # the accepted coding teaches new ones
    again = [(q.response_id, q.theme_id) for q in project.review_queue("ann")]
    assert len(again) == len(set(again)) == len(queue) - 2 + added  # nothing is queued twice
    assert not {(first.response_id, first.theme_id), (second.response_id, second.theme_id)} & set(again)


def test_duplicate_groups_find_non_answers(project):
    """'нет', 'no' and 'жоқ' form one group of non-answers."""
    ids = [r.id for r in project.responses()]
    groups = project.duplicate_groups()
    assert any({ids[5], ids[6], ids[7]} <= set(g.response_ids) for g in groups)


def test_cli_suggest_json_shape(tmp_path, capsys):
    """`thematic suggest --json` prints response_id and suggestions with theme, score and reasons."""
    target = str(tmp_path / "s.thematic")
    _build(target).close()
    assert main(["suggest", target, "--coder", "ann", "--top", "2", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert set(rows[0]) == {"response_id", "suggestions"}
    assert set(rows[0]["suggestions"][0]) >= {"theme", "score", "reasons"}


def test_calibration_replays_the_coders_codings(project):
    """The reliability table covers every (answer, theme) pair of the replayed codings."""
    ids = [r.id for r in project.responses()]
    for i in (0, 1, 8):
        project.assign(ids[i], "aw", "ann")
    project.assign(ids[3], "us", "ann")
    result = project.suggestion_calibration("ann")
    assert result["codings"] == 4 and result["fitted"] is False  # too few to refit: the defaults hold
    assert sum(row["pairs"] for row in result["reliability"]) == 4 * 2
    assert result["threshold"] == pytest.approx(0.2)


def test_cli_suggest_calibration_prints_the_reliability_table(tmp_path, capsys):
    """`thematic suggest --calibration` prints the coefficients and one line per score bin."""
    target = str(tmp_path / "c.thematic")
    p = _build(target)
    p.assign(p.responses()[0].id, "aw", "ann")
    p.close()
    assert main(["suggest", target, "--coder", "ann", "--calibration"]) == 0
    out = capsys.readouterr().out
    assert "1 codings replayed; calibration defaults" in out and "display threshold 0.20" in out
    assert main(["suggest", target, "--coder", "ann", "--calibration", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert sum(row["pairs"] for row in data["reliability"]) == 2
