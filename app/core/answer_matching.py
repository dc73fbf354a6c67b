"""Which stored answer each row of a coding spreadsheet is about, and whether the row's text agrees.

Rules, in order, for a row:
1. its `response_id` names an answer of this project: that answer;
2. else the respondent's answers to the row's question: the only one; else the one whose text equals
   the row's answer text; else the one at the same position among that respondent's answers (when
   the file lists as many of them as the project holds, counted per coder; identical texts are taken
   in order). What stays ambiguous is refused, naming the rows and how many answers the file lists;
2b. a file without any id column lists the question's answers in the project's order: row k is answer k
   (the counts must be equal, per coder).
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
    coder: str | None
    unit: int | None  # the file row where the answer's rows start, when the file tells


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
        self.by_question: dict[str, list[StoredAnswer]] = {}
        for a in answers:
            self.by_pair.setdefault((a.respondent, a.question_id), []).append(a)
            self.by_question.setdefault(a.question_id, []).append(a)

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
        unnamed: dict[str, list[int]] = {}  # rows naming no answer or respondent, by question
        for index, row in enumerate(rows):
            here = f"{where}: row {row.row}"
            if row.response_id is not None and row.response_id in self.by_id:
                placed.append(self.by_id[row.response_id])
                continue
            if row.response_id is not None and not row.respondent:
                raise AnswerMatchError(f"{here}: no answer with id {row.response_id!r} in this project")
            qid = self._question(row, here)
            placed.append(None)
            if not row.respondent:
                unnamed.setdefault(qid, []).append(index)
                continue
            found = self.by_pair.get((row.respondent, qid), [])
            if not found:
                raise AnswerMatchError(
                    f"{here}: respondent {row.respondent!r} has no answer to that question"
                )
            placed[-1] = found[0] if len(found) == 1 else self._by_text(found, row)
            if placed[-1] is None:
                pending.setdefault((row.respondent, qid), []).append(index)
        self._by_position(rows, placed, pending, where)
        self._in_order(rows, placed, unnamed, where)
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
        """Place ambiguous rows by their answer's position among the respondent's answers in the file.

        Positions count per coder, since a file with several coders lists each answer once per coder.
        """
        unresolved: list[int] = []
        listed: dict[tuple[str, str, str], _Positions] = {}
        wanted = set(pending)
        for row in rows:  # each answer's position among its respondent's answers in the file
            pair = (row.respondent or "", self._question_id(row) or "")
            if pair in wanted:
                listed.setdefault((*pair, _coder(row)), _Positions()).add(row)
        for (respondent, qid), indices in pending.items():
            found = self.by_pair[(respondent, qid)]
            for i in indices:
                positions = listed[(respondent, qid, _coder(rows[i]))]
                position = positions.of(rows[i], len(found))
                if position is not None:
                    placed[i] = found[position]
                elif (alike := positions.alike(rows[i], found)) is not None:
                    placed[i] = alike
                else:
                    unresolved.append(i)
        if unresolved:
            first = rows[unresolved[0]]
            count = len(self.by_pair[(first.respondent, self._question_id(first))])
            lists = len(listed[(first.respondent or "", self._question_id(first) or "", _coder(first))].units)
            raise AnswerMatchError(
                f"{where}: {_rows(sorted({rows[i].row for i in unresolved}))}: respondent "
                f"{first.respondent!r} has {count} answers to that question and the row does not say "
                "which: no response_id of this project, no answer text that only one of them has, and "
                f"the file lists {lists} answer{'s' if lists != 1 else ''} of theirs, so "
                "their positions do not tell"
            )

    def _in_order(self, rows, placed, unnamed: dict[str, list[int]], where: str) -> None:
        """Place rows that name no respondent by position: the file lists the question's answers in order."""
        for qid, indices in unnamed.items():
            answers = self.by_question.get(qid, [])
            listed: dict[str, _Positions] = {}
            for i in indices:
                listed.setdefault(_coder(rows[i]), _Positions()).add(rows[i])
            for i in indices:
                position = listed[_coder(rows[i])].of(rows[i], len(answers))
                if position is None:
                    coder = _coder(rows[i])
                    raise AnswerMatchError(
                        f"{where}: the file has no respondent id column (--id), so its rows are matched "
                        f"to the answers in order, but it lists {len(listed[coder].units)} answers"
                        + (f" coded by {coder!r}" if coder else "")
                        + f" and the project holds {len(answers)} for that question"
                    )
                placed[i] = answers[position]

    def _question_id(self, row: RowRef) -> str | None:
        """The question id a row names, or None."""
        return self.question_of.get(row.question.strip().casefold()) if row.question else self.default


class _Positions:
    """The answers a file lists in order: by unit (rows of one answer), else by file row."""

    def __init__(self) -> None:
        self.units: dict[object, int] = {}
        self.rows: dict[int, int] = {}
        self.by_text: dict[str, dict[object, int]] = {}

    def add(self, row: RowRef) -> None:
        """Count a row's answer in file order."""
        self.units.setdefault(_answer_key(row), len(self.units))
        self.rows.setdefault(row.row, len(self.rows))
        if row.text and row.text.strip():
            alike = self.by_text.setdefault(normal_text(row.text), {})
            alike.setdefault(_answer_key(row), len(alike))

    def alike(self, row: RowRef, found: Sequence[StoredAnswer]) -> StoredAnswer | None:
        """Among answers with the row's very text, the one at the row's place among the file's such rows."""
        if not row.text or not row.text.strip():
            return None
        wanted = normal_text(row.text)
        same = [a for a in found if normal_text(a.text) == wanted]
        alike = self.by_text.get(wanted, {})
        return same[alike[_answer_key(row)]] if len(same) > 1 and len(alike) <= len(same) else None

    def of(self, row: RowRef, count: int) -> int | None:
        """The row's answer position when the file lists `count` answers (rows alike in text apart), or None."""
        if len(self.units) == count:
            return self.units[_answer_key(row)]
        if len(self.rows) == count:  # identical texts in a row: each row its own answer, in order
            return self.rows[row.row]
        return None


def _coder(row: RowRef) -> str:
    """The coder a row names, '' when none (one coder's file)."""
    return (row.coder or "").strip()


def _answer_key(row: RowRef) -> object:
    """What tells one answer from another in the file: its id, else the rows it spans, else its text."""
    if row.response_id:
        return ("id", row.response_id)
    if row.unit is not None:
        return ("unit", row.unit)
    if row.text and row.text.strip():
        return ("text", normal_text(row.text))
    return ("row", row.row)


def _where_they_differ(first: str, second: str, width: int = 40) -> tuple[str, str]:
    """Shorten two texts for a message so that the place where they part is shown."""
    if shorten(first, width) != shorten(second, width):
        return shorten(first, width), shorten(second, width)
    start = next((i for i, (a, b) in enumerate(zip(first, second)) if a != b), min(len(first), len(second)))
    start = max(0, start - 10)
    return tuple("…" + shorten(t[start:], width - 1) for t in (first, second))  # type: ignore[return-value]


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
        theirs, ours = _where_they_differ(normal_text(row.text or ""), normal_text(answer.text))
        raise AnswerMatchError(
            f"{where}: row {row.row}: the answer text of respondent {answer.respondent!r} differs from the "
            f"project's: file {theirs!r}, project {ours!r}"
            + (f" (and {more} more row{'s' if more > 1 else ''})" if more else "")
            + "; was one column sorted alone? nothing was imported (--ignore-text to import anyway)"
        )
