"""Coding files meet the project's answers: text checks, ids by the survey's rules, exports read back,
second sheets and columns as new waves, and codes tied to one of several questions (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.core.models import ColumnRole
from app.core.survey_file import SurveyFileError
from app.core.survey_reading import SurveyOptions
from app.project import Project, ProjectError
from tests.test_import_layouts import write_csv

ID = ColumnRole.RESPONDENT_ID


@pytest.fixture
def project(project_target):
    """An empty project."""
    p = Project.create(project_target)
    yield p
    p.close()


def _survey(project: Project, tmp_path: Path) -> None:
    rows = [["ResponseId", "What could we improve?"], ["R1", "Faster  delivery"], ["R2", "=cheaper prices"]]
    project.import_survey(write_csv(tmp_path / "survey.csv", rows), roles={"ResponseId": ID})


def test_swapped_answer_texts_refuse_the_whole_file(project, tmp_path):
    """Codes next to another respondent's text (one column sorted alone) are refused, naming row and texts."""
    _survey(project, tmp_path)
    swapped = write_csv(
        tmp_path / "dan2.csv",
        [
            ["ResponseId", "What could we improve?", "Code 1"],
            ["R1", "=cheaper prices", "price"],
            ["R2", "Faster delivery", "speed"],
        ],
    )
    with pytest.raises(ProjectError) as caught:
        project.import_codings(swapped, coder="dan", create_themes=True)
    message = str(caught.value)
    assert "row 2" in message and "'R1'" in message and "(and 1 more row)" in message
    assert "'=cheaper prices'" in message and "'Faster delivery'" in message and "\n" not in message
    assert project.codings() == [] and project.themes() == []
    changes = project.import_codings(swapped, coder="dan", create_themes=True, check_text=False)
    assert changes.detail["codings_added"] == 2


def test_text_agrees_after_the_import_cleaning(project, tmp_path):
    """Spaces, control characters and an export's formula apostrophe do not count as a different text."""
    _survey(project, tmp_path)
    sheet = write_csv(
        tmp_path / "dan.csv",
        [
            ["ResponseId", "What could we improve?", "Code 1"],
            ["R1", " Faster delivery\x00 ", "speed"],
            ["R2", "'=cheaper prices", "price"],
        ],
    )
    project.import_codings(sheet, coder="dan", create_themes=True)
    names = {t.id: t.name for t in project.themes()}
    by_text = {r.text: r.id for r in project.responses()}
    coded = project.coder_codings("dan")
    assert {names[t] for t in coded[by_text["Faster  delivery"]]} == {"speed"}
    assert {names[t] for t in coded[by_text["=cheaper prices"]]} == {"price"}


def test_second_sheet_and_second_column_are_new_waves(project, tmp_path):
    """The already-imported check keys on the sheet and open columns taken, not on the file alone."""
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Wave 1"
    first.append(["id", "answer"])
    first.append(["A1", "the first wave's answer"])
    second = book.create_sheet("Wave 2")
    second.append(["id", "answer"])
    second.append(["B1", "the second wave's answer"])
    path = tmp_path / "two_sheets.xlsx"
    book.save(path)
    roles = {"id": ID, "answer": ColumnRole.OPEN}
    project.import_survey(path, roles=roles, sheet="Wave 1")
    project.import_survey(path, roles=roles, sheet="Wave 2")
    assert [r.external_id for r in project.responses()] == ["A1", "B1"]
    with pytest.raises(ProjectError, match="already imported with the same sheet and open columns"):
        project.import_survey(path, roles=roles, sheet="Wave 2")
    both = write_csv(tmp_path / "both.csv", [["id", "long", "short"], ["C1", "long words here", "short"]])
    project.import_survey(both, roles={"id": ID, "long": ColumnRole.OPEN, "short": ColumnRole.IGNORE})
    project.import_survey(both, roles={"id": ID, "short": ColumnRole.OPEN, "long": ColumnRole.IGNORE})
    assert [r.text for r in project.responses()][2:] == ["long words here", "short"]
    again = write_csv(tmp_path / "again.csv", [["id", "long"], ["D1", "more long words here"]])
    with pytest.raises(ProjectError, match="same file, sheet and columns"):
        project.import_surveys(
            [again, again], options=SurveyOptions(roles={"id": ID, "long": ColumnRole.OPEN})
        )


def _r_export(tmp_path: Path) -> Path:
    """A file as R's write.csv writes it: an unnamed row-number column, two open questions, a label."""
    return write_csv(
        tmp_path / "rwwd.csv",
        [
            ["", "chosen_emotion", "text_long", "text_short"],
            ["1", "Anxiety", "I worry about my parents and the long weeks alone", "worried"],
            ["2", "Relaxation", "Working from home has been calm and good for me", "calm"],
            ["3", "Anxiety", "The news makes me anxious every single morning now", "anxious"],
        ],
    )


