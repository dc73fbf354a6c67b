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
- Respondent ids are trimmed of surrounding spaces; answer text is kept verbatim. An answer that
  is blank or whitespace only is not a response but is counted in `blank_answers`. Blank attribute
  values are left out of a respondent's attributes.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from app.core.models import ColumnRole, Question, new_id
from app.core.survey_file import SurveyFileError, SurveyTable

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
    "explain",
    "describe",
    "recommend",
    "suggest",
    "опишите",
    "почему",
    "комментар",
    "предлож",
    "укажите",
    "другое",
    "пікір",
    "ұсыныс",
)
CLOSED_HINTS = ("select all", "select one", "check all", "choose", "выберите", "отметьте", "таңдаңыз")
_NON_ALNUM = re.compile(r"[\W_]+")
_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")
MAX_ID_CHARS = 64
ROLE_SAMPLE_ROWS = 5000  # values of the first rows are enough to guess a role; ids are checked on all rows


class ParsedRespondent(NamedTuple):
    """One row's respondent: the id used in the file, the attribute values and the spreadsheet row.

    A named tuple rather than a frozen dataclass: 100,000 of them are built in a fraction of the time.
    """

    external_id: str
    attributes: dict[str, str]
    row: int


class ParsedAnswer(NamedTuple):
    """One non-blank answer: the respondent's external id, the question key and the verbatim text."""

    respondent_id: str
    question_key: str
    text: str
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


def _normal(name: str) -> str:
    """Fold a header for comparison with known names (case, spaces and punctuation ignored)."""
    return _NON_ALNUM.sub("", name.casefold())


def propose_roles(table: SurveyTable) -> dict[str, ColumnRole]:
    """Guess each column's role from its name and values; the researcher confirms or changes it."""
    roles: dict[str, ColumnRole] = {}
    id_column = _find_id_column(table)
    for index, header in enumerate(table.headers):
        if header == id_column:
            roles[header] = ColumnRole.RESPONDENT_ID
            continue
        name = _normal(header)
        if name in ATTRIBUTE_METADATA:
            roles[header] = ColumnRole.ATTRIBUTE
        elif name in METADATA_NAMES or name in ID_NAMES:
            roles[header] = ColumnRole.IGNORE
        else:
            question = f"{header} {table.question_texts.get(header, '')}"
            roles[header] = _role_of_values([row[index] for row in table.rows[:ROLE_SAMPLE_ROWS]], question)
    return roles


def _find_id_column(table: SurveyTable) -> str | None:
    """Return the column that identifies respondents, if any."""
    for header in table.headers:
        if _normal(header) in ID_NAMES:
            return header  # even if repeated: importing then names the rows instead of inventing ids
    for index, header in enumerate(table.headers[:3]):
        if _normal(header) in METADATA_NAMES:
            continue
        values = [row[index] for row in table.rows]
        if _unique_ids(values) and all(len(v) <= MAX_ID_CHARS and " " not in v.strip() for v in values):
            return header
    return None


def _unique_ids(values: list[str]) -> bool:
    """Tell whether values could be respondent ids: non-empty, short and all different."""
    ids = [v.strip() for v in values]
    return bool(ids) and all(ids) and len(set(ids)) == len(ids) and max(map(len, ids)) <= MAX_ID_CHARS


def _role_of_values(values: list[str], question: str) -> ColumnRole:
    """Guess whether a column holds free text or a closed answer."""
    filled = [v.strip() for v in values if v.strip()]
    folded = question.casefold()
    if any(h in folded for h in CLOSED_HINTS):
        return ColumnRole.ATTRIBUTE
    hinted = any(h in folded for h in OPEN_HINTS)
    if not filled:
        return ColumnRole.OPEN if hinted else ColumnRole.IGNORE
    if all(_NUMBER.match(v) for v in filled):
        return ColumnRole.ATTRIBUTE
    distinct = len(set(filled)) / len(filled)
    words = sum(len(v.split()) for v in filled) / len(filled)
    chars = sum(map(len, filled)) / len(filled)
    if _repeats_parts(filled):
        return ColumnRole.ATTRIBUTE
    if hinted and len(filled) <= 0.5 * len(values) and distinct >= 0.5:
        return ColumnRole.OPEN
    if (
        distinct >= 0.6
        and words >= 3
        and chars >= 20
        or distinct >= 0.8
        and words >= 1.5
        and len(filled) >= 5
    ):
        return ColumnRole.OPEN
    return ColumnRole.ATTRIBUTE


def _repeats_parts(filled: list[str]) -> bool:
    """Tell a multi-select column ("A; B; C" from a fixed list) from free text."""
    if not any(";" in v for v in filled):
        return False
    parts = [p.strip() for v in filled for p in v.split(";") if p.strip()]
    return len(parts) > len(filled) and len(set(parts)) <= 0.3 * len(parts)


def build_survey(table: SurveyTable, roles: Mapping[str, ColumnRole]) -> ParsedSurvey:
    """Turn a table and the chosen column roles into respondents, questions and answers, or raise."""
    path = table.path
    if table.truncated:
        raise SurveyFileError(path, None, "only a preview of this file was read; read it whole to import it")
    unknown = [h for h in roles if h not in table.question_texts]
    if unknown:
        raise SurveyFileError(path, None, f"no column named {unknown[0]!r} in the file")
    chosen = {h: ColumnRole(roles.get(h, ColumnRole.IGNORE)) for h in table.headers}
    ids = [i for i, h in enumerate(table.headers) if chosen[h] is ColumnRole.RESPONDENT_ID]
    if len(ids) > 1:
        names = ", ".join(repr(table.headers[i]) for i in ids)
        raise SurveyFileError(path, None, f"only one column can hold respondent ids, not {names}")
    opens = [i for i, h in enumerate(table.headers) if chosen[h] is ColumnRole.OPEN]
    if not opens:
        raise SurveyFileError(path, None, "no open-ended column was chosen")
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
    blank = 0
    keys = [(i, table.headers[i]) for i in opens]
    attribute_keys = [(i, table.headers[i]) for i in attributes]
    with _collector_paused():
        for row, external_id, number in zip(table.rows, external_ids, table.row_numbers):
            attributes = {key: row[i] for i, key in attribute_keys if row[i].strip()}
            respondents.append(ParsedRespondent(external_id, attributes, number))
            for i, key in keys:
                text = row[i]
                if text.strip():
                    answers.append(ParsedAnswer(external_id, key, text, number))
                else:
                    blank += 1
    return ParsedSurvey(
        source_name=Path(path).name,
        source_checksum=table.checksum,
        questions=questions,
        respondents=respondents,
        answers=answers,
        blank_answers=blank,
    )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small acyclic records (halves the time)."""
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
    ids = [row[column].strip() for row in table.rows]
    first_row: dict[str, int] = {}
    for external_id, number in zip(ids, table.row_numbers):
        if not external_id:
            raise SurveyFileError(
                table.path, number, f"the respondent id ({table.headers[column]!r}) is blank"
            )
        earlier = first_row.setdefault(external_id, number)
        if earlier != number:
            raise SurveyFileError(
                table.path, number, f"respondent id {external_id!r} is also used on row {earlier}"
            )
    return ids
