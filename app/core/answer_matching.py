"""Which stored answer each row of a coding spreadsheet is about, and whether the row's text agrees.

Rules, in order, for a row:
1. its `response_id` names an answer of this project: that answer;
2. else the respondent's answers to the row's question: the only one; else the one whose text equals
   the row's answer text; else the one at the same position among that respondent's answers (when
   the file lists as many of them as the project holds). What stays ambiguous is refused, naming the rows.
3. When the row carries the answer's text, it must equal the stored answer's (after the cleaning the
   survey import applies: control characters, surrounding and repeated whitespace, the apostrophe an
   export put before a formula). A mismatch refuses the whole file unless `check_text` is off: codes
   on the wrong answer (one column sorted alone in a spreadsheet) are worse than no import.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from app.core.survey_file import clean_cell

_SPACES = re.compile(r"\s+")
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
SHOWN_ROWS = 5


class AnswerMatchError(ValueError):
    """A coding row that names no answer, or the wrong one; the message is one line."""


@dataclass(frozen=True)
class StoredAnswer:
    """An answer of the project as the matcher needs it."""

    id: str
    respondent: str  # the respondent's external id
    question_id: str
    text: str


class RowRef(Protocol):
    """What the matcher reads of a coding row."""

    row: int
    response_id: str | None
    respondent: str | None
    question: str | None
    text: str | None


def normal_text(text: str) -> str:
    """Fold an answer's text for comparison: cleaned as on import, whitespace collapsed, no formula guard."""
    value = clean_cell(text).strip()
    if value.startswith("'") and value[1:2] and value[1:].startswith(_FORMULA_TRIGGERS):
        value = value[1:]
    return _SPACES.sub(" ", value).strip()


def shorten(text: str, width: int = 40) -> str:
    """Shorten a text for a one-line message."""
    flat = _SPACES.sub(" ", text).strip()
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _rows(numbers: Sequence[int]) -> str:
    """Name some row numbers: 'row 4' or 'rows 4, 9, 12 (and 3 more)'."""
    shown = ", ".join(str(n) for n in numbers[:SHOWN_ROWS])
    more = f" (and {len(numbers) - SHOWN_ROWS} more)" if len(numbers) > SHOWN_ROWS else ""
    return f"row {shown}" if len(numbers) == 1 else f"rows {shown}{more}"


class AnswerMatcher:
    """Match coding rows to stored answers by id, respondent and question, text, then position."""

    def __init__(
        self,
        answers: Sequence[StoredAnswer],
        question_of: Mapping[str, str],
        default_question: str | None,
    ) -> None:
        self.by_id = {a.id: a for a in answers}
        self.question_of = {k.strip().casefold(): v for k, v in question_of.items()}
        self.default = default_question
        self.by_pair: dict[tuple[str, str], list[StoredAnswer]] = {}
        for a in answers:
            self.by_pair.setdefault((a.respondent, a.question_id), []).append(a)

    def _question(self, row: RowRef, where: str) -> str:
        """Return the question id a row is about, or refuse."""
        qid = self.question_of.get(row.question.strip().casefold()) if row.question else self.default
        if qid is None:
            raise AnswerMatchError(
                f"{where}: question {row.question!r} is not in this project"
                if row.question
                else f"{where}: say which question (--question)"
            )
        return qid

    def match(self, rows: Sequence[RowRef], where: str, *, check_text: bool = True) -> list[str]:
        """Return the answer id of each row, or raise one line naming the rows that cannot be placed."""
        placed: list[StoredAnswer | None] = []
        pending: dict[tuple[str, str], list[int]] = {}  # ambiguous rows by (respondent, question)
        for index, row in enumerate(rows):
            here = f"{where}: row {row.row}"
            if row.response_id is not None and row.response_id in self.by_id:
                placed.append(self.by_id[row.response_id])
                continue
            if not row.respondent:
                raise AnswerMatchError(f"{here}: no answer with id {row.response_id!r} in this project")
            qid = self._question(row, here)
            found = self.by_pair.get((row.respondent, qid), [])
            if not found:
                raise AnswerMatchError(
                    f"{here}: respondent {row.respondent!r} has no answer to that question"
                )
            chosen = found[0] if len(found) == 1 else self._by_text(found, row)
            placed.append(chosen)
            if chosen is None:
                pending.setdefault((row.respondent, qid), []).append(index)
        self._by_position(rows, placed, pending, where)
        if check_text:
            _check_texts(rows, placed, where)
        return [a.id for a in placed if a is not None]

    @staticmethod
    def _by_text(found: list[StoredAnswer], row: RowRef) -> StoredAnswer | None:
        """Return the one answer whose text equals the row's, if exactly one does."""
        if not row.text or not row.text.strip():
            return None
        wanted = normal_text(row.text)
        same = [a for a in found if normal_text(a.text) == wanted]
        return same[0] if len(same) == 1 else None

    def _by_position(self, rows, placed, pending, where: str) -> None:
        """Place ambiguous rows by their answer's position among the respondent's answers in the file."""
        unresolved: list[int] = []
        listed: dict[tuple[str, str], dict[object, int]] = {pair: {} for pair in pending}
        for row in rows:  # each answer's position among its respondent's answers in the file
            keys_of = listed.get((row.respondent or "", self._question_id(row) or ""))
            if keys_of is not None:
                keys_of.setdefault(_answer_key(row), len(keys_of))
        for (respondent, qid), indices in pending.items():
            keys = listed[(respondent, qid)]
            found = self.by_pair[(respondent, qid)]
            if None in keys or len(keys) != len(found):
                unresolved.extend(rows[i].row for i in indices)
                continue
            for i in indices:
                placed[i] = found[keys[_answer_key(rows[i])]]
        if unresolved:
            first = next(r for r in rows if r.row == unresolved[0])
            count = len(self.by_pair[(first.respondent, self._question_id(first))])
            raise AnswerMatchError(
                f"{where}: {_rows(sorted(set(unresolved)))}: respondent {first.respondent!r} has {count} "
                "answers to that question and the row does not say which (its response_id is not in this "
                "project, its text is not unique, and the file does not list as many answers as the project)"
            )

    def _question_id(self, row: RowRef) -> str | None:
        """The question id a row names, or None."""
        return self.question_of.get(row.question.strip().casefold()) if row.question else self.default


def _answer_key(row: RowRef) -> object:
    """What tells one answer of a respondent from another in the file: its id, else its text."""
    if row.response_id:
        return ("id", row.response_id)
    if row.text and row.text.strip():
        return ("text", normal_text(row.text))
    return None


def _check_texts(rows: Sequence[RowRef], placed: Sequence[StoredAnswer | None], where: str) -> None:
    """Refuse the file when a row's answer text differs from the stored answer it was matched to."""
    wrong = [
        (row, answer)
        for row, answer in zip(rows, placed)
        if answer is not None
        and row.text
        and row.text.strip()
        and normal_text(row.text) != normal_text(answer.text)
    ]
    if wrong:
        row, answer = wrong[0]
        more = len({r.row for r, _ in wrong}) - 1
        raise AnswerMatchError(
            f"{where}: row {row.row}: the answer text of respondent {answer.respondent!r} differs from the "
            f"project's: file {shorten(row.text or '')!r}, project {shorten(answer.text)!r}"
            + (f" (and {more} more row{'s' if more > 1 else ''})" if more else "")
            + "; was one column sorted alone? nothing was imported (--ignore-text to import anyway)"
        )
