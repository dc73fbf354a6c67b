"""The SPSS export's layout: one case per respondent, answer text, status and a 0/1 variable per theme."""

from __future__ import annotations

import math
import sys

import pyreadstat
import pytest

from app.core.export import ExportData
from app.core.models import Question, Respondent, Response, Theme
from app.core.spss_export import SpssExportError, readable_name, valid_name, write_sav
from app.core.spss_file import coding_variables

THEMES = [
    Theme(id="ads", name="advertising", position=1),
    Theme(id="web", name="website", position=2),
    Theme(id="web-slow", name="slow", parent_id="web", position=1),
]
QUESTIONS = [
    Question(id="q1", key="Q5", text="Why do you not take part?", position=0),
    Question(id="q2", key="12. Что вы предлагаете?", text="12. Что вы предлагаете?", position=1),
]
PEOPLE = [
    Respondent(id="p1", external_id="R1", attributes={"age": "34", "Сектор": "частный"}),
    Respondent(id="p2", external_id="R2", attributes={"age": "19.5"}),
    Respondent(id="p3", external_id="R3", attributes={"Сектор": "государственный"}),
]
ANSWERS = [
    Response(id="a1", respondent_id="p1", question_id="q1", text="no ads anywhere"),
    Response(id="a2", respondent_id="p2", question_id="q1", text="site is slow"),
    Response(id="a3", respondent_id="p3", question_id="q1", text="no time"),
    Response(id="a4", respondent_id="p1", question_id="q2", text="больше рекламы"),
    Response(id="a5", respondent_id="p1", question_id="q2", text="и быстрее сайт"),
]
CODED = {"a1": frozenset({"ads"}), "a2": frozenset({"web-slow"}), "a3": frozenset(), "a4": frozenset({"ads"})}


def _written(tmp_path, suffix=".sav"):
    data = ExportData(QUESTIONS, THEMES, PEOPLE, ANSWERS, CODED)
    path = tmp_path / f"coded{suffix}"
    write_sav(data, path, title="Astana wave 2")
    values, meta = pyreadstat.read_sav(str(path), output_format="dict", user_missing=True)
    return values, meta


def _column(values, name):
    return [None if v is None or (isinstance(v, float) and math.isnan(v)) else v for v in values[name]]


def test_one_case_per_respondent_with_answer_status_and_themes(tmp_path):
    """Each respondent is a case; per question the text, the status and 0/1 per theme, missing if uncoded."""
    values, meta = _written(tmp_path)
    assert meta.number_rows == 3
    assert meta.column_names == [
        "respondent_id",
        "age",
        "Сектор",
        "Q5",
        "Q5_status",
        "Q5_T1",
        "Q5_T2",
        "Q5_T3",
        "q12_Что_вы_предлагаете",
        "q12_Что_вы_предлагаете_status",
        "q12_Что_вы_предлагаете_T1",
        "q12_Что_вы_предлагаете_T2",
        "q12_Что_вы_предлагаете_T3",
        "q12_Что_вы_предлагаете_2",  # p1's second answer to the question: a block of its own
        "q12_Что_вы_предлагаете_2_status",
        "q12_Что_вы_предлагаете_2_T1",
        "q12_Что_вы_предлагаете_2_T2",
        "q12_Что_вы_предлагаете_2_T3",
    ]
    assert values["respondent_id"] == ["R1", "R2", "R3"]
    assert _column(values, "age") == [34.0, 19.5, None]  # numbers are numeric
    assert values["Сектор"] == ["частный", "", "государственный"]
    assert values["Q5"] == ["no ads anywhere", "site is slow", "no time"]
    assert _column(values, "Q5_status") == [1.0, 1.0, 2.0]
    assert _column(values, "Q5_T1") == [1.0, 0.0, 0.0]
    assert _column(values, "Q5_T2") == [0.0, 1.0, 0.0]  # the parent of 'slow' counts it (roll-up)
    assert _column(values, "Q5_T3") == [0.0, 1.0, 0.0]
    question = "q12_Что_вы_предлагаете"
    assert values[question] == ["больше рекламы", "", ""]
    assert _column(values, f"{question}_status") == [1.0, None, None]
    assert _column(values, f"{question}_T1") == [1.0, None, None]
    assert values[f"{question}_2"] == ["и быстрее сайт", "", ""]
    assert _column(values, f"{question}_2_status") == [3.0, None, None]  # the second answer is not coded
    assert _column(values, f"{question}_2_T1") == [None, None, None]
    assert meta.column_names_to_labels[f"{question}_2"] == "12. Что вы предлагаете? (part 2)"
    assert meta.column_names_to_labels[f"{question}_2_T1"] == "12. Что вы предлагаете? (part 2): advertising"
    assert meta.notes[-2:] == [
        "Thematic answer parts (NAME=QUESTION):",
        " q12_Что_вы_предлагаете_2=q12_Что_вы_предлагаете",
    ]


