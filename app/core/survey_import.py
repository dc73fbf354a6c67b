"""The parsed survey wave and how a wide table (one row per respondent) becomes one.

Decisions (the column roles are proposed by `app.core.survey_roles`):
- Respondent ids are trimmed of surrounding spaces; answer text is kept verbatim. An answer that
  is blank or whitespace only is not a response but is counted in `blank_answers`. Blank attribute
  values are left out of a respondent's attributes.
"""

from __future__ import annotations

import fnmatch
import gc
import operator
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import compress, repeat
from pathlib import Path
from typing import NamedTuple

from app.core.models import ColumnRole, Question, new_compact_id
from app.core.survey_file import SurveyFileError, SurveyTable, cell
from app.core.survey_roles import ROLE_SAMPLE_ROWS, describe_roles, propose_roles
from app.core.theme_matching import split_codes

SELECTED_CHOICE = "- Selected Choice"  # Qualtrics' suffix for the closed part of a question with "Other"
ATTRIBUTE_NAME_SEPARATOR = ". "  # between a short column name and its question text

__all__ = ["ROLE_SAMPLE_ROWS", "describe_roles", "propose_roles"]  # re-exported for the readers


class ParsedRespondent(NamedTuple):
    """One row's respondent: the id used in the file, the attribute values and the spreadsheet row.

    A named tuple rather than a frozen dataclass: 100,000 of them are built in a fraction of the time.
    """

    external_id: str
    attributes: dict[str, str]
    row: int


class ParsedAnswer(NamedTuple):
    """One non-blank answer: the respondent's external id, the question key and the verbatim text.

    `part` numbers several answers of one respondent to one question (a long file's rows) from 1. The
    first four fields are the row the storage layer writes, so the parsed list is stored without a copy.
    """

    respondent_id: str
    question_key: str
    text: str
    part: int
    row: int


class ParsedCode(NamedTuple):
    """A code that came with an answer: which answer, which coder, the code as written, the row."""

    respondent_id: str
    question_key: str
    part: int
    coder: str
    code: str
    row: int


@dataclass(frozen=True)
class ParsedSurvey:
    """A whole survey wave ready to store: nothing partial, ids resolved, blank answers counted."""

    source_name: str
    source_checksum: str
    questions: list[Question]
    respondents: list[ParsedRespondent]
    answers: list[ParsedAnswer]
    blank_answers: int
    codes: list[ParsedCode] = field(default_factory=list)
    cleaned_cells: int = 0
    repaired_quotes: int = 0  # cells whose undoubled quotes were kept as text
    missing_na: int = 0  # cells an R export wrote as NA, read as missing


def coder_groups(table: SurveyTable, coder_columns: Mapping[str, str]) -> dict[str, list[int]]:
    """Map each coder to the columns holding their codes; a name with '*' matches several columns."""
    groups: dict[str, list[int]] = {}
    for pattern, coder in coder_columns.items():
        if "*" in pattern:
            found = [
                i
                for i, h in enumerate(table.headers)
                if fnmatch.fnmatchcase(h.casefold(), pattern.casefold())
            ]
        else:
            found = [table.headers.index(pattern)] if pattern in table.headers else []
        if not found:
            raise SurveyFileError(table.path, None, f"no column named {pattern!r} for coder {coder!r}")
        if not coder.strip():
            raise SurveyFileError(table.path, None, f"column {pattern!r} needs a coder name (COLUMN=CODER)")
        groups.setdefault(coder.strip(), []).extend(
            i for i in found if i not in groups.get(coder.strip(), [])
        )
    return groups


def row_codes(row: list[str], columns: list[int], separator: str | None) -> list[str]:
    """Return one coder's codes in a row, in column order, each once."""
    return list(dict.fromkeys(code for i in columns for code in split_codes(cell(row, i), separator)))


def attribute_name(table: SurveyTable, header: str) -> str:
    """Name an attribute so a report shows its question: "Q1. What is your age?" for a Qualtrics column.

    A header that is its own question text (most files) or an SPSS variable (named as SPSS names it)
    is the name; otherwise the short name and the text, so `--by` takes either (app.core.references).
    """
    text = table.question_texts.get(header, header).strip()
    text = text.removesuffix(SELECTED_CHOICE).strip()
    folded = "".join(c for c in text.casefold() if c.isalnum())
    if table.kind == "spss" or not text or text.startswith(header) or folded == header.casefold():
        return header  # "User Language" over "UserLanguage" says nothing more
    return f"{header}{ATTRIBUTE_NAME_SEPARATOR}{text}"


def no_open_column(table: SurveyTable, roles: Mapping[str, ColumnRole]) -> SurveyFileError:
    """The refusal when no open-ended column was found, listing what was proposed for each column."""
    listed = describe_roles({h: roles.get(h, ColumnRole.IGNORE) for h in table.headers})
    return SurveyFileError(table.path, None, f"no open-ended column was found; columns: {listed}")


