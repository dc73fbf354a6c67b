"""Column roles and the parsed survey: which columns are ids, open questions or attributes, and the result.

Decisions:
- Survey-tool metadata (Qualtrics StartDate, IPAddress, Progress, ...; SurveyMonkey Collector ID,
  Email Address, ...; the Google Forms "Timestamp" / "Отметка времени") is proposed as IGNORE: it
  is not what themes are compared by, and names, e-mails and IP addresses are personal data that
  should not be copied into a project unless the researcher asks. UserLanguage is an ATTRIBUTE.
- The respondent id column is the first one named like an id (ResponseId, Respondent ID, id, ...),
  even if its values repeat (importing then names the rows), or else one of the first three columns
  whose values are unique, non-empty, short and without spaces. Without one, a respondent's id is the spreadsheet row number.
- An open question has varied free text (most answers distinct, several words long), or is named
  like one ("Other (please specify)", "comment", "why") and is mostly empty. A question that says
  "select all that apply" (or "choose", "выберите", ...) is closed whatever its cells. Multi-select cells
  ("A; B; C") whose parts repeat are attributes, as are numbers and any column with few values.
- A file that states a column's kind (SPSS: numeric or value-labelled variables are closed) is
  believed over the values: `SurveyTable.column_hints`, after the id and metadata names.
- Respondent ids are trimmed of surrounding spaces; answer text is kept verbatim. An answer that
  is blank or whitespace only is not a response but is counted in `blank_answers`. Blank attribute
  values are left out of a respondent's attributes.
"""

from __future__ import annotations

import fnmatch
import gc
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from app.core.models import ColumnRole, Question, new_id
from app.core.personal_data import personal_reason
from app.core.survey_file import SurveyFileError, SurveyTable, cell
from app.core.theme_matching import split_codes

ID_NAMES = {
    "id",
    "respondent",
    "respondentid",
    "responseid",
    "participant",
    "participantid",
    "respondentnumber",
    "caseid",
    "uid",
    "userid",
    "респондент",
    "idреспондента",
    "номер",
    "№",
    "респондентid",
    "респондентнөмірі",
}
METADATA_NAMES = {
    "startdate",
    "enddate",
    "status",
    "ipaddress",
    "progress",
    "durationinseconds",
    "duration",
    "finished",
    "recordeddate",
    "recipientlastname",
    "recipientfirstname",
    "recipientemail",
    "externalreference",
    "externaldatareference",
    "locationlatitude",
    "locationlongitude",
    "distributionchannel",
    "timestamp",
    "отметкавремени",
    "уақытбелгісі",
    "collectorid",
    "emailaddress",
    "firstname",
    "lastname",
    "customdata1",
    "customdata",
    "submitdate",
    "datesubmitted",
    "lastpage",
    "startlanguage",
    "seed",
    "token",
    "refurl",
    "q_recaptchascore",
    "qrecaptchascore",
    "q_relevantidduplicate",
    "createdat",
    "updatedat",
    "submittedat",
    "networkid",
    "useragent",
}
ATTRIBUTE_METADATA = {"userlanguage"}
OPEN_HINTS = (
    "please specify",
    "other",
    "comment",
    "why",
    "how",
    "explain",
    "describe",
    "recommend",
    "suggest",
    "answer",
    "text",
    "opinion",
    "feedback",
    "опишите",
    "почему",
    "комментар",
    "предлож",
    "укажите",
    "другое",
    "ответ",
    "мнение",
    "пікір",
    "ұсыныс",
    "жауап",
)
CLOSED_HINTS = ("choose", "выберите", "отметьте", "таңдаңыз")  # one vote against free text
CLOSED_PHRASES = (
    "select all",
    "select one",
    "check all",
    "all that apply",
    "несколько вариантов",
)  # decisive
_HINT = re.compile(r"(?<![^\W\d_])(" + "|".join(re.escape(h) for h in OPEN_HINTS) + r")", re.IGNORECASE)
_CLOSED = re.compile(r"(?<![^\W\d_])(" + "|".join(re.escape(h) for h in CLOSED_HINTS) + r")", re.IGNORECASE)
ROLE_FLAGS = {
    ColumnRole.RESPONDENT_ID: "--id",
    ColumnRole.OPEN: "--open",
    ColumnRole.ATTRIBUTE: "--attribute",
    ColumnRole.IGNORE: "--ignore",
}
_NON_ALNUM = re.compile(r"[\W_]+")
_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")
MAX_ID_CHARS = 64
ROLE_SAMPLE_ROWS = (
    5000  # roles are proposed from the first rows only, so a preview proposes what an import does
)


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


def _normal(name: str) -> str:
    """Fold a header for comparison with known names (case, spaces and punctuation ignored)."""
    return _NON_ALNUM.sub("", name.casefold())


def propose_roles(table: SurveyTable, id_column: str | None = None) -> dict[str, ColumnRole]:
    """Guess each column's role from its name and values; the researcher confirms or changes it.

    A respondent id column chosen by the researcher is used as such, and no other column is then
    proposed as the id (an unnamed row-number column never beats `--id`).
    """
    roles: dict[str, ColumnRole] = {}
    sample = table.rows[:ROLE_SAMPLE_ROWS]
    id_column = id_column if id_column in table.headers else _find_id_column(table, sample)
    for index, header in enumerate(table.headers):
        if header == id_column:
            roles[header] = ColumnRole.RESPONDENT_ID
            continue
        name = _normal(header)
        values = [cell(row, index) for row in sample]
        if name in ATTRIBUTE_METADATA:
            roles[header] = ColumnRole.ATTRIBUTE
        elif (
            name in METADATA_NAMES
            or name in ID_NAMES
            or _is_row_number(table, index, values)
            or personal_reason(header, values)  # e-mails, phones, names in any language
        ):
            roles[header] = ColumnRole.IGNORE
        elif header in table.column_hints:  # an SPSS file says which variables are closed
            roles[header] = ColumnRole(table.column_hints[header])
        else:
            question = f"{header} {table.question_texts.get(header, '')}"
            roles[header] = _role_of_values(values, question)
    return roles


