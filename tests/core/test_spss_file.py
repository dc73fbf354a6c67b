"""Reading SPSS files: value labels become the stored values, labels the question texts, code pages read right."""

from __future__ import annotations

import datetime as dt
import sys

import pandas as pd
import pyreadstat
import pytest

from app.core.models import ColumnRole
from app.core.survey_file import SurveyFileError, read_survey_table
from app.core.survey_reading import SurveyOptions, parse_survey, proposed_roles
from tests.legacy_sav import write_legacy_sav

WHY = [
    "Потому что нет времени ходить на слушания после работы",
    "I never heard that the akimat publishes its budget online",
    "",
    "Сайт сложный, не понятно куда писать обращение",
]


def labelled_sav(path, compress: bool = False):
    """A survey as SPSS users keep it: labelled codes, a user-missing code, a date, an open question."""
    frame = pd.DataFrame(
        {
            "resp": ["r1", "r2", "r3", "r4"],
            "sex": [1.0, 2.0, None, 2.0],
            "age": [23.0, -99.0, 41.5, 35.0],
            "visited": [dt.date(2020, 1, 2), dt.date(2021, 3, 4), None, dt.date(2022, 5, 6)],
            "why": WHY,
        }
    )
    pyreadstat.write_sav(
        frame,
        str(path),
        column_labels={"sex": "Ваш пол", "age": "Age in years", "why": "Почему вы не участвуете?"},
        variable_value_labels={"sex": {1.0: "Мужской", 2.0: "Женский"}, "age": {-99.0: "Refused"}},
        missing_ranges={"age": [-99.0]},
        compress=compress,
    )
    return path


def test_value_labels_missing_values_and_variable_labels(tmp_path):
    """Codes read as their labels, user-missing and system-missing as blank, labels as question texts."""
    table = read_survey_table(labelled_sav(tmp_path / "survey.sav"))
    assert table.kind == "spss" and table.encoding == "utf-8" and table.header_rows == 0
    assert table.headers == ["resp", "sex", "age", "visited", "why"]
    assert table.question_texts["why"] == "Почему вы не участвуете?"
    assert table.question_texts["resp"] == "resp"
    assert [row[1] for row in table.rows] == ["Мужской", "Женский", "", "Женский"]
    assert [row[2] for row in table.rows] == ["23", "", "41.5", "35"]
    assert [row[3] for row in table.rows] == ["2020-01-02", "2021-03-04", "", "2022-05-06"]
    assert [row[4] for row in table.rows] == WHY
    assert table.row_numbers == [1, 2, 3, 4]


def test_closed_variables_are_attributes_and_long_strings_open(tmp_path):
    """Numeric and labelled variables are proposed as attributes; the long string is the open question."""
    table = read_survey_table(labelled_sav(tmp_path / "survey.sav"))
    roles = proposed_roles(table, SurveyOptions(roles={"resp": ColumnRole.RESPONDENT_ID}))
    assert roles == {
        "resp": ColumnRole.RESPONDENT_ID,
        "sex": ColumnRole.ATTRIBUTE,
        "age": ColumnRole.ATTRIBUTE,
        "visited": ColumnRole.ATTRIBUTE,
        "why": ColumnRole.OPEN,
    }
    survey = parse_survey(table, SurveyOptions(roles={"resp": ColumnRole.RESPONDENT_ID}))
    assert [(q.key, q.text) for q in survey.questions] == [("why", "Почему вы не участвуете?")]
    assert [a.text for a in survey.answers] == [w for w in WHY if w]
    assert survey.blank_answers == 1
    assert survey.respondents[1].attributes == {"sex": "Женский", "visited": "2021-03-04"}


def test_labelled_string_variable_is_an_attribute(tmp_path):
    """A string variable with value labels (codes like 'KZ') is closed, read as its labels."""
    frame = pd.DataFrame({"id": ["a", "b", "c", "d", "e"], "land": ["KZ", "RU", "KZ", "UZ", "RU"]})
    labels = {"KZ": "Republic of Kazakhstan", "RU": "Russian Federation", "UZ": "Republic of Uzbekistan"}
    pyreadstat.write_sav(frame, str(tmp_path / "s.sav"), variable_value_labels={"land": labels})
    table = read_survey_table(tmp_path / "s.sav")
    assert [row[1] for row in table.rows][:2] == ["Republic of Kazakhstan", "Russian Federation"]
    assert proposed_roles(table, SurveyOptions())["land"] is ColumnRole.ATTRIBUTE


