"""The long survey layout: one row per answer, respondents repeated, attributes checked across their rows.

Decisions:
- The id column names the respondent on every row; the answer column holds the answer text; the
  question column (optional) names the question of each row, else every row answers one question,
  keyed by the answer column's header.
- Several rows of one respondent for one question are separate answers kept in file order
  (`part` 1, 2, ...), as in "list up to five identities".
- Every other column is a respondent attribute unless its role is IGNORE (metadata, row numbers) or
  it holds codes. A respondent whose rows give one attribute two different values is refused,
  naming both rows; a blank cell does not disagree with a value.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from app.core.models import ColumnRole, Question, new_compact_id
from app.core.survey_file import SurveyFileError, SurveyTable, cell
from app.core.survey_import import (
    ParsedAnswer,
    ParsedCode,
    ParsedRespondent,
    ParsedSurvey,
    coder_groups,
    row_codes,
)


def _column(table: SurveyTable, name: str, what: str) -> int:
    """Return the index of a named column, or refuse naming the columns there are."""
    if name in table.headers:
        return table.headers.index(name)
    known = ", ".join(repr(h) for h in table.headers[:20])
    raise SurveyFileError(table.path, None, f"no {what} column {name!r} (columns: {known})")


def build_long_survey(
    table: SurveyTable,
    *,
    id_column: str,
    answer_column: str,
    question_column: str | None = None,
    roles: Mapping[str, ColumnRole] | None = None,
    coder_columns: Mapping[str, str] | None = None,
    code_separator: str | None = None,
) -> ParsedSurvey:
    """Turn a one-row-per-answer table into respondents (attributes merged), questions and answers."""
    path = table.path
    if table.truncated:
        raise SurveyFileError(path, None, "only a preview of this file was read; read it whole to import it")
    id_index = _column(table, id_column, "respondent id")
    answer_index = _column(table, answer_column, "answer")
    question_index = _column(table, question_column, "question") if question_column else None
    groups = coder_groups(table, coder_columns or {})
    taken = {id_index, answer_index, question_index} | {i for c in groups.values() for i in c}
    chosen = roles or {}
    attribute_keys = [
        (i, h)
        for i, h in enumerate(table.headers)
        if i not in taken and ColumnRole(chosen.get(h, ColumnRole.ATTRIBUTE)) is not ColumnRole.IGNORE
    ]
    questions: dict[str, Question] = {}
    people: dict[
        str, tuple[dict[str, str], dict[str, int], int]
    ] = {}  # id -> (attributes, row of each, first row)
    parts: dict[tuple[str, str], int] = {}
    answers: list[ParsedAnswer] = []
    codes: list[ParsedCode] = []
    blank = 0
    fixed_key = table.headers[answer_index]
    for row, number in zip(table.rows, table.row_numbers):
        external_id = cell(row, id_index).strip()
        if not external_id:
            raise SurveyFileError(path, number, f"the respondent id ({id_column!r}) is blank")
        if question_index is None:
            key, text_of_question = fixed_key, table.question_texts[fixed_key]
        else:
            key = cell(row, question_index).strip()
            if not key:
                raise SurveyFileError(path, number, f"the question ({question_column!r}) is blank")
            text_of_question = key
        if key not in questions:
            questions[key] = Question(
                id=new_compact_id(), key=key, text=text_of_question, position=len(questions)
            )
        attributes, seen_on, _ = people.setdefault(external_id, ({}, {}, number))
        for i, name in attribute_keys:
            value = cell(row, i)
            if not value.strip():
                continue
            earlier = attributes.setdefault(name, value)
            if earlier != value:
                raise SurveyFileError(
                    path,
                    number,
                    f"respondent {external_id!r} has {name!r} = {value!r} here "
                    f"but {earlier!r} on row {seen_on[name]}",
                )
            seen_on.setdefault(name, number)
        text = cell(row, answer_index)
        if not text.strip():
            blank += 1
            continue
        part = parts[(external_id, key)] = parts.get((external_id, key), 0) + 1
        answers.append(ParsedAnswer(external_id, key, text, part, number))
        for coder, columns in groups.items():
            codes.extend(
                ParsedCode(external_id, key, part, coder, code, number)
                for code in row_codes(row, columns, code_separator)
            )
    respondents = [ParsedRespondent(rid, attrs, first) for rid, (attrs, _, first) in people.items()]
    return ParsedSurvey(
        source_name=Path(path).name,
        source_checksum=table.checksum,
        questions=list(questions.values()),
        respondents=respondents,
        answers=answers,
        blank_answers=blank,
        codes=codes,
        cleaned_cells=table.cleaned_cells,
        repaired_quotes=table.repaired_quotes,
        missing_na=table.missing_na,
    )
