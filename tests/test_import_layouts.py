"""Survey files as researchers have them: long rows, code columns, several codes per cell, one file per
question, hierarchical codes, waves with new attributes, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from app.core.models import Codebook, ColumnRole, Theme
from app.core.survey_reading import SurveyOptions
from app.project import Project, ProjectError

ID = ColumnRole.RESPONDENT_ID


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    """Write rows as a UTF-8 CSV file."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    return path


CODEBOOK = Codebook(
    name="devices",
    themes=(
        Theme(id="hw", name="hardware", code="1"),
        Theme(id="hw-cam", name="webcam", parent_id="hw", code="11"),
        Theme(id="sw", name="software", code="2"),
        Theme(id="sw-cam", name="webcam", parent_id="sw", code="21"),
        Theme(id="pr", name="privacy", code="3"),
    ),
)


@pytest.fixture
def project(project_target):
    """A project whose codebook has 'webcam' under two parents and numeric codes."""
    p = Project.create(project_target, codebook=CODEBOOK)
    yield p
    p.close()


def _codings(project: Project, coder: str) -> dict[tuple[str, str], frozenset[str]]:
    """Map (respondent, answer text) to the coder's theme ids."""
    by_id = {r.id: r for r in project.responses()}
    return {
        (by_id[rid].external_id, by_id[rid].text): themes
        for rid, themes in project.coder_codings(coder).items()
    }


def test_long_layout_keeps_repeated_answers_and_merges_attributes(project, tmp_path):
    """One row per answer: a respondent's several answers to one question stay separate, in file order."""
    path = write_csv(
        tmp_path / "identities.csv",
        [
            ["", "rid", "age", "identity"],
            ["1", "R1", "30", "mother"],
            ["2", "R1", "", "teacher"],
            ["3", "R2", "41", "nurse"],
            ["4", "R1", "30", "runner"],
        ],
    )
    options = SurveyOptions(layout="long", roles={"rid": ID}, answer_column="identity")
    changes = project.import_surveys([path], options=options)
    assert changes.detail["new_respondents"] == 2 and changes.detail["new_answers"] == 4
    assert [(r.external_id, r.text) for r in project.responses()] == [
        ("R1", "mother"),
        ("R1", "teacher"),
        ("R2", "nurse"),
        ("R1", "runner"),
    ]
    assert {r.external_id: r.attributes for r in project.respondents()} == {
        "R1": {"age": "30"},
        "R2": {"age": "41"},
    }
    assert [q.key for q in project.questions()] == ["identity"]


def test_long_layout_refuses_a_respondent_whose_rows_disagree(project, tmp_path):
    """An attribute with two values for one respondent is refused naming both rows; nothing is stored."""
    path = write_csv(
        tmp_path / "bad.csv",
        [["rid", "age", "answer"], ["R1", "30", "a b c"], ["R2", "20", "d"], ["R1", "31", "e"]],
    )
    options = SurveyOptions(layout="long", roles={"rid": ID}, answer_column="answer")
    with pytest.raises(
        Exception, match=r"bad.csv: row 4: respondent 'R1' has 'age' = '31' here but '30' on row 2"
    ):
        project.import_surveys([path], options=options)
    assert project.responses() == []


def test_long_layout_with_question_column_and_codes(project, tmp_path):
    """A question column names each row's question; code columns give a coder's codes (paths, numbers)."""
    path = write_csv(
        tmp_path / "coded.csv",
        [
            ["rid", "question", "answer", "Code 1", "Code 2"],
            ["R1", "Q1", "camera broke", "hardware->webcam", "3"],
            ["R1", "Q2", "app spies on me", "privacy; software->webcam", ""],
            ["R2", "Q1", "driver bug", "21", ""],
        ],
    )
    options = SurveyOptions(
        layout="long",
        roles={"rid": ID},
        answer_column="answer",
        question_column="question",
        coder_columns={"Code*": "ann"},
    )
    changes = project.import_surveys([path], options=options, hierarchy_separator="->")
    assert changes.detail["codings_added"] == 5 and changes.detail["new_questions"] == 2
    assert _codings(project, "ann") == {
        ("R1", "camera broke"): frozenset({"hw-cam", "pr"}),
        ("R1", "app spies on me"): frozenset({"pr", "sw-cam"}),
        ("R2", "driver bug"): frozenset({"sw-cam"}),
    }


def test_ambiguous_child_name_is_refused_listing_the_paths(project, tmp_path):
    """'webcam' exists under two parents: matched alone it is refused, listing both paths, nothing stored."""
    path = write_csv(
        tmp_path / "amb.csv", [["ResponseId", "What broke?", "Code 1"], ["R_1", "the camera", "webcam"]]
    )
    options = SurveyOptions(roles={"ResponseId": ID}, coder_columns={"Code 1": "ann"})
    with pytest.raises(ProjectError, match=r"'webcam' could be hardware->webcam or software->webcam"):
        project.import_surveys([path], options=options, hierarchy_separator="->")
    assert project.responses() == []