def build_survey(
    table: SurveyTable,
    roles: Mapping[str, ColumnRole],
    *,
    coder_columns: Mapping[str, str] | None = None,
    code_separator: str | None = None,
) -> ParsedSurvey:
    """Turn a table and the chosen column roles into respondents, questions and answers, or raise."""
    path = table.path
    if table.truncated:
        raise SurveyFileError(path, None, "only a preview of this file was read; read it whole to import it")
    unknown = [h for h in roles if h not in table.question_texts]
    if unknown:
        raise SurveyFileError(path, None, f"no column named {unknown[0]!r} in the file")
    groups = coder_groups(table, coder_columns or {})
    code_indices = {i for columns in groups.values() for i in columns}
    chosen = {h: ColumnRole(roles.get(h, ColumnRole.IGNORE)) for h in table.headers}
    for i in code_indices:
        chosen[table.headers[i]] = ColumnRole.IGNORE
    ids = [i for i, h in enumerate(table.headers) if chosen[h] is ColumnRole.RESPONDENT_ID]
    if len(ids) > 1:
        names = ", ".join(repr(table.headers[i]) for i in ids)
        raise SurveyFileError(path, None, f"only one column can hold respondent ids, not {names}")
    opens = [i for i, h in enumerate(table.headers) if chosen[h] is ColumnRole.OPEN]
    if not opens:
        raise no_open_column(table, chosen)
    if groups and len(opens) > 1:
        names = ", ".join(repr(table.headers[i]) for i in opens)
        raise SurveyFileError(
            path,
            None,
            f"code columns belong to one open-ended column, but {names} are open; import one at a time",
        )
    attributes = [i for i, h in enumerate(table.headers) if chosen[h] is ColumnRole.ATTRIBUTE]
    external_ids = _respondent_ids(table, ids[0] if ids else None)

    questions = [
        Question(
            id=new_compact_id(),
            key=table.headers[i],
            text=table.question_texts[table.headers[i]],
            position=position,
        )
        for position, i in enumerate(opens)
    ]
    keys = [(i, table.headers[i]) for i in opens]
    rows, numbers = table.rows, table.row_numbers
    codes: list[ParsedCode] = []
    with collector_paused():
        attribute_dicts = _attribute_dicts(
            rows, [(i, attribute_name(table, table.headers[i])) for i in attributes]
        )
        respondents = list(
            map(_record, repeat(ParsedRespondent), zip(external_ids, attribute_dicts, numbers))
        )
        del attribute_dicts
        if len(keys) == 1 and not groups and min(map(len, rows), default=0) > keys[0][0]:
            (i, key), cells = keys[0], operator.itemgetter(keys[0][0])
            # One open column in full rows (the common case): the answers are filtered and built by
            # C-level maps; a blank or whitespace-only cell strips to "" and is left out.
            filled = compress(
                zip(external_ids, repeat(key), map(cells, rows), repeat(1), numbers),
                map(str.strip, map(cells, rows)),
            )
            answers = list(map(_record, repeat(ParsedAnswer), filled))
            blank = len(rows) - len(answers)
        else:
            answers, blank = [], 0
            for row, external_id, number in zip(rows, external_ids, numbers):
                width = len(row)
                for i, key in keys:
                    text = row[i] if i < width else ""
                    if text and not text.isspace():  # blank or whitespace only, without copying the text
                        answers.append(_record(ParsedAnswer, (external_id, key, text, 1, number)))
                        for coder, columns in groups.items():
                            found = row_codes(row, columns, code_separator)
                            codes.extend(ParsedCode(external_id, key, 1, coder, c, number) for c in found)
                    else:
                        blank += 1
    return ParsedSurvey(
        source_name=Path(path).name,
        source_checksum=table.checksum,
        questions=questions,
        respondents=respondents,
        answers=answers,
        blank_answers=blank,
        codes=codes,
        cleaned_cells=table.cleaned_cells,
        repaired_quotes=table.repaired_quotes,
        missing_na=table.missing_na,
    )


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small acyclic records (halves the time).

    Nested use is safe: only the outermost pause turns the collector back on.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _respondent_ids(table: SurveyTable, column: int | None) -> list[str]:
    """Return each row's respondent id, refusing blanks and repeats (naming both rows)."""
    if column is None:  # rows of different files are different people: the file name keeps waves apart
        name = Path(table.path).name
        return [f"{name} row {number}" for number in table.row_numbers]
    rows = table.rows
    if min(map(len, rows), default=0) > column:
        ids = list(map(str.strip, map(operator.itemgetter(column), rows)))
    else:
        ids = [row[column].strip() if column < len(row) else "" for row in rows]
    if all(ids) and len(set(ids)) == len(ids):
        return ids  # the common case, checked in two passes of C; the loop below names the bad row
    first_row: dict[str, int] = {}
    for external_id, number in zip(ids, table.row_numbers):
        if not external_id:
            raise SurveyFileError(
                table.path, number, f"the respondent id ({table.headers[column]!r}) is blank"
            )
        earlier = first_row.setdefault(external_id, number)
        if earlier != number:
            raise SurveyFileError(
                table.path,
                number,
                f"respondent id {external_id!r} is also used on row {earlier} "
                "(one row per answer? use --layout long)",
            )
    return ids


_record = tuple.__new__  # builds the named tuples without a Python-level __new__ per row (200,000 rows)


def _attribute_dicts(rows: list[list[str]], columns: list[tuple[int, str]]) -> list[dict[str, str]]:
    """Return each row's attributes (blank cells left out), one dict shared by rows with the same values.

    Closed answers repeat (a few age groups, statuses, sectors), so 100,000 respondents share a handful
    of dicts: a fraction of the time and memory of one dict per row. The dicts are read, never changed,
    by everything after parsing.
    """
    indices, names = [i for i, _ in columns], [name for _, name in columns]
    if not indices:
        return [{}] * len(rows)
    if min(map(len, rows), default=0) > max(indices):  # full rows: the values are picked in C
        pick = operator.itemgetter(*indices)
        values = list(map(pick, rows)) if len(indices) > 1 else list(zip(map(pick, rows)))
    else:
        values = [tuple(row[i] if i < len(row) else "" for i in indices) for row in rows]
    shared = {combo: {n: v for n, v in zip(names, combo) if v.strip()} for combo in set(values)}
    return list(map(shared.__getitem__, values))
