"""Suggestions in a project: they learn from the coder, explain themselves, and the review queue keeps score."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.core.models import Origin


@pytest.fixture
def project(project_target, suggestion_project_at):
    """The small suggestion project (tests/conftest.py) on SQLite and on PostgreSQL."""
    p = suggestion_project_at(project_target)
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


def test_the_queue_stores_reasons_as_data_and_still_reads_old_english_rows(project):
    """A queued reason is stored as structured data, not English; a row stored as a sentence reads back."""
    from sqlalchemy import select, update

    from app.storage.schema import SuggestionRow

    project.queue_suggestions("ann", threshold=0.3)
    first = project.review_queue("ann")[0]
    with project._session() as s:
        stored = s.scalars(select(SuggestionRow.reason)).all()
    assert all(json.loads(r)["reasons"] for r in stored)
    kinds = {r.kind for r in first.reasons}
    assert kinds <= {"keyword", "example", "prior"} and kinds
    assert first.reason == "; ".join(r.text for r in first.reasons)
    assert first.to_dict()["reasons"][0]["kind"] in kinds
    with project._session() as s:
        s.execute(update(SuggestionRow).values(reason="Keyword “реклама” matches “рекламы” (0.95)"))
    old = project.review_queue("ann")[0]
    assert old.reason == "Keyword “реклама” matches “рекламы” (0.95)"
    assert [(r.kind, r.text) for r in old.reasons] == [("text", old.reason)]


def test_duplicate_groups_find_non_answers(project):
    """'нет', 'no' and 'жоқ' form one group of non-answers."""
    ids = [r.id for r in project.responses()]
    groups = project.duplicate_groups()
    assert any({ids[5], ids[6], ids[7]} <= set(g.response_ids) for g in groups)


def test_cli_suggest_json_shape(tmp_path, capsys, suggestion_project_at):
    """`thematic suggest --json` prints response_id and suggestions with theme, score and reasons."""
    target = str(tmp_path / "s.thematic")
    suggestion_project_at(target).close()
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


def test_cli_suggest_calibration_prints_the_reliability_table(tmp_path, capsys, suggestion_project_at):
    """`thematic suggest --calibration` prints the coefficients and one line per score bin."""
    target = str(tmp_path / "c.thematic")
    p = suggestion_project_at(target)
    p.assign(p.responses()[0].id, "aw", "ann")
    p.close()
    assert main(["suggest", target, "--coder", "ann", "--calibration"]) == 0
    out = capsys.readouterr().out
    assert "1 codings replayed; calibration defaults" in out and "display threshold 0.20" in out
    assert main(["suggest", target, "--coder", "ann", "--calibration", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert sum(row["pairs"] for row in data["reliability"]) == 2
