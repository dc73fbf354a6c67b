"""Column roles and building a parsed survey: ids, open questions, attributes, blanks and errors."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

import pytest

from app.core.demo_survey import OPEN_QUESTIONS, RESPONDENT, demo_survey_csv_text
from app.core.models import ColumnRole
from app.core.survey_file import SurveyFileError, read_survey_table
from app.core.survey_import import build_survey, propose_roles

OPEN, ATTRIBUTE, IGNORE, ID = (
    ColumnRole.OPEN,
    ColumnRole.ATTRIBUTE,
    ColumnRole.IGNORE,
    ColumnRole.RESPONDENT_ID,
)


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    """Write rows as a CSV file."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def test_demo_survey_roles_find_the_open_questions(tmp_path):
    """On the seed-like demo survey the id column and exactly the four open columns are recognised."""
    path = tmp_path / "demo.csv"
    path.write_text(demo_survey_csv_text(), encoding="utf-8", newline="")
    roles = propose_roles(read_survey_table(path))
    assert roles[RESPONDENT] is ID
    assert {h for h, role in roles.items() if role is OPEN} == set(OPEN_QUESTIONS)
    preview = propose_roles(read_survey_table(path, max_rows=20))
    assert {h for h, role in preview.items() if role is OPEN} == set(OPEN_QUESTIONS)


def test_qualtrics_metadata_is_ignored_and_response_id_used(tmp_path):
    """Qualtrics metadata columns are ignored, ResponseId identifies respondents, question text is kept."""
    rows = [
        [
            "StartDate",
            "EndDate",
            "Status",
            "IPAddress",
            "Progress",
            "Duration (in seconds)",
            "Finished",
            "RecordedDate",
            "ResponseId",
            "LocationLatitude",
            "UserLanguage",
            "Q1",
            "Q2_TEXT",
        ],
        [
            "Start Date",
            "End Date",
            "Response Type",
            "IP Address",
            "Progress",
            "Duration",
            "Finished",
            "Recorded Date",
            "Response ID",
            "Location Latitude",
            "User Language",
            "Your sector?",
            "What should the city change?",
        ],
        ['{"ImportId":"startDate"}'] * 13,
    ]
    answers = [
        "Better roads and lighting in the evening",
        "Открыть больше парков для детей",
        "Ашық деректерді жиі жаңарту керек",
        "Faster replies to online petitions please",
        "Nothing, all is fine here",
        "Less paperwork for small business owners",
    ]
    for i, answer in enumerate(answers):
        rows.append(
            [
                f"2024-01-0{i + 1} 10:00",
                f"2024-01-0{i + 1} 10:05",
                "IP Address",
                f"10.0.0.{i}",
                "100",
                "300",
                "True",
                f"2024-01-0{i + 1} 10:05",
                f"R_{i:04d}x",
                "51.1",
                "EN",
                ["Public", "Private"][i % 2],
                answer,
            ]
        )
    table = read_survey_table(write_csv(tmp_path / "q.csv", rows))
    roles = propose_roles(table)
    assert roles["ResponseId"] is ID and roles["Q2_TEXT"] is OPEN and roles["Q1"] is ATTRIBUTE
    assert roles["UserLanguage"] is ATTRIBUTE
    assert all(roles[h] is IGNORE for h in rows[0][:8] + ["LocationLatitude"])
    survey = build_survey(table, roles)
    assert [q.text for q in survey.questions] == ["What should the city change?"]
    assert survey.respondents[1].external_id == "R_0001x"
    assert survey.respondents[1].attributes == {"UserLanguage": "EN", "Q1. Your sector?": "Private"}
    assert [a.text for a in survey.answers] == answers


def test_google_forms_export_without_id_uses_row_numbers(tmp_path):
    """A Google Forms export: the timestamp is ignored; respondents are named by file and spreadsheet row."""
    rows = [
        ["Отметка времени", "Ваш возраст", "Что бы вы предложили акимату?"],
        ["2024/03/01 10:00:01", "18-24", "Больше онлайн-опросов и обратной связи"],
        ["2024/03/01 10:02:13", "25-34", "Отвечать на обращения быстрее, чем сейчас"],
        ["2024/03/01 10:05:45", "18-24", ""],
        ["2024/03/01 11:15:00", "35-44", "Публиковать отчёты о выполнении предложений"],
        ["2024/03/02 09:00:00", "25-34", "Нет"],
    ]
    table = read_survey_table(write_csv(tmp_path / "forms.csv", rows))
    roles = propose_roles(table)
    assert list(roles.values()) == [IGNORE, ATTRIBUTE, OPEN]
    survey = build_survey(table, roles)
    assert [r.external_id for r in survey.respondents] == [f"forms.csv row {n}" for n in (2, 3, 4, 5, 6)]
    assert [a.respondent_id for a in survey.answers] == [f"forms.csv row {n}" for n in (2, 3, 5, 6)]
    assert survey.blank_answers == 1


