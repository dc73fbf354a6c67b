"""Survey waves and coding spreadsheets through the project, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from app.core.models import Codebook, ColumnRole, Origin, Theme
from app.core.survey_file import SurveyFileError
from app.project import Project, ProjectError

ROLES = {"id": ColumnRole.RESPONDENT_ID, "age": ColumnRole.ATTRIBUTE, "answer": ColumnRole.OPEN}


@pytest.fixture
def project(project_target):
    """An empty project with two themes."""
    p = Project.create(
        project_target,
        codebook=Codebook(
            name="cb", themes=(Theme(id="aw", name="awareness"), Theme(id="us", name="usability"))
        ),
    )
    yield p
    p.close()


def test_second_wave_keeps_codings_and_adds_respondents(project, tmp_path):
    """A later wave adds new respondents; stored answers and codings are untouched."""
    first = tmp_path / "wave1.csv"
    first.write_bytes(
        "id;age;answer\r\nA1;18-24;Больше рекламы\r\nA2;25-34;Сайт сложный\r\n".encode("cp1251")
    )
    project.import_survey(first, roles=ROLES)
    a1 = project.responses()[0]
    project.assign(a1.id, "aw", "ann")
    second = tmp_path / "wave2.csv"
    second.write_text("id,age,answer\nA2,25-34,Сайт сложный\nB1,45+,Жарнама керек 🙂\n", encoding="utf-8")
    changes = project.import_survey(second, roles=ROLES)
    assert changes.detail["new_respondents"] == 1 and changes.detail["kept_answers"] == 1
    texts = [r.text for r in project.responses()]
    assert texts == ["Больше рекламы", "Сайт сложный", "Жарнама керек 🙂"]
    assert project.coder_codings("ann") == {a1.id: frozenset({"aw"})}
    assert {r.external_id: r.attributes for r in project.respondents()}["B1"] == {"age": "45+"}


def test_changed_answer_refuses_the_wave(project, tmp_path):
    """A wave that would change a stored answer is refused whole: nothing is overwritten or dropped."""
    first = tmp_path / "w1.csv"
    first.write_text("id,age,answer\nA1,18,old text\n", encoding="utf-8")
    project.import_survey(first, roles=ROLES)
    second = tmp_path / "w2.csv"
    second.write_text("id,age,answer\nB1,19,new person\nA1,18,edited text\n", encoding="utf-8")
    with pytest.raises(ProjectError, match="respondent A1 already has a different answer"):
        project.import_survey(second, roles=ROLES)
    assert [r.text for r in project.responses()] == ["old text"]


def test_waves_without_id_column_are_different_people(project, tmp_path):
    """Without an id column, the rows of a second file are new respondents, not the first file's rows."""
    roles = {"answer": ColumnRole.OPEN}
    for name, texts in (("w1.csv", ["slow", "confusing"]), ("w2.csv", ["useful", "bureaucratic"])):
        path = tmp_path / name
        path.write_text("answer\n" + "\n".join(texts) + "\n", encoding="utf-8")
        project.import_survey(path, roles=roles)
    assert [r.text for r in project.responses()] == ["slow", "confusing", "useful", "bureaucratic"]
    assert len(project.respondents()) == 4


def test_bad_file_imports_nothing(project, tmp_path):
    """A duplicate id on the last row leaves the project exactly as it was."""
    bad = tmp_path / "bad.csv"
    bad.write_text("id,age,answer\nA1,18,x\nA2,19,y\nA1,20,z\n", encoding="utf-8")
    with pytest.raises(SurveyFileError, match="row 4"):
        project.import_survey(bad, roles=ROLES)
    assert project.responses() == [] and project.respondents() == [] and project.questions() == []


def test_import_codings_long_and_wide(project, tmp_path):
    """Codings done in a spreadsheet arrive for the named coder with origin 'import'; unknown themes are refused."""
    survey = tmp_path / "s.csv"
    survey.write_text("id,age,answer\nA1,18,ads please\nA2,19,hard site\nA3,20,no\n", encoding="utf-8")
    project.import_survey(survey, roles=ROLES)
    ids = {r.external_id: r.id for r in project.responses()}
    long = tmp_path / "long.csv"
    long.write_text(
        "respondent,question,theme,coder\nA1,answer,awareness,ann\nA2,answer,Usability,ann\nA3,answer,,ann\n",
        encoding="utf-8",
    )
    project.import_codings(long)
    assert project.coder_codings("ann") == {
        ids["A1"]: frozenset({"aw"}),
        ids["A2"]: frozenset({"us"}),
        ids["A3"]: frozenset(),
    }
    assert {c.origin for c in project.codings("ann")} == {Origin.IMPORT}
    wide = tmp_path / "wide.csv"
    wide.write_text("respondent,awareness,usability\nA1,1,1\nA2,0,1\n", encoding="utf-8")
    project.import_codings(wide, coder="ben", question="answer")
    assert project.coder_codings("ben")[ids["A1"]] == frozenset({"aw", "us"})
    bad = tmp_path / "bad.csv"
    bad.write_text("respondent,question,theme,coder\nA1,answer,privcy,ann\n", encoding="utf-8")
    with pytest.raises(ProjectError, match=r"bad.csv: 1 code\(s\) not in the codebook: 'privcy' \(row 2\)"):
        project.import_codings(bad)
