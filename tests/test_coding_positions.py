"""Coding files without Thematic's answer ids find answers by position: several answers of one respondent,
identical texts, files with no id column at all, and true messages when they cannot (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from app.core.models import ColumnRole
from app.core.survey_reading import SurveyOptions
from app.project import Project, ProjectError
from tests.test_import_layouts import write_csv

ID = ColumnRole.RESPONDENT_ID
ANSWERS = [
    ("70", "I will say you should make shock so close"),
    ("70", "That needs to change."),
    ("71", "What happened?"),
    ("71", "What happened?"),
    ("72", "Great app"),
]
CODES = ["feature request", "information giving", "information seeking", "problem discovery", "praise"]


@pytest.fixture
def project(project_target, tmp_path):
    """A project whose one question holds five answers of three respondents, long layout."""
    p = Project.create(project_target)
    survey = write_csv(tmp_path / "reviews.csv", [["id", "review"], *[list(a) for a in ANSWERS]])
    p.import_surveys([survey], options=SurveyOptions(layout="long", roles={"id": ID}, answer_column="review"))
    yield p
    p.close()


def _coded(project: Project, coder: str) -> list[tuple[str, str]]:
    """The coder's themes per answer, in the project's order (one theme per answer here)."""
    names = {t.id: t.name for t in project.themes()}
    coded = project.coder_codings(coder)
    return [(r.text, ",".join(sorted(names[t] for t in coded.get(r.id, ())))) for r in project.responses()]


def test_texts_and_codes_in_project_order_match_by_position(project, tmp_path):
    """No id column: row k is the question's answer k; identical texts of one respondent are fine."""
    sheet = write_csv(
        tmp_path / "bob.csv", [["review", "Code 1"], *[[t, c] for (_, t), c in zip(ANSWERS, CODES)]]
    )
    changes = project.import_codings(sheet, coder="bob", question="review", create_themes=True)
    assert changes.detail["codings_added"] == 5
    assert _coded(project, "bob") == [(t, c) for (_, t), c in zip(ANSWERS, CODES)]


def test_codes_alone_in_order_match_by_position(project, tmp_path):
    """A file of codes only, one row per answer in the project's order."""
    sheet = write_csv(tmp_path / "codes.csv", [["Code 1"], *[[c] for c in CODES]])
    project.import_codings(sheet, coder="bob", question="review", create_themes=True)
    assert [c for _, c in _coded(project, "bob")] == CODES


def test_a_different_text_names_its_row(project, tmp_path):
    """With texts in the file, the row whose text is not the project's answer there is named, with both texts."""
    rows = [[t, c] for (_, t), c in zip(ANSWERS, CODES)]
    rows[1], rows[4] = rows[4], rows[1]
    sheet = write_csv(tmp_path / "bob.csv", [["review", "Code 1"], *rows])
    with pytest.raises(ProjectError) as caught:
        project.import_codings(sheet, coder="bob", question="review", create_themes=True)
    message = str(caught.value)
    assert "bob.csv: row 3: the answer text of respondent '70' differs" in message
    assert "file 'Great app', project 'That needs to change.'" in message and "(and 1 more row)" in message
    assert project.codings() == []


def test_a_different_count_says_how_many_each_side_holds(project, tmp_path):
    """Rows in order but one missing: refused, saying the file lists 4 answers and the project holds 5."""
    sheet = write_csv(tmp_path / "codes.csv", [["Code 1"], *[[c] for c in CODES[:4]]])
    with pytest.raises(ProjectError) as caught:
        project.import_codings(sheet, coder="bob", question="review", create_themes=True)
    assert str(caught.value).endswith(
        "codes.csv: the file has no respondent id column (--id), so its rows are matched to the answers "
        "in order, but it lists 4 answers and the project holds 5 for that question"
    )


def test_respondent_ids_with_duplicate_texts_match_in_order(project, tmp_path):
    """Respondent ids and the question's column, no answer ids: texts decide, identical ones go in order."""
    sheet = write_csv(
        tmp_path / "bob.csv",
        [["id", "review", "theme"], *[[r, t, c] for (r, t), c in zip(ANSWERS, CODES)]],
    )
    project.import_codings(sheet, coder="bob", question="review", create_themes=True)
    assert _coded(project, "bob") == [(t, c) for (_, t), c in zip(ANSWERS, CODES)]
    by_rows = write_csv(
        tmp_path / "ann.csv", [["id", "Code 1"], *[[r, c] for (r, _), c in zip(ANSWERS, reversed(CODES))]]
    )
    project.import_codings(by_rows, coder="ann", question="review")
    assert [c for _, c in _coded(project, "ann")] == list(reversed(CODES))


def test_a_respondent_listed_less_often_is_refused_truthfully(project, tmp_path):
    """One row for a respondent with two answers and no telling text: the message counts what the file lists."""
    sheet = write_csv(tmp_path / "codes.csv", [["respondent", "theme", "coder"], ["70", "x", "ann"]])
    with pytest.raises(ProjectError) as caught:
        project.import_codings(sheet, question="review", create_themes=True)
    message = str(caught.value)
    assert "codes.csv: row 2: respondent '70' has 2 answers to that question" in message
    assert "the file lists 1 answer of theirs" in message and "as many answers" not in message
