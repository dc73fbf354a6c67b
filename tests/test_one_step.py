"""One use case is one transaction: imports are one undo step, refusals leave nothing, the trail sees all."""

from __future__ import annotations

import pytest

from app.core.models import Codebook, ColumnRole, Origin, Theme
from app.project import Project, ProjectError

ROLES = {"id": ColumnRole.RESPONDENT_ID, "answer": ColumnRole.OPEN}


@pytest.fixture
def project(project_target, tmp_path):
    """A project with one theme and three answers."""
    p = Project.create(
        project_target, codebook=Codebook(name="cb", themes=(Theme(id="aw", name="awareness"),))
    )
    survey = tmp_path / "s.csv"
    survey.write_text("id,answer\nA1,Больше рекламы\nA2,Сайт сложный\nA3,Жоқ\n", encoding="utf-8")
    p.import_survey(survey, roles=ROLES)
    yield p
    p.close()


def test_import_with_new_themes_is_one_undo_step(project, tmp_path):
    """`--create-themes`: the new theme, the new coder and the codings come and go in one step."""
    codings = tmp_path / "c.csv"
    codings.write_text("respondent,question,theme\nA1,answer,speed\nA2,answer,awareness\nA3,answer,\n")
    changes = project.import_codings(codings, coder="ann", create_themes=True)
    assert changes.detail["themes_created"] == ["speed"] and changes.affected == 3
    assert [t.name for t in project.themes()] == ["awareness", "speed"]
    assert project.undo_label("ann") == "Import codings from c.csv"
    project.undo("ann")
    assert [t.name for t in project.themes()] == ["awareness"]
    assert project.coder_codings("ann") == {}
    assert project.undo_label("ann") is None
    project.redo("ann")
    speed = project.theme("speed").id
    by_text = {r.text: project.coder_codings("ann").get(r.id) for r in project.responses()}
    assert by_text == {"Больше рекламы": {speed}, "Сайт сложный": {"aw"}, "Жоқ": frozenset()}


def test_refused_import_adds_no_coder_and_no_theme(project, tmp_path):
    """A bad row refuses the whole file: no coder, theme or coding is left behind."""
    codings = tmp_path / "c.csv"
    codings.write_text("respondent,question,theme\nA1,answer,speed\nZ9,answer,awareness\n")
    with pytest.raises(ProjectError, match="row 3"):
        project.import_codings(codings, coder="ann", create_themes=True)
    assert project.coders() == [] and [t.name for t in project.themes()] == ["awareness"]


def test_refused_coding_adds_no_coder(project):
    """Coding an unknown answer is refused without adding the coder."""
    with pytest.raises(ProjectError, match="no response with id nope"):
        project.assign("nope", "aw", "bob")
    assert project.coders() == [] and project.known_coder_id("bob") is None


def test_survey_import_and_suggestion_verdicts_reach_the_trail(project):
    """Survey waves, queued and rejected suggestions are in the audit trail, not on the undo stack."""
    first = project.responses()[0]
    project.assign(first.id, "aw", "ann", origin=Origin.MANUAL)
    second = project.responses()[1]
    project.reject_suggestions([(second.id, "aw")], "ann")
    actions = [e.action for e in project.history()]
    assert actions == ["reject-suggestions", "assign", "import-survey", "codebook-import"]
    survey = project.history()[2]
    assert survey.label == "Import s.csv" and survey.detail["new_answers"] == 3
    assert project.undo_label("ann") == "Code as awareness"