def test_build_counts_blanks_and_keeps_text_verbatim(tmp_path):
    """Whitespace-only answers are counted as blank, not stored; kept answers are verbatim."""
    rows = [
        ["id", "group", "q1", "q2"],
        ["a", "x", "=1+1", "  "],
        ["b", "", "\u00a0\t", "<b>&amp;</b> ctrl\x02"],
        ["c", "y", "line\r\nbreak", ""],
    ]
    path = write_csv(tmp_path / "s.csv", rows)
    table = read_survey_table(path)
    survey = build_survey(table, {"id": ID, "group": ATTRIBUTE, "q1": OPEN, "q2": OPEN})
    assert survey.blank_answers == 3
    assert [(a.respondent_id, a.question_key, a.text, a.row) for a in survey.answers] == [
        ("a", "q1", "=1+1", 2),
        ("b", "q2", "<b>&amp;</b> ctrl", 3),  # control characters are removed (counted in cleaned_cells)
        ("c", "q1", "line\r\nbreak", 4),
    ]
    assert [r.attributes for r in survey.respondents] == [{"group": "x"}, {}, {"group": "y"}]
    assert [(q.key, q.position) for q in survey.questions] == [("q1", 0), ("q2", 1)]
    assert survey.source_name == "s.csv"
    assert survey.source_checksum == hashlib.sha256(path.read_bytes()).hexdigest()


def test_duplicate_respondent_ids_name_both_rows(tmp_path):
    """A repeated respondent id is refused with the row of the repeat and of the first use."""
    rows = [["Respondent ID", "answer"], ["R1", "a b c"], ["R2", "d e f"], ["\u00a0R1 ", "g h i"]]
    table = read_survey_table(write_csv(tmp_path / "dup.csv", rows))
    roles = propose_roles(table)
    assert roles["Respondent ID"] is ID
    with pytest.raises(SurveyFileError) as caught:
        build_survey(table, {"Respondent ID": ID, "answer": OPEN})
    assert caught.value.row == 4 and "also used on row 2" in str(caught.value)
    assert str(caught.value).startswith(f"{tmp_path / 'dup.csv'}: row 4: ")


def test_blank_respondent_id_is_refused(tmp_path):
    """A row without a respondent id is refused, naming the row."""
    table = read_survey_table(write_csv(tmp_path / "b.csv", [["id", "q"], ["1", "a"], [" ", "b"]]))
    with pytest.raises(SurveyFileError, match="row 3: the respondent id"):
        build_survey(table, {"id": ID, "q": OPEN})


def test_role_choices_are_checked(tmp_path):
    """No open column, two id columns, an unknown column or a preview table are refused."""
    path = write_csv(tmp_path / "r.csv", [["id", "other", "q"], ["1", "x", "a"], ["2", "y", "b"]])
    table = read_survey_table(path)
    with pytest.raises(SurveyFileError, match="no open-ended column"):
        build_survey(table, {"id": ID, "q": ATTRIBUTE})
    with pytest.raises(SurveyFileError, match="only one column can hold respondent ids"):
        build_survey(table, {"id": ID, "other": ID, "q": OPEN})
    with pytest.raises(SurveyFileError, match="no column named 'missing'"):
        build_survey(table, {"missing": OPEN})
    with pytest.raises(SurveyFileError, match="preview"):
        build_survey(read_survey_table(path, max_rows=1), {"q": OPEN})
    assert len(build_survey(table, {"q": OPEN}).answers) == 2  # unlisted columns are ignored


def test_multi_select_and_numeric_columns_are_attributes(tmp_path):
    """Repeated multi-select combinations and numbers are attributes; varied sentences are open."""
    options = ["Website", "Telegram bot", "Call centre", "Reception"]
    rows = [["n", "channels", "score", "comment"]]
    for i in range(12):
        picked = "; ".join(options[j] for j in range(4) if (i >> j) & 1) or options[0]
        rows.append(
            [f"P{i}", picked, str(i * 7 % 10), f"Comment number {i} about {options[i % 4].lower()} use"]
        )
    roles = propose_roles(read_survey_table(write_csv(tmp_path / "m.csv", rows)))
    assert roles == {"n": ID, "channels": ATTRIBUTE, "score": ATTRIBUTE, "comment": OPEN}
