"""Read queries that turn stored rows into core records."""

from __future__ import annotations

import json
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.models import Coder, Coding, Origin, Question, Respondent, Response, Theme, new_id
from app.storage.schema import (
    CoderRow,
    CodingRow,
    MetaRow,
    NoneAppliesRow,
    QuestionRow,
    RespondentRow,
    ResponseRow,
    ThemeRow,
)


def get_meta(session: Session, key: str, default: str = "") -> str:
    """Read one project setting."""
    value = session.get(MetaRow, key)
    return value.value if value is not None else default


def set_meta(session: Session, key: str, value: str) -> None:
    """Write one project setting."""
    session.merge(MetaRow(key=key, value=value))


def theme_from_row(row: ThemeRow) -> Theme:
    """Convert a stored theme into the core record."""
    keywords = {lang: tuple(words) for lang, words in json.loads(row.keywords or "{}").items()}
    return Theme(
        id=row.id,
        name=row.name,
        parent_id=row.parent_id,
        color=row.color,
        definition=row.definition,
        inclusion=row.inclusion,
        exclusion=row.exclusion,
        examples=tuple(json.loads(row.examples or "[]")),
        keywords=keywords,
        position=row.position,
        code=row.code or "",
        version=row.version or 1,
        changed_by=row.changed_by or "",
        changed_at=row.changed_at or "",
    )


def theme_to_row(theme: Theme) -> dict:
    """Convert a core theme into a row dictionary for inserting or updating."""
    return {
        "id": theme.id,
        "parent_id": theme.parent_id,
        "name": theme.name,
        "color": theme.color,
        "definition": theme.definition,
        "inclusion": theme.inclusion,
        "exclusion": theme.exclusion,
        "examples": json.dumps(list(theme.examples), ensure_ascii=False),
        "keywords": json.dumps({k: list(v) for k, v in theme.keywords.items()}, ensure_ascii=False),
        "position": theme.position,
        "code": theme.code or None,
    }


def list_themes(session: Session) -> list[Theme]:
    """Return the codebook in tree order: each parent followed by its children, by position."""
    themes = [theme_from_row(r) for r in session.scalars(select(ThemeRow))]
    children: dict[str | None, list[Theme]] = defaultdict(list)
    for theme in themes:
        children[theme.parent_id].append(theme)
    ordered: list[Theme] = []

    def walk(parent: str | None) -> None:
        for theme in sorted(children.get(parent, []), key=lambda t: (t.position, t.name.casefold())):
            ordered.append(theme)
            walk(theme.id)

    walk(None)
    return ordered


def list_questions(session: Session) -> list[Question]:
    """Return the open questions in survey order."""
    rows = session.scalars(select(QuestionRow).order_by(QuestionRow.position, QuestionRow.key))
    return [
        Question(id=r.id, key=r.key, text=r.text, position=r.position, single_choice=bool(r.single_choice))
        for r in rows
    ]


def list_coders(session: Session) -> list[Coder]:
    """Return every coder by name."""
    return [Coder(id=r.id, name=r.name) for r in session.scalars(select(CoderRow).order_by(CoderRow.name))]


def find_coder(session: Session, name: str) -> Coder | None:
    """Find a coder by name."""
    row = session.scalars(select(CoderRow).where(CoderRow.name == name.strip())).first()
    return Coder(id=row.id, name=row.name) if row else None


def add_coder(session: Session, name: str) -> str:
    """Add a coder by name and return the new id."""
    coder_id = new_id()
    session.add(CoderRow(id=coder_id, name=name))
    session.flush()
    return coder_id


def get_theme(session: Session, theme_id: str) -> Theme | None:
    """Return one theme, or None when the id is unknown."""
    row = session.get(ThemeRow, theme_id)
    return theme_from_row(row) if row is not None else None


def list_respondents(session: Session) -> list[Respondent]:
    """Return respondents with their attributes, in import order."""
    rows = session.execute(
        select(RespondentRow.id, RespondentRow.external_id, RespondentRow.attributes).order_by(
            RespondentRow.seq
        )
    )
    return [Respondent(id=i, external_id=e, attributes=json.loads(a or "{}")) for i, e, a in rows]


def attribute_names(session: Session) -> list[str]:
    """Return every attribute name in the order the survey columns first brought them."""
    names: dict[str, None] = {}
    for (text,) in session.execute(select(RespondentRow.attributes)):
        if text and text != "{}":
            names.update(dict.fromkeys(json.loads(text)))
    return list(names)


def attribute_values(session: Session, name: str) -> dict[str, str]:
    """Return respondent id -> value of one attribute (respondents without it are left out)."""
    values = {}
    for rid, text in session.execute(select(RespondentRow.id, RespondentRow.attributes)):
        value = json.loads(text or "{}").get(name)
        if value is not None:
            values[rid] = value
    return values


def list_responses(session: Session, question_id: str | None = None) -> list[Response]:
    """Return responses (optionally of one question) in import order."""
    query = select(
        ResponseRow.id,
        ResponseRow.respondent_id,
        ResponseRow.question_id,
        ResponseRow.text,
        RespondentRow.external_id,
    ).join(RespondentRow, RespondentRow.id == ResponseRow.respondent_id)
    if question_id is not None:
        query = query.where(ResponseRow.question_id == question_id)
    query = query.order_by(ResponseRow.seq)
    return [
        Response(id=i, respondent_id=r, question_id=q, text=t, external_id=e)
        for i, r, q, t, e in session.execute(query)
    ]