def test_labels_value_labels_measures_and_documents(tmp_path):
    """Variable labels carry question texts and theme paths; value labels and the documents explain codes."""
    _, meta = _written(tmp_path)
    labels = meta.column_names_to_labels
    assert labels["Q5"] == "Why do you not take part?"
    assert labels["Q5_T3"] == "Q5: website / slow"
    assert labels["Сектор"] == "Сектор"
    assert meta.variable_value_labels["Q5_T1"] == {0.0: "No", 1.0: "Yes"}
    assert meta.variable_value_labels["Q5_status"] == {
        1.0: "coded with themes",
        2.0: "no theme applies",
        3.0: "not yet coded",
    }
    assert meta.variable_measure["age"] == "scale" and meta.variable_measure["Q5_T1"] == "nominal"
    assert meta.original_variable_types["Q5_T1"] == "F1.0"
    assert "T3 = website / slow" in meta.notes and "Astana wave 2" in meta.notes
    assert all(len(line.encode()) <= 80 for line in meta.notes)
    assert coding_variables(meta.notes) == {
        name for name in meta.column_names if name.endswith(("_status", "_T1", "_T2", "_T3"))
    }


def test_zsav_is_compressed(tmp_path):
    """A .zsav name writes the compressed format."""
    _written(tmp_path, ".zsav")
    assert (tmp_path / "coded.zsav").read_bytes()[:4] == b"$FL3"


@pytest.mark.parametrize(
    "header, name",
    [
        ("Q5", "Q5"),
        ("12. What is your age?", "q12_What_is_your_age"),
        ("Как вы участвуете в работе акимата?", "Как_вы_участвуете_в"),  # 40 bytes: Cyrillic is 2 each
        ("???", "v"),
    ],
)
def test_names_are_valid_spss_names(header, name):
    """Headers become valid, readable SPSS names of at most 40 bytes (names are unique later)."""
    made = readable_name(header)
    assert made == name and valid_name(made) and len(made.encode()) <= 40


def test_names_stay_unique_ignoring_case(tmp_path):
    """Names differing only in case get distinct names; a reserved word never stands alone."""
    people = [Respondent(id="p", external_id="R", attributes={"Age": "1", "age": "2", "AND": "x"})]
    write_sav(ExportData([], [], people, [], {}), tmp_path / "n.sav")
    _, meta = pyreadstat.read_sav(str(tmp_path / "n.sav"), output_format="dict")
    assert meta.column_names == ["respondent_id", "Age", "age_2", "AND_2"]


def test_without_the_extra_one_line_says_what_to_install(tmp_path, monkeypatch):
    """No pyreadstat/pandas: one line naming the extra, and nothing written."""
    monkeypatch.setitem(sys.modules, "pyreadstat", None)
    with pytest.raises(SpssExportError, match=r"^install thematic\[spss\] to write SPSS files"):
        write_sav(ExportData(QUESTIONS, THEMES, PEOPLE, ANSWERS, CODED), tmp_path / "x.sav")
    assert not (tmp_path / "x.sav").exists()
