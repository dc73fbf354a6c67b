"""Proposing column roles: which columns are ids, open questions, attributes or survey-tool metadata.

Decisions:
- Survey-tool metadata (Qualtrics StartDate, IPAddress, Progress, ...; SurveyMonkey Collector ID,
  Email Address, ...; the Google Forms "Timestamp" / "Отметка времени") is proposed as IGNORE: it
  is not what themes are compared by, and names, e-mails and IP addresses are personal data that
  should not be copied into a project unless the researcher asks. UserLanguage is an ATTRIBUTE.
- The respondent id column is the first one named like an id (ResponseId, Respondent ID, id, ...),
  even if its values repeat (importing then names the rows), or else one of the first three columns
  whose values are unique, non-empty, short and without spaces, and that is not a question ("...?"),
  a demographic ("Жасыңыз", "Ваш возраст", "gender") or a band of numbers ("18–24", "65+").
  Without one, a respondent's id is the spreadsheet row number.
- An open question has varied free text (most answers distinct, several words long), or is named
  like one ("Other (please specify)", "comment", "why") and is mostly empty. A question that says
  "select all that apply" (or "choose", "выберите", ...) is closed whatever its cells. Multi-select cells
  ("A; B; C") whose parts repeat are attributes, as are numbers, age bands, short answers to a
  demographic question and any column with few values.
- A file that states a column's kind (SPSS: numeric or value-labelled variables are closed;
  Qualtrics: an ImportId ending in `_TEXT` is a text entry, other question ids are closed) is
  believed over the values: `SurveyTable.column_hints`, after the id and metadata names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from app.core.models import ColumnRole
from app.core.personal_data import personal_reason
from app.core.survey_file import SurveyTable, cell

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
CLOSED_HINTS = ("choose", "which", "выберите", "отметьте", "таңдаңыз")  # one vote against free text
CLOSED_PHRASES = (
    "select all",
    "select one",
    "check all",
    "all that apply",
    "несколько вариантов",
    "selected choice",  # Qualtrics' closed part of a question with an "Other" text box
)  # decisive
_HINT = re.compile(r"(?<![^\W\d_])(" + "|".join(re.escape(h) for h in OPEN_HINTS) + r")", re.IGNORECASE)
_CLOSED = re.compile(r"(?<![^\W\d_])(" + "|".join(re.escape(h) for h in CLOSED_HINTS) + r")", re.IGNORECASE)
ROLE_FLAGS = {
    ColumnRole.RESPONDENT_ID: "--id",
    ColumnRole.OPEN: "--open",
    ColumnRole.ATTRIBUTE: "--attribute",
    ColumnRole.IGNORE: "--ignore",
}
# A header naming a demographic asks for one of a few short values: an attribute, never the id or open.
_DEMOGRAPHIC = re.compile(
    r"(?<![^\W\d_])(age|gender|sex|пол|возраст\w*|жас|жасы\w*|жасың\w*|жыныс\w*|год рождения|year of birth)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# A band of numbers ("18–24", "65+", "under 18", "до 18 лет", "55 жастан жоғары"): a closed answer.
_BAND = re.compile(
    r"\d{1,3}\s*[-–—]\s*\d{1,3}(\s+\w+)?|\d{1,3}\s*\+|\d+\s+(and|or)\s+(over|older|above|more)"
    r"|(under|over|below|above|less than|more than|до|от|старше|младше|моложе|свыше|менее|более)\s+\d+(\s+\w+)?"
    r"|\d+\s*(жас|лет|years?)\w*(\s+\w+)?",
    re.IGNORECASE,
)
MAX_BAND_CHARS = 30
_NON_ALNUM = re.compile(r"[\W_]+")
_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")
MAX_ID_CHARS = 64
ROLE_SAMPLE_ROWS = (
    5000  # roles are proposed from the first rows only, so a preview proposes what an import does
)


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
        elif header in table.column_hints:  # SPSS and Qualtrics files say which columns are closed
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
        if (
            _is_row_number(table, index, values)
            or personal_reason(header, values)
            or _asks_closed(f"{header} {table.question_texts.get(header, '')}", values)
            or header.rstrip().endswith("?")
        ):
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
    if all(_NUMBER.match(v) for v in filled) or _repeats_parts(filled) or _asks_closed(question, filled):
        return ColumnRole.ATTRIBUTE
    return ColumnRole.OPEN if _value_vote(filled, len(values)) + name_vote > 0 else ColumnRole.ATTRIBUTE


def _asks_closed(question: str, values: list[str]) -> bool:
    """Tell an age band or a demographic ("Жасыңыз", "What is your age?") from ids and free text."""
    filled = [v.strip() for v in values if v.strip()]
    if not filled or max(map(len, filled)) > MAX_BAND_CHARS:
        return False
    bands = sum(1 for v in filled if _BAND.fullmatch(v))
    if bands >= 0.8 * len(filled):
        return True
    return bool(_DEMOGRAPHIC.search(question)) and sum(len(v.split()) for v in filled) <= 3 * len(filled)


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