def decisions_of(
    session: Session, coder_id: str, question_id: str | None = None
) -> dict[str, frozenset[str]]:
    """Return this coder's decided responses: theme ids, or an empty set for 'none applies'."""
    result: dict[str, set[str]] = defaultdict(set)
    query = select(CodingRow.response_id, CodingRow.theme_id).where(CodingRow.coder_id == coder_id)
    none_query = select(NoneAppliesRow.response_id).where(NoneAppliesRow.coder_id == coder_id)
    if question_id is not None:
        query = query.join(ResponseRow, ResponseRow.id == CodingRow.response_id).where(
            ResponseRow.question_id == question_id
        )
        none_query = none_query.join(ResponseRow, ResponseRow.id == NoneAppliesRow.response_id).where(
            ResponseRow.question_id == question_id
        )
    for response_id, theme_id in session.execute(query):
        result[response_id].add(theme_id)
    for (response_id,) in session.execute(none_query):
        result.setdefault(response_id, set())
    return {k: frozenset(v) for k, v in result.items()}


def decisions_of_response(session: Session, coder_id: str, response_id: str) -> set[str] | None:
    """Return one response's theme ids for a coder, an empty set for 'none applies', None if uncoded."""
    themes = set(
        session.scalars(
            select(CodingRow.theme_id).where(
                CodingRow.coder_id == coder_id, CodingRow.response_id == response_id
            )
        )
    )
    if themes:
        return themes
    marked = session.get(NoneAppliesRow, (response_id, coder_id))
    return set() if marked is not None else None


def list_codings(session: Session, coder_id: str | None = None) -> list[Coding]:
    """Return coding rows, optionally of one coder."""
    query = select(CodingRow)
    if coder_id is not None:
        query = query.where(CodingRow.coder_id == coder_id)
    return [
        Coding(r.response_id, r.theme_id, r.coder_id, Origin(r.origin), r.created_at)
        for r in session.scalars(query)
    ]


def count_rows(session: Session, model) -> int:
    """Count the rows of a table."""
    return session.scalar(select(func.count()).select_from(model)) or 0


def coding_counts(session: Session) -> list[tuple[str, str, str, int]]:
    """Return (coder id, question id, theme id, answers) for every coded combination."""
    query = (
        select(CodingRow.coder_id, ResponseRow.question_id, CodingRow.theme_id, func.count())
        .join(ResponseRow, ResponseRow.id == CodingRow.response_id)
        .group_by(CodingRow.coder_id, ResponseRow.question_id, CodingRow.theme_id)
    )
    return [tuple(row) for row in session.execute(query)]


def decided_counts(session: Session) -> list[tuple[str, str, int, int]]:
    """Return (coder id, question id, decided answers, none-applies answers) per coder and question."""
    coded = (
        select(CodingRow.coder_id, ResponseRow.question_id, func.count(func.distinct(CodingRow.response_id)))
        .join(ResponseRow, ResponseRow.id == CodingRow.response_id)
        .group_by(CodingRow.coder_id, ResponseRow.question_id)
    )
    none = (
        select(NoneAppliesRow.coder_id, ResponseRow.question_id, func.count())
        .join(ResponseRow, ResponseRow.id == NoneAppliesRow.response_id)
        .group_by(NoneAppliesRow.coder_id, ResponseRow.question_id)
    )
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for coder_id, question_id, n in session.execute(coded):
        totals[(coder_id, question_id)][0] += n
    for coder_id, question_id, n in session.execute(none):
        totals[(coder_id, question_id)][0] += n
        totals[(coder_id, question_id)][1] += n
    return [(c, q, v[0], v[1]) for (c, q), v in totals.items()]


def answers_per_question(session: Session) -> dict[str, int]:
    """Return how many answers each question has."""
    query = select(ResponseRow.question_id, func.count()).group_by(ResponseRow.question_id)
    return dict(session.execute(query).all())


def response_lines(session: Session, question_id: str):
    """Return (response id, respondent id, respondent external id, text) of a question's answers in import order.

    The rows index like tuples; converting 100k of them into records costs more than the table needs.
    """
    query = (
        select(ResponseRow.id, ResponseRow.respondent_id, RespondentRow.external_id, ResponseRow.text)
        .join(RespondentRow, RespondentRow.id == ResponseRow.respondent_id)
        .where(ResponseRow.question_id == question_id)
        .order_by(ResponseRow.seq)
    )
    return session.execute(query).all()


SINGLE_CHOICE_KEY = "single_choice"


def codebook_single_choice(session: Session) -> bool:
    """Tell whether the whole codebook is single-choice (a project setting)."""
    return get_meta(session, SINGLE_CHOICE_KEY) == "1"


def record_codebook_single_choice(rec, on: bool) -> None:
    """Write the codebook's single-choice setting through a ChangeRecorder, so it can be undone."""
    value = "1" if on else "0"
    if rec.session.get(MetaRow, SINGLE_CHOICE_KEY) is None:
        rec.insert("meta", [{"key": SINGLE_CHOICE_KEY, "value": value}])
    else:
        rec.update("meta", {"value": value}, key=SINGLE_CHOICE_KEY)


def response_single_choice(session: Session, response_id: str) -> bool:
    """Tell whether an answer takes exactly one theme: the codebook or its question is single-choice."""
    if codebook_single_choice(session):
        return True
    flag = session.scalar(
        select(QuestionRow.single_choice)
        .join(ResponseRow, ResponseRow.question_id == QuestionRow.id)
        .where(ResponseRow.id == response_id)
    )
    return bool(flag)