@pytest.mark.parametrize("code_page", [1251, 2])
def test_cyrillic_windows_1251_file_reads_right(tmp_path, code_page):
    """An SPSS 15 file in Windows-1251, whether its code page is named (1251) or not (2): Cyrillic intact."""
    path = write_legacy_sav(
        tmp_path / "old.sav",
        [("ID", 4, None), ("POL", 0, "Ваш пол"), ("PRICH", 48, "Почему вы не участвуете?")],
        [
            ["A1", 1, "Нет времени, работаю допоздна"],
            ["A2", 2, "Не знаю о порталах акимата"],
            ["A3", None, ""],
        ],
        value_labels={"POL": {1.0: "Мужской", 2.0: "Женский"}},
        code_page=code_page,
    )
    table = read_survey_table(path)
    assert table.encoding == "cp1251"
    assert table.question_texts == {"ID": "ID", "POL": "Ваш пол", "PRICH": "Почему вы не участвуете?"}
    assert table.rows == [
        ["A1", "Мужской", "Нет времени, работаю допоздна"],
        ["A2", "Женский", "Не знаю о порталах акимата"],
        ["A3", "", ""],
    ]


def test_forced_encoding_overrides_the_file(tmp_path):
    """--encoding reads the bytes in the named encoding, whatever the file says."""
    path = write_legacy_sav(
        tmp_path / "koi.sav", [("T", 16, None)], [["Привет"]], encoding="koi8-r", code_page=1251
    )
    assert read_survey_table(path).rows[0][0] != "Привет"  # the file lies: it says 1251
    table = read_survey_table(path, encoding="koi8-r")
    assert (table.encoding, table.rows[0][0]) == ("koi8-r", "Привет")


def test_zsav_and_portable_files(tmp_path):
    """Compressed .zsav and the portable .por format read the same way."""
    assert read_survey_table(labelled_sav(tmp_path / "s.zsav", compress=True)).rows[0][1] == "Мужской"
    frame = pd.DataFrame({"id": ["a", "b"], "score": [1.0, 2.0], "note": ["too slow", "fine"]})
    pyreadstat.write_por(frame, str(tmp_path / "s.por"), column_labels=[None, None, "Any comments?"])
    table = read_survey_table(tmp_path / "s.por")
    assert table.headers == ["ID", "SCORE", "NOTE"]  # the portable format keeps names in capitals
    assert table.question_texts["NOTE"] == "Any comments?"
    assert table.rows == [["a", "1", "too slow"], ["b", "2", "fine"]]


def test_preview_reads_only_the_first_cases(tmp_path):
    """A preview asks for a few cases and says the table is truncated."""
    table = read_survey_table(labelled_sav(tmp_path / "s.sav"), max_rows=2)
    assert len(table.rows) == 2 and table.truncated


@pytest.mark.parametrize(
    "content",
    [b"$FL2" + b"\x00" * 40, b"not an spss file at all", b"\x00\x01\x02" * 100],
    ids=["cut-header", "text", "binary"],
)
def test_damaged_sav_is_one_line_naming_the_file(tmp_path, content):
    """A damaged or foreign .sav is refused in one line naming the file."""
    path = tmp_path / "broken.sav"
    path.write_bytes(content)
    with pytest.raises(SurveyFileError) as err:
        read_survey_table(path)
    message = str(err.value)
    assert message.startswith(f"{path}: cannot read this SPSS file") and "\n" not in message


def test_empty_sav_says_it_has_no_cases(tmp_path):
    """Variables without cases: said plainly."""
    pyreadstat.write_sav(pd.DataFrame({"a": pd.Series([], dtype="float64")}), str(tmp_path / "e.sav"))
    with pytest.raises(SurveyFileError, match="no cases"):
        read_survey_table(tmp_path / "e.sav")


def test_without_pyreadstat_one_line_says_what_to_install(tmp_path, monkeypatch):
    """When the optional extra is absent the reader says how to install it."""
    path = labelled_sav(tmp_path / "s.sav")
    monkeypatch.setitem(sys.modules, "pyreadstat", None)
    with pytest.raises(SurveyFileError) as err:
        read_survey_table(path)
    assert (
        str(err.value) == f"{path}: install thematic[spss] to read SPSS files (pip install 'thematic[spss]')"
    )
