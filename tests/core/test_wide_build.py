"""Building a wide survey: the C-level path for full rows and the general one for short rows agree."""

from __future__ import annotations

import json
import sqlite3

from app.core.models import ColumnRole
from app.core.survey_file import read_survey_table
from app.core.survey_import import ParsedAnswer, ParsedRespondent, build_survey
from app.project import Project

ROLES = {
    "id": ColumnRole.RESPONDENT_ID,
    "age": ColumnRole.ATTRIBUTE,
    "sector": ColumnRole.ATTRIBUTE,
    "answer": ColumnRole.OPEN,
}
FULL = (
    "id,age,sector,answer\r\n"
    " r1 ,18-24,public,the portal is slow\r\n"
    "r2,18-24,public,   \r\n"
    "r3,45+,,\t\r\n"
    "r4,45+,private,  keep the spaces  \r\n"
    "r5,,,нет\r\n"
)


def _build(tmp_path, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return build_survey(read_survey_table(path), ROLES)


def test_full_rows_give_answers_blanks_and_attributes_as_written(tmp_path):
    """Whitespace-only answers are blanks, answer text is verbatim, ids are trimmed, blank attributes left out."""
    survey = _build(tmp_path, FULL, "full.csv")
    assert survey.answers == [
        ParsedAnswer("r1", "answer", "the portal is slow", 1, 2),
        ParsedAnswer("r4", "answer", "  keep the spaces  ", 1, 5),
        ParsedAnswer("r5", "answer", "нет", 1, 6),
    ]
    assert survey.blank_answers == 2
    assert survey.respondents == [
        ParsedRespondent("r1", {"age": "18-24", "sector": "public"}, 2),
        ParsedRespondent("r2", {"age": "18-24", "sector": "public"}, 3),
        ParsedRespondent("r3", {"age": "45+"}, 4),
        ParsedRespondent("r4", {"age": "45+", "sector": "private"}, 5),
        ParsedRespondent("r5", {}, 6),
    ]
    assert all(type(r) is ParsedRespondent for r in survey.respondents)
    assert all(type(a) is ParsedAnswer for a in survey.answers)
    first, second = survey.respondents[0].attributes, survey.respondents[1].attributes
    assert first is second  # the same closed answers share one dict


def test_short_rows_read_as_padded_and_agree_with_full_rows(tmp_path):
    """Rows Excel cut short (trailing empty cells dropped) build the same survey as the padded file."""
    short = FULL.replace("r3,45+,,\t\r\n", "r3,45+\r\n")
    survey = _build(tmp_path, short + "r6,25-34\r\n", "short.csv")
    full = _build(tmp_path, FULL.replace("r3,45+,,\t\r\n", "r3,45+,,\r\n") + "r6,25-34,,\r\n", "full.csv")
    assert survey.answers == full.answers and survey.respondents == full.respondents
    assert survey.blank_answers == full.blank_answers == 3


def test_an_imported_wave_stores_compact_ids_and_attributes(tmp_path):
    """Stored ids are 20 characters of 0-9a-v, and attributes are compact JSON that reads back the same."""
    path = tmp_path / "w.csv"
    path.write_text(FULL, encoding="utf-8", newline="")
    with Project.create(tmp_path / "p.thematic", title="p") as project:
        project.import_survey(path, roles=ROLES)
        people = {r.external_id: r.attributes for r in project.respondents()}
        assert people["r3"] == {"age": "45+"} and people["r5"] == {}
    with sqlite3.connect(tmp_path / "p.thematic") as con:
        ids = [
            i
            for row in con.execute("SELECT id, respondent_id, question_id, source_id FROM responses")
            for i in row
        ]
        stored = dict(con.execute("SELECT external_id, attributes FROM respondents"))
    assert len(ids) == 12 and all(
        len(i) == 20 and set(i) <= set("0123456789abcdefghijklmnopqrstuv") for i in ids
    )
    assert stored["r1"] == '{"age":"18-24","sector":"public"}'
    assert json.loads(stored["r4"]) == {"age": "45+", "sector": "private"}
