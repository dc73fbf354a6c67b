"""Reading coding spreadsheets in long and wide layouts, with the layout detected or forced."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest

from app.core.coding_table import CodingRow, read_coding_table
from app.core.demo_survey import build_demo_survey, demo_codings_csv_text
from app.core.survey_file import SurveyFileError


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    """Write rows as a UTF-8 CSV file."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    return path


def test_long_layout_with_respondent_question_and_coder(tmp_path):
    """Long rows give one coding each; ';' splits several themes; an empty theme means none applies."""
    rows = [
        ["Respondent", "Question", "Theme", "Coder"],
        ["R1", "Q9", "awareness", "Aigerim"],
        ["R1", "Q9", "usability; trust", "Daniyar"],
        ["R2", "Q5", "", "Aigerim"],
    ]
    result = read_coding_table(write_csv(tmp_path / "long.csv", rows))
    assert result == [
        CodingRow(2, None, "R1", "Q9", "awareness", "Aigerim"),
        CodingRow(3, None, "R1", "Q9", "usability", "Daniyar"),
        CodingRow(3, None, "R1", "Q9", "trust", "Daniyar"),
        CodingRow(4, None, "R2", "Q5", "", "Aigerim"),
    ]


def test_long_layout_with_response_ids_and_default_question(tmp_path):
    """A response_id column identifies answers; without a question column the caller's question is used."""
    rows = [["response_id", "code"], ["abc-1", "privacy"], ["abc-2", "Доверие"]]
    result = read_coding_table(write_csv(tmp_path / "ids.csv", rows), question="Q9")
    assert [(r.response_id, r.respondent, r.question, r.theme, r.coder) for r in result] == [
        ("abc-1", None, "Q9", "privacy", None),
        ("abc-2", None, "Q9", "Доверие", None),
    ]


def test_demo_codings_are_read_completely(tmp_path):
    """Every coding row of the demo study comes back with its respondent, question, theme and coder."""
    path = tmp_path / "demo.csv"
    path.write_text(demo_codings_csv_text(), encoding="utf-8", newline="")
    result = read_coding_table(path)
    assert [(r.respondent, r.question, r.theme, r.coder) for r in result] == [
        tuple(c) for c in build_demo_survey().codings
    ]


def test_wide_layout_marks(tmp_path):
    """Wide rows mark themes with 1/x/yes/true; explicit zeros mean none applies, blanks mean uncoded."""
    rows = [
        ["Respondent ID", "Answer", "Age", "awareness", "usability", "trust"],
        ["R1", "text one", "25-34", "1", "", "x"],
        ["R2", "text two", "18-24", "0", "no", "0"],
        ["R3", "text three", "45-54", "", "", ""],
        ["R4", "text four", "18-24", "TRUE", "Yes", "false"],
    ]
    result = read_coding_table(write_csv(tmp_path / "wide.csv", rows), question="Q5")
    assert [(r.row, r.respondent, r.question, r.theme) for r in result] == [
        (2, "R1", "Q5", "awareness"),
        (2, "R1", "Q5", "trust"),
        (3, "R2", "Q5", ""),
        (5, "R4", "Q5", "awareness"),
        (5, "R4", "Q5", "usability"),
    ]


def test_wide_layout_from_workbook_with_question_and_coder(tmp_path):
    """A workbook with numeric 1/0 cells, a question column and a coder column is read as wide."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [
        ["respondent", "question", "coder", "Ашықтық", "usability"],
        ["R1", "Q9", "Aigerim", 1, 0],
        ["R2", "Q9", "Aigerim", 0, 1.0],
    ]:
        sheet.append(row)
    book.save(tmp_path / "wide.xlsx")
    result = read_coding_table(tmp_path / "wide.xlsx")
    assert result == [
        CodingRow(2, None, "R1", "Q9", "Ашықтық", "Aigerim"),
        CodingRow(3, None, "R2", "Q9", "usability", "Aigerim"),
    ]


def test_wide_layout_bad_mark_names_row_and_column(tmp_path):
    """A theme cell that is not a mark is an error naming the row and the theme column."""
    rows = [["respondent", "awareness", "trust"], ["R1", "1", "0"], ["R2", "0", "maybe"]]
    with pytest.raises(SurveyFileError) as caught:
        read_coding_table(write_csv(tmp_path / "bad.csv", rows))
    assert caught.value.row == 3 and "'trust' holds 'maybe'" in str(caught.value)


def test_layout_override_and_undetectable_tables(tmp_path):
    """A forced layout is obeyed; unknown layouts and tables without ids or themes are refused."""
    rows = [["respondent", "theme"], ["R1", "1"], ["R2", "0"]]
    path = write_csv(tmp_path / "forced.csv", rows)
    assert [r.theme for r in read_coding_table(path)] == ["1", "0"]
    assert [(r.respondent, r.theme) for r in read_coding_table(path, layout="wide")] == [
        ("R1", "theme"),
        ("R2", ""),
    ]
    with pytest.raises(SurveyFileError, match="unknown coding layout 'diagonal'"):
        read_coding_table(path, layout="diagonal")
    with pytest.raises(SurveyFileError, match="cannot tell the layout"):
        read_coding_table(write_csv(tmp_path / "none.csv", [["respondent", "note"], ["R1", "hello"]]))
    no_ids = read_coding_table(write_csv(tmp_path / "noid.csv", [["who", "theme"], ["R 1", "trust"]]))
    assert [(r.response_id, r.respondent, r.theme) for r in no_ids] == [(None, None, "trust")]  # by position
    proposed = write_csv(tmp_path / "proposed.csv", [["who", "theme"], ["R1", "trust"], ["R2", "cost"]])
    assert [r.respondent for r in read_coding_table(proposed)] == [
        "R1",
        "R2",
    ]  # as the survey import proposes
    with pytest.raises(SurveyFileError, match="row 3: the row names no response or respondent"):
        read_coding_table(
            write_csv(tmp_path / "blank.csv", [["respondent", "theme"], ["R1", "a"], ["", "b"]])
        )
