"""SPSS files through the project and the command line, on SQLite and PostgreSQL: import, export, import back."""

from __future__ import annotations

import math
import uuid

import pyreadstat
import pytest

from app.cli import main
from app.core.models import Codebook, ColumnRole, Theme
from app.core.survey_reading import SurveyOptions
from app.project import Project
from tests.conftest import PG_ADMIN, _pg_admin_connect
from tests.core.test_spss_file import WHY, labelled_sav

CODEBOOK = Codebook(
    name="reasons",
    themes=(
        Theme(id="time", name="no time", position=1),
        Theme(id="web", name="website", position=2),
        Theme(id="web-hard", name="hard to use", parent_id="web", position=1),
    ),
)


@pytest.fixture
def second_target(project_target, tmp_path):
    """Another new project on the same database kind as project_target."""
    if "://" not in project_target:
        yield str(tmp_path / "back.thematic")
        return
    name = f"thematic_test_{uuid.uuid4().hex[:12]}"
    with _pg_admin_connect() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield f"{PG_ADMIN.rsplit('/', 1)[0]}/{name}"
    with _pg_admin_connect() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def project(project_target):
    """A project with a small hierarchical codebook."""
    p = Project.create(project_target, title="SPSS study", codebook=CODEBOOK)
    yield p
    p.close()


def _import(project: Project, path, **roles):
    options = SurveyOptions(roles={"resp": ColumnRole.RESPONDENT_ID, **roles})
    return project.import_surveys([path], options=options)


def _answers(project: Project) -> list[tuple[str, str, str]]:
    """(respondent, question text, answer) for every answer, in order."""
    texts = {q.id: q.text for q in project.questions()}
    people = {r.id: r.external_id for r in project.respondents()}
    return [(people[r.respondent_id], texts[r.question_id], r.text) for r in project.responses()]


def test_labelled_sav_imports_with_labels_as_values_and_question_texts(project, tmp_path):
    """The open question's text is its variable label; closed questions arrive as their value labels."""
    changes = _import(project, labelled_sav(tmp_path / "survey.sav"))
    assert changes.detail["new_answers"] == 3 and changes.detail["blank_answers"] == 1
    assert _answers(project) == [(f"r{i}", "Почему вы не участвуете?", WHY[i - 1]) for i in (1, 2, 4)]
    attributes = {r.external_id: r.attributes for r in project.respondents()}
    assert attributes["r1"] == {"sex": "Мужской", "age": "23", "visited": "2020-01-02"}
    assert attributes["r2"] == {"sex": "Женский", "visited": "2021-03-04"}  # -99 is user-missing


def test_export_sav_then_import_back_gives_the_same_answers_and_attributes(project, second_target, tmp_path):
    """Coded data → .sav → a new project: same respondents, answers, question texts and attribute values."""
    _import(project, labelled_sav(tmp_path / "survey.sav"))
    by_text = {r.text: r.id for r in project.responses()}
    project.assign(by_text[WHY[0]], "time", "ann")
    project.assign(by_text[WHY[3]], "web-hard", "ann")
    project.mark_none(by_text[WHY[1]], "ann")
    out = tmp_path / "coded.sav"
    project.export(out, coding="ann")

    values, meta = pyreadstat.read_sav(str(out), output_format="dict")
    assert [v if not (isinstance(v, float) and math.isnan(v)) else None for v in values["why_T3"]] == [
        0.0,
        0.0,
        None,
        1.0,
    ]
    assert values["why_status"][:2] == [1.0, 2.0]
    assert values["why_T2"][3] == 1.0  # 'website', the parent of 'hard to use', counts it

    back = Project.create(second_target, codebook=CODEBOOK)
    try:
        detail = back.import_surveys([out], options=SurveyOptions()).detail
        assert detail["new_respondents"] == 4 and detail["new_answers"] == 3
        assert _answers(back) == _answers(project)
        assert [q.key for q in back.questions()] == ["why"]
        original = {r.external_id: r.attributes for r in project.respondents()}
        again = {r.external_id: r.attributes for r in back.respondents()}
        assert again == original  # the coding variables were proposed as ignored, not attributes
    finally:
        back.close()


def test_cli_export_sav_preview_and_damaged_file(tmp_path, capsys):
    """`export --sav`, `import --preview` of the result, and a damaged .sav as one line with exit 1."""
    project_path = str(tmp_path / "p.thematic")
    Project.create(project_path, codebook=CODEBOOK).close()
    survey = labelled_sav(tmp_path / "survey.sav")
    assert main(["import", project_path, str(survey), "--id", "resp"]) == 0
    assert main(["export", project_path, "--sav", str(tmp_path / "out.sav")]) == 0
    assert capsys.readouterr().out.strip().endswith(f"wrote {tmp_path / 'out.sav'}")
    assert main(["import", project_path, str(tmp_path / "out.sav"), "--preview"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{tmp_path / 'out.sav'}: SPSS data file, encoding utf-8, wide layout, 4 rows"
    roles = {line.split()[1].strip("'"): line.split()[0] for line in lines[1:]}
    assert roles["respondent_id"] == "respondent_id" and roles["why"] == "open"
    assert roles["sex"] == "attribute" and roles["why_status"] == roles["why_T1"] == "ignore"

    broken = tmp_path / "broken.sav"
    broken.write_bytes(b"$FL2" + b"\xff" * 64)
    assert main(["import", project_path, str(broken)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"thematic import: {broken}: cannot read this SPSS file") and "\n" not in err
    assert main(["export", project_path, "--sav", str(tmp_path / "out.csv")]) == 1
    assert "ends in .sav" in capsys.readouterr().err
