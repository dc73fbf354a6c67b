"""The long layout and role proposals shared by preview and import."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from app.core.models import ColumnRole
from app.core.survey_file import SurveyFileError, read_survey_table
from app.core.survey_reading import (
    SurveyOptions,
    ids_repeat,
    parse_survey,
    preview_table,
    proposed_roles,
    read_table,
)

OPEN, ATTRIBUTE, IGNORE, ID = (
    ColumnRole.OPEN,
    ColumnRole.ATTRIBUTE,
    ColumnRole.IGNORE,
    ColumnRole.RESPONDENT_ID,
)


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    """Write rows as a UTF-8 CSV file."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    return path


def test_long_rows_become_numbered_parts_with_codes(tmp_path):
    """Repeated answers of one respondent to one question get parts 1, 2...; codes keep their part."""
    path = write_csv(
        tmp_path / "l.csv",
        [
            ["pid", "q", "text", "code"],
            ["P1", "Q1", "a", "x"],
            ["P1", "Q1", "b", "y|z"],
            ["P1", "Q2", "c", ""],
            ["P2", "Q1", " ", ""],
        ],
    )
    options = SurveyOptions(
        layout="long",
        roles={"pid": ID},
        answer_column="text",
        question_column="q",
        coder_columns={"code": "ann"},
    )
    survey = parse_survey(read_table(path, options), options)
    assert [(a.respondent_id, a.question_key, a.text, a.part) for a in survey.answers] == [
        ("P1", "Q1", "a", 1),
        ("P1", "Q1", "b", 2),
        ("P1", "Q2", "c", 1),
    ]
    assert [(c.part, c.code) for c in survey.codes] == [(1, "x"), (2, "y"), (2, "z")]
    assert survey.blank_answers == 1 and [q.key for q in survey.questions] == ["Q1", "Q2"]
    assert [r.external_id for r in survey.respondents] == ["P1", "P2"]


def test_long_layout_needs_an_id(tmp_path):
    """Without an id column the long layout says which flag to use."""
    path = write_csv(tmp_path / "l.csv", [["text"], ["some words here"], ["other words there"]])
    with pytest.raises(SurveyFileError, match=r"needs the respondent id column \(--id COLUMN\)"):
        parse_survey(read_table(path, SurveyOptions(layout="long")), SurveyOptions(layout="long"))


def test_unnamed_row_number_column_never_beats_the_chosen_id(tmp_path):
    """R's write.csv row names: proposed as ignore, and --id rid imports without a second id column."""
    rows = [["", "rid", "trait"]] + [[str(i), f"r{i % 3}", f"kind and patient {i}"] for i in range(1, 8)]
    path = write_csv(tmp_path / "r.csv", rows)
    table = read_survey_table(path)
    assert proposed_roles(table, SurveyOptions())["Column A"] is IGNORE
    options = SurveyOptions(layout="long", roles={"rid": ID})
    roles = proposed_roles(table, options)
    assert roles == {"Column A": IGNORE, "rid": ID, "trait": OPEN} and ids_repeat(table, roles)
    assert len(parse_survey(table, options).answers) == 7


def test_preview_and_import_propose_the_same_roles(tmp_path):
    """The preview reads the rows the roles are proposed from, so it proposes exactly what import uses."""
    rows = [["id", "trait"]] + [
        [str(i), "yes" if i < 30 else f"a long and varied answer number {i}"] for i in range(400)
    ]
    path = write_csv(tmp_path / "p.csv", rows)
    options = SurveyOptions()
    assert proposed_roles(preview_table(path, options), options) == proposed_roles(
        read_table(path, options), options
    )


@pytest.mark.parametrize(
    ("header", "values", "role"),
    [
        (
            "Why did you ultimately choose not to use the portal?",
            ["the cost", "no time", "too slow for me", "privacy worries", "my boss said no", "it crashed"],
            OPEN,
        ),
        ("Choose your region", ["North", "South", "North", "East", "South", "North"], ATTRIBUTE),
        ("answer", ["oui", "non"], OPEN),
        ("Which apply? (select all that apply)", ["A b c d e f", "B c d e f g", "C d e f g h"], ATTRIBUTE),
        ("score", ["1", "2", "3"], ATTRIBUTE),
    ],
)
def test_no_single_word_decides(tmp_path, header, values, role):
    """Header words and values are weighed together: 'choose' alone does not close a why-question."""
    path = write_csv(tmp_path / "w.csv", [["id", header]] + [[f"r{i}", v] for i, v in enumerate(values)])
    assert proposed_roles(read_survey_table(path), SurveyOptions())[header] is role


def test_latin1_cr_file_with_answer_column(tmp_path):
    """Two rows, Latin-1, old Mac line ends, a column named answer: the answer column is open."""
    path = tmp_path / "mac.csv"
    path.write_bytes("id,answer\r1,très bien\r2,déçu\r".encode("latin-1"))
    options = SurveyOptions()
    survey = parse_survey(read_table(path, options), options)
    assert [a.text for a in survey.answers] == ["très bien", "déçu"]


def test_no_open_column_lists_each_column_with_its_flag(tmp_path):
    """When nothing looks open-ended, the message lists every column, its role and the flag to change it."""
    path = write_csv(tmp_path / "n.csv", [["id", "trait", "age"], ["1", "kind", "30"], ["2", "kind", "31"]])
    with pytest.raises(SurveyFileError) as caught:
        parse_survey(read_table(path, SurveyOptions()), SurveyOptions())
    assert str(caught.value) == (
        f"{path}: no open-ended column was found; columns: 'id' respondent_id (change: --open id); "
        "'trait' attribute (change: --open trait); 'age' attribute (change: --open age)"
    )
