"""Several answers of one respondent to one question through SPSS (SQLite and PostgreSQL): `export --sav`
writes them as numbered blocks and the import reads those back as parts of the same question."""

from __future__ import annotations

import pyreadstat

from app.core.models import Codebook, ColumnRole, Theme
from app.core.survey_reading import SurveyOptions
from app.project import Project
from tests import test_spss_project as _spss_project
from tests.test_import_layouts import write_csv

second_target = _spss_project.second_target  # a fixture: another new project on the same database kind

CODEBOOK = Codebook(
    name="identities",
    themes=(
        Theme(id="family", name="family", position=1),
        Theme(id="work", name="work", position=2),
        Theme(id="work-boss", name="boss", parent_id="work", position=1),
    ),
)
ROWS = [  # id, answer, region: r1 three answers, r2 one, r3 two with the same text
    ("r1", "mother", "North"),
    ("r1", "engineer", "North"),
    ("r1", "team lead", "North"),
    ("r2", "father", "South"),
    ("r3", "What happened?", "South"),
    ("r3", "What happened?", "South"),
]
# (respondent, part) -> themes; [] = "no theme applies"; absent = not coded
CODED = {("r1", 1): ["family"], ("r1", 2): ["work"], ("r1", 3): ["work", "work-boss"], ("r3", 1): []}


def _answers(project: Project) -> list[tuple[str, str, str]]:
    """(respondent, question text, answer) in the project's order, the parts in order."""
    text = {q.id: q.text for q in project.questions()}
    return [(r.external_id, text[r.question_id], r.text) for r in project.responses()]


def _coding(project: Project) -> list[list[str] | None]:
    """Ann's themes of each answer in the project's order ([] = no theme applies, None = not coded)."""
    names = {t.id: t.name for t in project.themes()}
    by_answer = project.coder_codings("ann")
    return [
        sorted(names[t] for t in by_answer[r.id]) if r.id in by_answer else None for r in project.responses()
    ]


def _coded_project(target, tmp_path) -> Project:
    """A long survey with several answers per respondent, coded by ann."""
    project = Project.create(target, codebook=CODEBOOK)
    survey = write_csv(tmp_path / "ids.csv", [["id", "identity", "region"], *[list(r) for r in ROWS]])
    project.import_surveys(
        [survey],
        options=SurveyOptions(
            layout="long", roles={"id": ColumnRole.RESPONDENT_ID}, answer_column="identity"
        ),
    )
    part: dict[str, int] = {}
    for response in project.responses():
        k = part[response.external_id] = part.get(response.external_id, 0) + 1
        themes = CODED.get((response.external_id, k))
        if themes == []:
            project.mark_none(response.id, "ann")
        for theme in themes or ():
            project.assign(response.id, theme, "ann")
    return project


def test_several_answers_export_as_blocks_and_import_back_exactly(project_target, second_target, tmp_path):
    """Blocks identity, identity_2, identity_3 with part labels; import gives one question and the same codings."""
    coded = _coded_project(project_target, tmp_path)
    try:
        out = tmp_path / "ann.sav"
        coded.export(out, coding="ann")
        frame, meta = pyreadstat.read_sav(str(out))
        labels = dict(zip(meta.column_names, meta.column_labels))
        (text,) = {q.text for q in coded.questions()}
        assert labels["identity"] == text and labels["identity_2"] == f"{text} (part 2)"
        assert labels["identity_3"] == f"{text} (part 3)"
        assert labels["identity_2_T3"] == "identity (part 2): work / boss"
        assert list(frame["identity_3"]) == ["team lead", "", ""]
        assert list(frame["identity_2_status"].fillna(0)) == [1.0, 0.0, 3.0]  # r2 gave no second answer
        back = Project.create(second_target, codebook=CODEBOOK)
        try:
            detail = back.import_surveys([out], options=SurveyOptions()).detail
            assert len(back.questions()) == 1 and detail["new_answers"] == 6
            assert detail["blank_answers"] == 0  # r2 gave no second answer: nothing blank
            assert _answers(back) == _answers(coded)
            assert detail["codings_added"] == 5  # four themes and one "no theme applies"
            assert _coding(back) == _coding(coded) == [["family"], ["work"], ["boss", "work"], None, [], None]
        finally:
            back.close()
    finally:
        coded.close()


def test_import_codings_of_the_blocks_into_the_long_survey(project_target, second_target, tmp_path):
    """The .sav's coding goes onto the survey it came from: parts by text, identical texts in order."""
    coded = _coded_project(project_target, tmp_path)
    try:
        out = tmp_path / "ann.sav"
        coded.export(out, coding="ann")
        back = Project.create(second_target, codebook=CODEBOOK)
        try:
            survey = write_csv(
                tmp_path / "again.csv", [["id", "identity", "region"], *[list(r) for r in ROWS]]
            )
            options = SurveyOptions(
                layout="long", roles={"id": ColumnRole.RESPONDENT_ID}, answer_column="identity"
            )
            back.import_surveys([survey], options=options)
            assert back.import_codings(out).detail["codings_added"] == 5
            assert _coding(back) == _coding(coded)
        finally:
            back.close()
    finally:
        coded.close()