_GENERATED_HEADER = re.compile(r"Column [A-Z]{1,3}")
ROW_NUMBER_NAMES = {"unnamed0", "rownames", "rowname", "index", "rownumber"}


def _is_row_number(table: SurveyTable, index: int, values: list[str]) -> bool:
    """Tell an unnamed row-number column (R's write.csv, pandas' to_csv) from data: 1, 2, 3... under no name."""
    header = table.headers[index]
    unnamed = bool(_GENERATED_HEADER.fullmatch(header)) or _normal(header) in ROW_NUMBER_NAMES
    if not unnamed or not values or not all(v.strip().isdigit() for v in values):
        return False
    numbers = [int(v) for v in values]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _find_id_column(table: SurveyTable, sample: list[list[str]]) -> str | None:
    """Return the column that identifies respondents, if any (judged on the same rows as the roles)."""
    for header in table.headers:
        if _normal(header) in ID_NAMES:
            return header  # even if repeated: importing then names the rows instead of inventing ids
    for index, header in enumerate(table.headers[:3]):
        if _normal(header) in METADATA_NAMES:
            continue
        values = [cell(row, index) for row in sample]
        if _is_row_number(table, index, values) or personal_reason(header, values):
            continue
        if _unique_ids(values) and all(len(v) <= MAX_ID_CHARS and " " not in v.strip() for v in values):
            return header
    return None


def _unique_ids(values: list[str]) -> bool:
    """Tell whether values could be respondent ids: non-empty, short and all different."""
    ids = [v.strip() for v in values]
    return bool(ids) and all(ids) and len(set(ids)) == len(ids) and max(map(len, ids)) <= MAX_ID_CHARS


def _role_of_values(values: list[str], question: str) -> ColumnRole:
    """Weigh the header's words and the values: no single word decides, numbers are never open."""
    filled = [v.strip() for v in values if v.strip()]
    folded = question.casefold()
    asks = _HINT.search(question) or question.rstrip().endswith(("?", "؟"))  # a question's own text
    name_vote = (1 if asks else 0) - (1 if _CLOSED.search(question) else 0)
    if any(phrase in folded for phrase in CLOSED_PHRASES):
        name_vote -= 3
    if not filled:
        return ColumnRole.OPEN if name_vote > 0 else ColumnRole.IGNORE
    if all(_NUMBER.match(v) for v in filled) or _repeats_parts(filled):
        return ColumnRole.ATTRIBUTE
    return ColumnRole.OPEN if _value_vote(filled, len(values)) + name_vote > 0 else ColumnRole.ATTRIBUTE


def _value_vote(filled: list[str], total: int) -> int:
    """Score values: +2 varied free text, -2 few repeated values, in between for thin evidence."""
    distinct = len(set(filled)) / len(filled)
    words = sum(len(v.split()) for v in filled) / len(filled)
    chars = sum(map(len, filled)) / len(filled)
    if distinct >= 0.6 and words >= 3 and chars >= 20:
        return 2
    if distinct >= 0.8 and words >= 1.5 and len(filled) >= 5:
        return 2
    if len(filled) < 5:  # too few answers to judge by values: the header decides
        return 1 if words >= 3 and distinct == 1 else 0
    if distinct <= 0.5:
        return -2
    return -1


def describe_roles(roles: Mapping[str, ColumnRole]) -> str:
    """List each column with its role and the flag that changes it, for a one-line refusal."""
    parts = []
    for header, role in roles.items():
        role = ColumnRole(role)
        flag = "--open" if role is not ColumnRole.OPEN else "--attribute"
        parts.append(f"{header!r} {role.value} (change: {flag} {_quote_arg(header)})")
    return "; ".join(parts)


def _quote_arg(header: str) -> str:
    """Quote a column name as a shell argument when it needs it."""
    return header if re.fullmatch(r"[\w.-]+", header) else "'" + header.replace("'", "'\\''") + "'"


def _repeats_parts(filled: list[str]) -> bool:
    """Tell a multi-select column ("A; B; C" from a fixed list) from free text."""
    if not any(";" in v for v in filled):
        return False
    parts = [p.strip() for v in filled for p in v.split(";") if p.strip()]
    return len(parts) > len(filled) and len(set(parts)) <= 0.3 * len(parts)


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
            id=new_id(), key=table.headers[i], text=table.question_texts[table.headers[i]], position=position
        )
        for position, i in enumerate(opens)
    ]
    respondents = []
    answers = []
    codes: list[ParsedCode] = []
    blank = 0
    keys = [(i, table.headers[i]) for i in opens]
    attribute_keys = [(i, table.headers[i]) for i in attributes]
    with collector_paused():
        for row, external_id, number in zip(table.rows, external_ids, table.row_numbers):
            width = len(row)
            attributes = {key: row[i] for i, key in attribute_keys if i < width and row[i].strip()}
            respondents.append(ParsedRespondent(external_id, attributes, number))
            for i, key in keys:
                text = row[i] if i < width else ""
                if text.strip():
                    answers.append(ParsedAnswer(external_id, key, text, 1, number))
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
    ids = [cell(row, column).strip() for row in table.rows]
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
