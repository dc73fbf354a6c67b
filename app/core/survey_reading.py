"""One survey file from bytes to a parsed wave with the researcher's options: shared by preview and import.

Preview and import call the same two functions, so they see the same rows (roles are proposed
from the first `ROLE_SAMPLE_ROWS` rows either way) and apply the same rules:
- `proposed_roles` proposes each column's role, then applies the researcher's choices: a chosen
  id column demotes a proposed one (so an unnamed row-number column never beats `--id`), and
  code columns, the long layout's answer and question columns get their fixed roles.
- `parse_survey` builds the wave in the wide layout (one row per respondent) or the long one
  (one row per answer).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.core.models import ColumnRole
from app.core.r_missing import without_r_missing
from app.core.spss_parts import follow_parts, merge_parts, parts_of
from app.core.survey_file import SurveyFileError, SurveyTable, cell, read_survey_table
from app.core.survey_import import (
    ROLE_SAMPLE_ROWS,
    ParsedSurvey,
    build_survey,
    coder_groups,
    no_open_column,
    propose_roles,
)

WIDE, LONG = "wide", "long"


@dataclass(frozen=True)
class SurveyOptions:
    """What the researcher said about a survey file; everything left None is detected."""

    encoding: str | None = None
    delimiter: str | None = None
    header_rows: int | None = None
    sheet: str | None = None
    layout: str = WIDE
    roles: Mapping[str, ColumnRole] = field(default_factory=dict)
    answer_column: str | None = None  # long layout
    question_column: str | None = None  # long layout
    coder_columns: Mapping[str, str] = field(default_factory=dict)  # column (or pattern with *) -> coder
    code_questions: Mapping[str, str] = field(default_factory=dict)  # code column (pattern) -> open question
    code_separator: str | None = None


def read_table(path: str | Path, options: SurveyOptions, max_rows: int | None = None) -> SurveyTable:
    """Read the file with the options' encoding, delimiter, header rows and sheet (an R export's NA missing)."""
    table = read_survey_table(
        path,
        encoding=options.encoding,
        delimiter=options.delimiter,
        header_rows=options.header_rows,
        sheet=options.sheet,
        max_rows=max_rows,
    )
    return without_r_missing(table)


def preview_table(path: str | Path, options: SurveyOptions) -> SurveyTable:
    """Read as many rows as roles are proposed from, so a preview proposes what the import will."""
    return read_table(path, options, max_rows=ROLE_SAMPLE_ROWS)


def _chosen_id(options: SurveyOptions) -> str | None:
    """Return the column the researcher named as the respondent id, if any."""
    ids = [h for h, r in options.roles.items() if ColumnRole(r) is ColumnRole.RESPONDENT_ID]
    return ids[0] if ids else None


def proposed_roles(table: SurveyTable, options: SurveyOptions) -> dict[str, ColumnRole]:
    """Propose roles, then apply the researcher's: ids, code columns and the long layout's columns."""
    from app.core.spss_codes import options_without_sets, set_columns

    roles = propose_roles(table, _chosen_id(options))
    roles.update({h: ColumnRole(r) for h, r in options.roles.items()})
    if parts := {h: p for h, p in parts_of(table).items() if h not in options.roles}:
        follow_parts(roles, parts)  # an SPSS export's later answers to a question follow its role
    roles.update(dict.fromkeys(set_columns(table, options.coder_columns), ColumnRole.IGNORE))
    options = options_without_sets(table, options)  # an SPSS file's code sets: app.core.spss_codes
    for columns in coder_groups(table, options.coder_columns).values():
        for i in columns:
            roles[table.headers[i]] = ColumnRole.IGNORE  # shown as "codes" by the caller
    if options.layout == LONG:
        answer = options.answer_column or _first_open(table, roles)
        for header, role in list(roles.items()):
            if role is ColumnRole.OPEN and header != answer:
                roles[header] = ColumnRole.ATTRIBUTE
        if answer is not None:
            roles[answer] = ColumnRole.OPEN
        if options.question_column:
            roles[options.question_column] = ColumnRole.IGNORE  # it names questions, shown as "question"
    return roles


def _first_open(table: SurveyTable, roles: Mapping[str, ColumnRole]) -> str | None:
    """Return the first column proposed as open-ended."""
    return next((h for h in table.headers if roles.get(h) is ColumnRole.OPEN), None)


def ids_repeat(table: SurveyTable, roles: Mapping[str, ColumnRole]) -> bool:
    """Tell whether the id column repeats (a long file: propose the long layout)."""
    ids = [h for h, r in roles.items() if r is ColumnRole.RESPONDENT_ID]
    if not ids or ids[0] not in table.headers:
        return False
    index = table.headers.index(ids[0])
    values = [cell(row, index).strip() for row in table.rows]
    return len(set(values)) < len(values)


def parse_survey(table: SurveyTable, options: SurveyOptions) -> ParsedSurvey:
    """Build the wave in the chosen layout, or raise one line naming the file, row and problem."""
    from app.core.spss_codes import options_without_sets, survey_codes

    roles = proposed_roles(table, options)
    if options.layout == WIDE:
        from app.core.survey_codes import with_codes

        survey = build_survey(table, roles)  # code columns are IGNORE in the roles; their codes follow
        survey = with_codes(
            table,
            survey,
            options_without_sets(table, options).coder_columns,
            options.code_questions,
            options.code_separator,
        )
        extra = survey_codes(table, options, survey)
        survey = replace(survey, codes=survey.codes + extra) if extra else survey
        return merge_parts(survey, parts_of(table))
    if options.layout != LONG:
        raise SurveyFileError(table.path, None, f"unknown layout {options.layout!r} (use 'wide' or 'long')")
    from app.core.long_survey import build_long_survey

    id_column = next((h for h, r in roles.items() if r is ColumnRole.RESPONDENT_ID), None)
    if id_column is None:
        raise SurveyFileError(
            table.path, None, "the long layout needs the respondent id column (--id COLUMN)"
        )
    answer = options.answer_column or _first_open(table, roles)
    if answer is None:
        raise no_open_column(table, roles)
    return build_long_survey(
        table,
        id_column=id_column,
        answer_column=answer,
        question_column=options.question_column,
        roles=roles,
        coder_columns=options.coder_columns,
        code_separator=options.code_separator,
    )
