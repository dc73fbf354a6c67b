"""Reading coding done in a spreadsheet (long or wide layout) into plain rows the project can apply.

Layouts:
- long: one row per coding, with a `theme` column and either `response_id` or `respondent`
  (plus `question`, unless the caller names the question); `coder` is optional. A theme cell may
  hold several themes separated by ";". An empty theme cell gives a row with theme "" (the coder
  decided that no theme applies), as the demo codings do.
- wide: one row per answer: `respondent` or `response_id` (plus `question`, unless the caller names
  it), optional `coder`, then one column per theme marked 1/x/yes/true (or 0/no/false/blank).
  Theme columns start at the first marked column whose cells are all marks; columns before it
  (answer text, attributes) are skipped, and so are columns named answer/text/status/origin.
  After that, a cell that is not a mark is an error naming its row and column. A row whose theme
  cells are all blank is not coded yet (no rows); explicit zeros only give theme "" (no theme applies).
- columns: one row per answer, the codes in columns (`ResponseId, <question text>, Code 1 …
  Code 8`, one file per coder, as Excel coding sheets are often kept). Code columns are those named
  "Code 1", "Code 2" …, or the ones the caller names with `coder_columns` (column or pattern with
  `*` -> coder). The question is the caller's `question`, else the one remaining column that is
  not an id, coder or code column (its header is the question's text or key). Blank code cells
  mean the answer was not coded.
Headers are matched ignoring case, spaces and punctuation ("Respondent ID" = respondent_id). The
respondent id column means the same as in the survey import: `ResponseId` (Qualtrics) is the
respondent; only a `response_id` or `answer_id` header (Thematic's exports) holds Thematic's answer ids.
A theme cell may hold several codes: split on `code_separator`, else on ';', '|' and line breaks.
A leading apostrophe that an export added to neutralise a formula (`'=x`, `'-5`) is removed.
The layout is detected (a theme column means long, "Code N" columns mean columns) unless forced.
A file without id columns is allowed: its rows are the question's answers in order (`unit` tells which
rows belong to one answer). The answers' text is an answer/text column, else the column headed by the question.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.core.models import ColumnRole
from app.core.r_missing import without_r_missing
from app.core.survey_file import SurveyFileError, SurveyTable, cell, read_survey_table
from app.core.survey_import import coder_groups
from app.core.survey_roles import _is_row_number, propose_roles
from app.core.theme_matching import split_codes

LONG, WIDE, COLUMNS = "long", "wide", "columns"
RESPONSE_ID_HEADERS = {"response_id", "answer_id"}  # exact (case-insensitive): Thematic's own ids
RESPONDENT_NAMES = {
    "respondent",
    "respondentid",
    "responseid",
    "id",
    "participant",
    "participantid",
    "caseid",
    "респондент",
    "idреспондента",
}
QUESTION_NAMES = {"question", "questionkey", "questionid", "item", "вопрос", "сұрақ"}
THEME_NAMES = {"theme", "themes", "code", "codes", "category", "categories", "тема", "темы", "код", "тақырып"}
CODER_NAMES = {"coder", "codedby", "rater", "annotator", "кодировщик", "кодер"}
SKIPPED_NAMES = {
    "answer",
    "text",
    "answertext",
    "responsetext",
    "status",
    "origin",
    "comment",
    "comments",
    "notes",
    "ответ",
    "жауап",
}
TEXT_NAMES = {"answer", "text", "answertext", "responsetext", "ответ", "жауап"}
MARKED = {"1", "x", "yes", "y", "true", "да", "иә", "✓", "✔", "+"}
UNMARKED = {"", "0", "no", "n", "false", "нет", "жоқ", "-"}
_NON_ALNUM = re.compile(r"[\W_]+")
_CODE_COLUMN = re.compile(r"(code|код|label|category)\s*_?\d+", re.IGNORECASE)
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class CodingRow:
    """One theme given to one answer, as read from a coding spreadsheet; `row` is the spreadsheet row."""

    row: int
    response_id: str | None
    respondent: str | None
    question: str | None
    theme: str
    coder: str | None
    text: str | None = None  # the answer's text when the file carries it, to check against the project
    unit: int | None = field(default=None, compare=False)  # the file row where the answer's rows start


def _normal(name: str) -> str:
    """Fold a header for matching (case, spaces and punctuation ignored)."""
    return _NON_ALNUM.sub("", name.casefold())


def _find(table: SurveyTable, names: set[str], skip: int | None = None) -> int | None:
    """Return the index of the first column whose header is one of the names."""
    for index, header in enumerate(table.headers):
        if index != skip and _normal(header) in names:
            return index
    return None


def unneutralise(value: str) -> str:
    """Remove the apostrophe an export put before text a spreadsheet would run as a formula."""
    return (
        value[1:]
        if value.startswith("'") and value[1:2] and value[1:].startswith(FORMULA_TRIGGERS)
        else value
    )


def read_coding_table(
    path: str | Path,
    *,
    layout: str | None = None,
    question: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | int | None = None,
    header_rows: int = 1,
    code_separator: str | None = None,
    coder_columns: Mapping[str, str] | None = None,
    id_column: str | None = None,
) -> list[CodingRow]:
    """Read a long, wide or codes-in-columns coding spreadsheet into rows; `question` names the question.

    `id_column` names the respondent id column, as `--id` does for the survey import.
    """
    table = without_r_missing(  # an R export's NA is no code, as in the survey import
        read_survey_table(path, encoding=encoding, delimiter=delimiter, sheet=sheet, header_rows=header_rows)
    )
    if id_column is not None and id_column not in table.headers:
        raise SurveyFileError(table.path, None, f"no column named {id_column!r} for the respondent id")
    from app.core.spss_codes import set_coding_rows  # an SPSS file's code sets (theme variables, MR sets)

    if layout is None and (found := set_coding_rows(table, question, coder_columns or {})) is not None:
        rows, left = found
        if not left:
            return rows
        columns = _identifier_columns(table, id_column)
        return rows + _read_code_columns(table, columns, question, code_separator, left)
    chosen = (
        (COLUMNS if coder_columns else detect_coding_layout(table)) if layout is None else layout.casefold()
    )
    columns = _identifier_columns(table, id_column)
    if chosen == LONG:
        return _read_long(table, columns, question, code_separator)
    if chosen == WIDE:
        return _read_wide(table, columns, question)
    if chosen == COLUMNS:
        return _read_code_columns(table, columns, question, code_separator, coder_columns or {})
    raise SurveyFileError(
        table.path, None, f"unknown coding layout {layout!r} (use 'long', 'wide' or 'columns')"
    )


def detect_coding_layout(table: SurveyTable) -> str:
    """Tell a long coding table (a theme column) from a wide one (one 0/1 column per theme)."""
    if _find(table, THEME_NAMES) is not None:
        return LONG
    if _code_columns(table):
        return COLUMNS
    if _first_theme_column(table, _identifier_columns(table)) is not None:
        return WIDE
    raise SurveyFileError(
        table.path,
        None,
        "cannot tell the layout: expected a 'theme' column (one row per coding), one 1/0 column "
        "per theme (one row per answer) or 'Code 1', 'Code 2'... columns (--layout, --coder-column)",
    )


def _code_columns(table: SurveyTable) -> list[int]:
    """Return the columns named like 'Code 1', 'Code 2'..."""
    return [i for i, h in enumerate(table.headers) if _CODE_COLUMN.fullmatch(h.strip())]


ROW_IDS = (
    -1
)  # the "respondent column" of a file without one: ids are the rows, as the survey import names them


def _identifier_columns(table: SurveyTable, id_column: str | None = None) -> dict[str, int | None]:
    """Locate the response, respondent, question, coder and answer-text columns.

    The respondent id column is `id_column`, else one named like a respondent id, else the one the
    survey import would propose; a file whose only id is an unnamed row-number column (R's write.csv)
    names respondents by row, as the survey import does for that file.
    """
    response_id = next(
        (i for i, h in enumerate(table.headers) if h.strip().casefold() in RESPONSE_ID_HEADERS), None
    )
    if id_column is not None:
        respondent: int | None = table.headers.index(id_column)
    else:
        respondent = _find(table, RESPONDENT_NAMES, skip=response_id)
    if respondent is None and response_id is None:
        named = {_find(table, n) for n in (THEME_NAMES, CODER_NAMES, QUESTION_NAMES, TEXT_NAMES)}
        proposed = [
            h
            for h, r in propose_roles(table).items()
            if r is ColumnRole.RESPONDENT_ID and table.headers.index(h) not in named
        ]
        if proposed:
            respondent = table.headers.index(proposed[0])
        elif any(
            _is_row_number(table, i, [cell(row, i) for row in table.rows[:5000]])
            for i in range(min(3, len(table.headers)))
        ):
            respondent = ROW_IDS
    return {
        "response_id": response_id,
        "respondent": respondent,
        "question": _find(table, QUESTION_NAMES),
        "coder": _find(table, CODER_NAMES),
        "text": _find(table, TEXT_NAMES),
    }


def _answer_column(table: SurveyTable, columns: dict[str, int | None], question: str | None) -> int | None:
    """The column holding the answers' text: an answer/text column, else the one headed by the question."""
    if question is None or columns["text"] is not None:
        return columns["text"]
    taken = {i for i in columns.values() if i is not None}
    return next(
        (
            i
            for i, h in enumerate(table.headers)
            if i not in taken and _normal(question) in (_normal(h), _normal(table.question_texts[h]))
        ),
        None,
    )


def _respondent(
    table: SurveyTable, row: list[str], number: int, columns: dict[str, int | None], response_id: str | None
) -> str | None:
    """Return a row's respondent id: its cell, or the row's name when the file has no id column.

    A file without id columns matches its rows by position; in a file with one, a row naming nobody is refused.
    """
    if columns["respondent"] == ROW_IDS:
        return f"{Path(table.path).name} row {number}"
    respondent = _cell(row, columns["respondent"])
    if (
        respondent is None
        and response_id is None
        and {columns["respondent"], columns["response_id"]} != {None}
    ):
        raise SurveyFileError(table.path, number, "the row names no response or respondent")
    return respondent


def _cell(row: list[str], index: int | None) -> str | None:
    """Return a trimmed cell, or None when the column is absent or the cell blank."""
    if index is None:
        return None
    value = unneutralise(cell(row, index).strip())
    return value or None


def _read_long(
    table: SurveyTable, columns: dict[str, int | None], question: str | None, separator: str | None
) -> list[CodingRow]:
    """Read one coding per row (several themes in a cell are split)."""
    theme_column = _find(table, THEME_NAMES)
    if theme_column is None:
        raise SurveyFileError(table.path, None, "no 'theme' column")
    text_column = _answer_column(table, columns, question)
    result: list[CodingRow] = []
    unit, last = 0, None
    for row, number in zip(table.rows, table.row_numbers):
        response_id = _cell(row, columns["response_id"])
        respondent = _respondent(table, row, number, columns, response_id)
        asked = _cell(row, columns["question"]) or question
        coder = _cell(row, columns["coder"])
        themes = [unneutralise(t) for t in split_codes(cell(row, theme_column), separator)] or [""]
        text = _text(row, text_column)
        same = (response_id, respondent, asked, coder, text and " ".join(text.split()))
        if same != last or response_id is None and respondent is None and text is None:
            unit, last = number, same  # consecutive rows of one answer (one row per theme) are one unit
        result.extend(
            CodingRow(number, response_id, respondent, asked, theme, coder, text, unit) for theme in themes
        )
    return result


def _first_theme_column(table: SurveyTable, columns: dict[str, int | None]) -> int | None:
    """Return the first column that is all marks with at least one set, outside the identifier columns."""
    taken = {i for i in columns.values() if i is not None}
    for index, header in enumerate(table.headers):
        if index in taken or _normal(header) in SKIPPED_NAMES:
            continue
        cells = [cell(row, index).strip().casefold() for row in table.rows]
        if all(c in MARKED or c in UNMARKED for c in cells) and any(c in MARKED for c in cells):
            return index
    return None


def _read_wide(table: SurveyTable, columns: dict[str, int | None], question: str | None) -> list[CodingRow]:
    """Read one answer per row with one mark column per theme."""
    text_column = _answer_column(table, columns, question)
    start = _first_theme_column(table, columns)
    if start is None:
        raise SurveyFileError(table.path, None, "no theme columns marked with 1/x/yes/true")
    taken = {i for i in columns.values() if i is not None} | {text_column}
    themes = [
        (i, table.headers[i])
        for i in range(start, len(table.headers))
        if i not in taken and _normal(table.headers[i]) not in SKIPPED_NAMES
    ]
    result = []
    for row, number in zip(table.rows, table.row_numbers):
        response_id = _cell(row, columns["response_id"])
        respondent = _respondent(table, row, number, columns, response_id)
        asked = _cell(row, columns["question"]) or question
        coder = _cell(row, columns["coder"])
        marked, unmarked = [], 0
        for index, theme in themes:
            value = cell(row, index).strip().casefold()
            if value in MARKED:
                marked.append(theme)
            elif value in UNMARKED:
                unmarked += value != ""
            else:
                raise SurveyFileError(
                    table.path,
                    number,
                    f"column {theme!r} holds {cell(row, index)!r}; "
                    "mark a theme with 1, x, yes or true (or 0/blank)",
                )
        if not marked and unmarked:
            marked = [""]  # explicit zeros: the coder decided that no theme applies
        text = _text(row, text_column)
        result.extend(
            CodingRow(number, response_id, respondent, asked, theme, coder, text, number) for theme in marked
        )
    return result


def _read_code_columns(
    table: SurveyTable,
    columns: dict[str, int | None],
    question: str | None,
    separator: str | None,
    coder_columns: Mapping[str, str],
) -> list[CodingRow]:
    """Read one answer per row with its codes in columns ('Code 1'... or the named coder columns)."""
    groups = coder_groups(table, coder_columns) if coder_columns else {"": _code_columns(table)}
    if not any(groups.values()):
        raise SurveyFileError(
            table.path, None, "no code columns (name them 'Code 1', 'Code 2'... or --coder-column)"
        )
    ids = {k: v for k, v in columns.items() if k != "text"}
    taken = {i for i in ids.values() if i is not None} | {i for c in groups.values() for i in c}
    text_column = columns["text"]
    if question is None and columns["question"] is None:
        rest = [i for i in range(len(table.headers)) if i not in taken]
        if len(rest) != 1:
            names = ", ".join(repr(table.headers[i]) for i in rest) or "none"
            raise SurveyFileError(
                table.path, None, f"say which question the codes are for (--question); other columns: {names}"
            )
        question = table.question_texts[table.headers[rest[0]]]
        text_column = rest[0]  # the column headed by the question holds its answers
    elif question is not None:
        text_column = _answer_column(table, {**ids, "text": text_column}, question)
    result = []
    for row, number in zip(table.rows, table.row_numbers):
        response_id = _cell(row, columns["response_id"])
        respondent = _respondent(table, row, number, columns, response_id)
        asked = _cell(row, columns["question"]) or question
        for coder, indices in groups.items():
            codes = dict.fromkeys(
                unneutralise(c) for i in indices for c in split_codes(cell(row, i), separator)
            )
            who = coder or _cell(row, columns["coder"])
            text = _text(row, text_column)
            result.extend(
                CodingRow(number, response_id, respondent, asked, code, who, text, number) for code in codes
            )
    return result


def _text(row: list[str], index: int | None) -> str | None:
    """Return the answer text a row carries (verbatim; compared after normalising), or None."""
    if index is None or index < 0:
        return None
    value = cell(row, index)
    return value if value.strip() else None