def test_unknown_codes_are_listed_or_created(project, tmp_path):
    """Unknown codes are refused together; with create_themes a path creates its parent too."""
    path = write_csv(
        tmp_path / "new.csv",
        [["id", "Why?", "Code 1"], ["1", "too slow", "speed"], ["2", "ugly", "design/colour | speed"]],
    )
    options = SurveyOptions(roles={"id": ID}, coder_columns={"Code 1": "ann"})
    with pytest.raises(
        ProjectError, match=r"2 code\(s\) not in the codebook: 'speed' \(row 2\), 'design/colour' \(row 3\)"
    ):
        project.import_surveys([path], options=options, hierarchy_separator="/")
    changes = project.import_surveys([path], options=options, hierarchy_separator="/", create_themes=True)
    assert changes.detail["themes_created"] == ["speed", "design", "design/colour"]
    themes = {t.name: t for t in project.themes()}
    assert themes["colour"].parent_id == themes["design"].id
    assert _codings(project, "ann")[("2", "ugly")] == frozenset({themes["colour"].id, themes["speed"].id})


def test_several_files_in_one_transaction_one_question_each(project, tmp_path):
    """One file per question: each file's open column is a question, respondents match by id; all or none."""
    first = write_csv(
        tmp_path / "q1.csv",
        [
            ["ResponseId", "Why did you choose not to use it?"],
            ["R_1", "too expensive for us"],
            ["R_2", "no time at all"],
        ],
    )
    second = write_csv(
        tmp_path / "q2.csv",
        [["ResponseId", "What would you change?"], ["R_2", "the price of it"], ["R_3", "colours please"]],
    )
    broken = tmp_path / "q3.csv"
    broken.write_text('ResponseId,What else?\nR_1,"never closed\n', encoding="utf-8")
    with pytest.raises(
        Exception, match="q3.csv: row 2: a quoted cell that starts in this row is never closed"
    ):
        project.import_surveys([first, second, broken])
    assert project.responses() == [] and project.questions() == []
    changes = project.import_surveys([first, second])
    assert changes.detail["new_respondents"] == 3 and changes.detail["new_questions"] == 2
    assert [q.text for q in project.questions()] == [
        "Why did you choose not to use it?",
        "What would you change?",
    ]
    assert sorted(r.external_id for r in project.respondents()) == ["R_1", "R_2", "R_3"]


def test_later_wave_adds_attributes_to_known_respondents_and_refuses_changed_ones(project, tmp_path):
    """New attributes of known respondents are stored; a different value for a stored one is refused."""
    project.import_surveys(
        [write_csv(tmp_path / "w1.csv", [["id", "age", "comment"], ["1", "30", "fine thanks"]])]
    )
    project.import_surveys(
        [write_csv(tmp_path / "w2.csv", [["id", "region", "comment"], ["1", "North", "fine thanks"]])]
    )
    assert project.respondents()[0].attributes == {"age": "30", "region": "North"}
    with pytest.raises(
        ProjectError, match=r"w3.csv: respondent 1 has 'age' = '30' in the project but '31' in this file"
    ):
        project.import_surveys(
            [write_csv(tmp_path / "w3.csv", [["id", "age", "comment"], ["1", "31", "fine thanks"]])]
        )
    assert project.respondents()[0].attributes == {"age": "30", "region": "North"}


def test_nul_and_control_characters_are_cleaned_and_counted(project, tmp_path):
    """A cell with a NUL byte no longer makes the file 'not text': it is cleaned, and the count reported."""
    path = tmp_path / "nul.csv"
    path.write_bytes(b"id,comment\n1,bad\x00 byte here\n2,bell\x07 ring ring\n3,clean text here\n")
    changes = project.import_surveys([path])
    assert changes.detail["cleaned_cells"] == 2
    assert [r.text for r in project.responses()] == ["bad byte here", "bell ring ring", "clean text here"]


def test_import_codings_codes_in_columns_with_response_id_as_respondent(project, tmp_path):
    """`ResponseId, <question text>, Code 1 … Code 8` per coder: detected, ResponseId is the respondent."""
    survey = write_csv(
        tmp_path / "s.csv", [["ResponseId", "What broke?"], ["R_1", "the camera"], ["R_2", "the driver"]]
    )
    project.import_surveys([survey])
    for coder, codes in (("ann", ["11", "3"]), ("ben", ["hardware->webcam", ""])):
        sheet = write_csv(
            tmp_path / f"{coder}.csv",
            [
                ["ResponseId", "What broke?"] + [f"Code {i}" for i in range(1, 9)],
                ["R_1", "the camera", *codes, *[""] * 6],
                ["R_2", "the driver", "2", *[""] * 7],
            ],
        )
        project.import_codings(sheet, coder=coder, hierarchy_separator="->")
    assert _codings(project, "ann") == {
        ("R_1", "the camera"): frozenset({"hw-cam", "pr"}),
        ("R_2", "the driver"): frozenset({"sw"}),
    }
    assert _codings(project, "ben") == {
        ("R_1", "the camera"): frozenset({"hw-cam"}),
        ("R_2", "the driver"): frozenset({"sw"}),
    }
