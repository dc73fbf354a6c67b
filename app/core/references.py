"""How a user names a question or an attribute on the command line: one rule everywhere, said in errors."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.models import Question

QUESTION_RULE = (
    "a question is named by its id, its column header, its full text, a unique part of them, or a number: "
    "the survey's own number ('9' for '9. What …' or 'Q9') when the questions are numbered, "
    "otherwise its position among the open questions"
)
ATTRIBUTE_RULE = (
    "an attribute is named by its column header (or, for 'Q1. What is your age?', its short name or text), or a number: the survey's own number ('12' for "
    "'12. What is your age?') when the attributes are numbered, otherwise its position in the list"
)


class UnknownReference(ValueError):
    """A name matched nothing or more than one thing; the message lists the choices."""


def _survey_number(text: str) -> str | None:
    """Return the number the survey gave a question ('9. What…', 'Q9', 'Q9_1', '9) …'), if any."""
    match = re.match(r"^\s*(?:q(?:uestion)?\s*)?(\d+)(?:[.):_\s-]|$)", text, flags=re.IGNORECASE)
    return match.group(1).lstrip("0") or "0" if match else None


def _listing(lines: Sequence[str]) -> str:
    """Put each choice on its own indented line."""
    return "".join(f"\n  {line}" for line in lines)


def _by_number(ref: str, names: Sequence[str]) -> list[int]:
    """Indexes that a number names: the survey's numbering when names carry one, else the 1-based position."""
    if not ref.isdigit():
        return []
    wanted = ref.lstrip("0") or "0"
    numbers = [_survey_number(name) for name in names]
    if any(numbers):
        return [i for i, number in enumerate(numbers) if number == wanted]
    return [int(ref) - 1] if 1 <= int(ref) <= len(names) else []


def resolve_question(ref: str, questions: Sequence[Question]) -> Question:
    """Find the one question that `ref` names, by the documented rule, or say why not."""
    ref = ref.strip()
    folded = ref.casefold()
    numbered = _by_number(ref, [q.key for q in questions]) or _by_number(ref, [q.text for q in questions])
    for matches in (
        [q for q in questions if ref == q.id],
        [q for q in questions if folded in (q.key.casefold(), q.text.casefold())],
        [questions[i] for i in numbered],
        [
            q
            for q in questions
            if folded and not ref.isdigit() and (folded in q.key.casefold() or folded in q.text.casefold())
        ],
    ):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise UnknownReference(
                f"question {ref!r} is ambiguous; it matches:{_listing([q.key for q in matches])}"
            )
    known = _listing([q.key for q in questions]) if questions else " none"
    raise UnknownReference(f"no question {ref!r} ({QUESTION_RULE}); the questions are:{known}")


def _name_parts(name: str) -> tuple[str, ...]:
    """The short name and the question text of an attribute named "Q1. What is your age?", folded."""
    short, sep, text = name.partition(". ")
    if not sep or not short.strip() or " " in short.strip():
        return ()
    return short.strip().casefold(), text.strip().casefold()


def resolve_attribute(ref: str, names: Sequence[str]) -> str:
    """Find the respondent attribute that `ref` names, by the documented rule, or list the choices."""
    stripped = ref.strip()
    for matches in (
        [n for n in names if n == stripped],
        [n for n in names if n.casefold() == stripped.casefold()],
        [names[i] for i in _by_number(stripped, names)],
        [n for n in names if stripped.casefold() in _name_parts(n)],
    ):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise UnknownReference(f"attribute {ref!r} is ambiguous; it matches:{_listing(matches)}")
    numbered = any(_survey_number(n) for n in names)
    choices = _listing([n if numbered else f"{i}. {n}" for i, n in enumerate(names, 1)]) if names else " none"
    raise UnknownReference(
        f"no respondent attribute {ref!r} ({ATTRIBUTE_RULE}); the attributes are:{choices}"
    )
