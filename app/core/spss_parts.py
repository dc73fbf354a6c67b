"""Several answers of one respondent to one question in an SPSS file, which holds one value per case.

`export --sav` writes a question whose respondents gave up to m answers (a long survey: "list up to
five identities") as m blocks of variables: `P`, `P_status`, `P_T1`… for each respondent's first
answer, `P_2`, `P_2_status`, `P_2_T1`… for the second, and so on; block k's labels are block 1's with
" (part k)" after the question. The documents list the blocks after PARTS_NOTE as `P_2=P` tokens, so
the import reads `P_2` as the second answer to question `P` (not as a question of its own): its role
follows `P`'s, its answers become part 2 of `P`'s and its codes go with them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

PARTS_NOTE = "Thematic answer parts (NAME=QUESTION):"
NOTE_BYTES = 80
_TOKEN = re.compile(r"(\S+)=(\S+)")


def part_label(text: str, part: int) -> str:
    """Block k's question text or key: the question's with its part number."""
    return text if part == 1 else f"{text} (part {part})"


def parts_documents(parts: Mapping[str, str]) -> list[str]:
    """Documents lines listing each part variable with the answer variable of its question."""
    if not parts:
        return []
    lines, line = [PARTS_NOTE], ""
    for name, base in parts.items():
        token = f" {name}={base}"
        if len((line + token).encode("utf-8")) > NOTE_BYTES - 1 and line:
            lines.append(line)
            line = ""
        line += token
    return lines + [line]


def answer_parts(notes: Sequence[str], headers: Sequence[str]) -> dict[str, tuple[str, int]]:
    """Part variable -> (its question's answer variable, part number), from a file's documents."""
    from app.core.spss_sets import listed_after

    found = dict(m.groups() for w in listed_after(notes, PARTS_NOTE) if (m := _TOKEN.fullmatch(w)))
    present = set(headers)
    numbers: dict[str, int] = {}
    parts = {}
    for name, base in found.items():
        if name in present and base in present:
            numbers[base] = numbers.get(base, 1) + 1
            parts[name] = (base, numbers[base])
    return parts


def parts_of(table) -> Mapping[str, tuple[str, int]]:
    """The part variables of a table read from an SPSS file (none for other tables)."""
    from app.core.spss_sets import SpssTable

    return table.parts if isinstance(table, SpssTable) else {}


def follow_parts(roles: dict, parts: Mapping[str, tuple[str, int]]) -> None:
    """Give each part variable its question's role (open parts are answers, else they are left out)."""
    from app.core.models import ColumnRole

    for name, (base, _) in parts.items():
        roles[name] = ColumnRole.OPEN if roles.get(base) is ColumnRole.OPEN else ColumnRole.IGNORE


def merge_parts(survey, parts: Mapping[str, tuple[str, int]]):
    """Fold the part questions of a parsed survey into their questions as parts 2, 3… of the answers."""
    keys = {q.key for q in survey.questions}
    folded = {name: base for name, (base, _) in parts.items() if name in keys and base in keys}
    if not folded:
        return survey
    count: dict[tuple[str, str], int] = {}
    part_of: dict[tuple[str, str], int] = {}  # (respondent, part key) -> its part number
    answers = []
    for answer in survey.answers:
        key = folded.get(answer.question_key, answer.question_key)
        number = count[(answer.respondent_id, key)] = count.get((answer.respondent_id, key), 0) + 1
        part_of[(answer.respondent_id, answer.question_key)] = number
        answers.append(answer._replace(question_key=key, part=number))
    codes = [
        code._replace(
            question_key=folded.get(code.question_key, code.question_key),
            part=part_of.get((code.respondent_id, code.question_key), code.part),
        )
        for code in survey.codes
    ]
    questions = [
        replace(q, position=i) for i, q in enumerate(q for q in survey.questions if q.key not in folded)
    ]
    in_parts = sum(a.question_key in folded for a in survey.answers)
    blank = survey.blank_answers - (len(folded) * len(survey.respondents) - in_parts)  # no answer, not blank
    return replace(survey, questions=questions, answers=answers, codes=codes, blank_answers=blank)
