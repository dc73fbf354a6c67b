"""Codes that come in a wide survey file beside the answers, each code column tied to one open question.

A code column belongs to the question the researcher names (`COLUMN=CODER@QUESTION`); without a
name it belongs to the file's only open question, and a file with several open questions must say
which. Codes are taken only for answers that are not blank, once per coder, in column order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from app.core.survey_file import SurveyFileError, SurveyTable
from app.core.survey_import import ParsedCode, ParsedSurvey, coder_groups, row_codes


def _question_of(table: SurveyTable, survey: ParsedSurvey, pattern: str, named: str | None) -> str:
    """Return the key of the question a code column (or pattern) belongs to, or refuse."""
    keys = [q.key for q in survey.questions]
    if named is None:
        if len(keys) == 1:
            return keys[0]
        listed = ", ".join(repr(k) for k in keys)
        raise SurveyFileError(
            table.path,
            None,
            f"code column {pattern!r} could belong to {listed}; name the question as "
            f"--coder-column '{pattern}=CODER@QUESTION'",
        )
    folded = named.strip().casefold()
    for q in survey.questions:
        if folded in (q.key.casefold(), q.text.strip().casefold()):
            return q.key
    raise SurveyFileError(
        table.path, None, f"code column {pattern!r} names question {named!r}, which is not an open column"
    )


def with_codes(
    table: SurveyTable,
    survey: ParsedSurvey,
    coder_columns: Mapping[str, str],
    code_questions: Mapping[str, str],
    separator: str | None,
) -> ParsedSurvey:
    """Return the wave with the codes of its code columns, each for the answer of its question."""
    if not coder_columns:
        return survey
    targets: list[tuple[str, str, list[int]]] = []  # (coder, question key, columns)
    for pattern, coder in coder_columns.items():
        for who, columns in coder_groups(table, {pattern: coder}).items():
            targets.append((who, _question_of(table, survey, pattern, code_questions.get(pattern)), columns))
    index_of = {key: table.headers.index(key) for key in {t[1] for t in targets}}
    codes: list[ParsedCode] = []
    for row, respondent in zip(table.rows, survey.respondents):
        for coder, key, columns in targets:
            i = index_of[key]
            if i < len(row) and row[i].strip():
                found = row_codes(row, columns, separator)
                codes.extend(
                    ParsedCode(respondent.external_id, key, 1, coder, c, respondent.row) for c in found
                )
    return replace(survey, codes=codes)