def test_codes_for_one_of_two_questions_and_coding_import_by_row(project, tmp_path):
    """COLUMN=CODER@QUESTION brings both questions and one question's codes in one import."""
    path = _r_export(tmp_path)
    project.import_surveys(
        [path],
        options=SurveyOptions(
            coder_columns={"chosen_emotion": "writer"}, code_questions={"chosen_emotion": "text_long"}
        ),
        create_themes=True,
    )
    questions = {q.id: q.key for q in project.questions()}
    assert sorted(questions.values()) == ["text_long", "text_short"]
    names = {t.id: t.name for t in project.themes()}
    coded = project.coder_codings("writer")
    by_id = {r.id: r for r in project.responses()}
    assert sorted(
        (questions[by_id[r].question_id], by_id[r].external_id, names[t])
        for r, ts in coded.items()
        for t in ts
    ) == [
        ("text_long", "rwwd.csv row 2", "Anxiety"),
        ("text_long", "rwwd.csv row 3", "Relaxation"),
        ("text_long", "rwwd.csv row 4", "Anxiety"),
    ]
    other = Project.create(str(tmp_path / "other.thematic"))
    with pytest.raises(SurveyFileError, match="could belong to 'text_long', 'text_short'"):
        other.import_surveys([path], options=SurveyOptions(coder_columns={"chosen_emotion": "writer"}))
    other.close()
    # the same file as a coding sheet: the unnamed row-number column names respondents as the import did
    changes = project.import_codings(
        path, layout="columns", question="text_short", coder_columns={"chosen_emotion": "other"}
    )
    assert changes.detail["codings_added"] == 3
    assert {questions[by_id[r].question_id] for r in project.coder_codings("other")} == {"text_short"}


def test_coding_import_takes_the_id_column_like_the_survey_import(project, tmp_path):
    """`--id 'Column A'` on both imports: the coding file's respondents are the survey's."""
    path = _r_export(tmp_path)
    project.import_surveys(
        [path], options=SurveyOptions(roles={"Column A": ID, "text_short": ColumnRole.IGNORE})
    )
    assert [r.external_id for r in project.responses()] == ["1", "2", "3"]
    changes = project.import_codings(
        path,
        layout="columns",
        question="text_long",
        coder_columns={"chosen_emotion": "writer"},
        id_column="Column A",
        create_themes=True,
    )
    assert changes.detail["codings_added"] == 3
    with pytest.raises(SurveyFileError, match="no column named .nope."):
        project.import_codings(path, layout="columns", question="text_long", id_column="nope")


def test_long_export_reads_back_into_a_new_project(project_target, tmp_path):
    """A new project gives answers new ids: rows find theirs by respondent, question and text."""
    survey = write_csv(
        tmp_path / "long.csv",
        [["rid", "review"], ["70", "crashes on start"], ["70", "love the new design"], ["71", "slow sync"]],
    )
    options = SurveyOptions(layout="long", roles={"rid": ID}, answer_column="review")
    first = Project.create(str(tmp_path / "first.thematic"))
    first.import_surveys([survey], options=options)
    bug = first.add_theme("bug").id
    praise = first.add_theme("praise").id
    crash, design, sync = (r.id for r in first.responses())
    first.assign(crash, bug, "ann")
    first.assign(design, praise, "ann")
    first.assign(sync, bug, "ann")
    exported = first.export(tmp_path / "all_long.csv", coding="ann", layout="long")
    first.close()
    second = Project.create(project_target)
    try:
        second.import_surveys([survey], options=options)
        changes = second.import_codings(exported, create_themes=True)
        assert changes.detail["codings_added"] == 3
        names = {t.id: t.name for t in second.themes()}
        texts = {r.id: r.text for r in second.responses()}
        assert {texts[r]: {names[t] for t in ts} for r, ts in second.coder_codings("ann").items()} == {
            "crashes on start": {"bug"},
            "love the new design": {"praise"},
            "slow sync": {"bug"},
        }
    finally:
        second.close()


def test_rows_that_stay_ambiguous_are_named(project, tmp_path):
    """Two answers, a row without id or text: refused, naming the row."""
    survey = write_csv(tmp_path / "long.csv", [["rid", "review"], ["70", "one"], ["70", "two"]])
    project.import_surveys(
        [survey], options=SurveyOptions(layout="long", roles={"rid": ID}, answer_column="review")
    )
    sheet = write_csv(tmp_path / "codes.csv", [["respondent", "theme", "coder"], ["70", "x", "ann"]])
    with pytest.raises(ProjectError, match=r"codes.csv: row 2: respondent '70' has 2 answers"):
        project.import_codings(sheet, create_themes=True)
    texts = write_csv(
        tmp_path / "texts.csv",
        [["respondent", "answer", "theme", "coder"], ["70", "two", "x", "ann"], ["70", "one", "y", "ann"]],
    )
    assert project.import_codings(texts, create_themes=True).detail["codings_added"] == 2
