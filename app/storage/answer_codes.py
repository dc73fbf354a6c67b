"""Storing codes that came with imported answers: themes matched (or created), coders added, codings written."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.core.models import Origin, Theme, new_id
from app.core.survey_import import ParsedCode
from app.core.theme_matching import ThemeMatcher
from app.storage import repository as repo
from app.storage.changes import ChangeRecorder, now_iso
from app.storage.decisions import chunks
from app.storage.schema import CoderRow, CodingRow, NoneAppliesRow, ThemeRow
from app.storage.survey_store import bulk_insert


@dataclass(frozen=True)
class StoredCodes:
    """What storing the codes of an import added."""

    codings: int
    themes_created: list[str]
    replaced_none: int = 0  # answers whose stored "no theme applies" the imported codes replaced


def theme_matcher(session: Session, separator: str | None, create: bool) -> ThemeMatcher:
    """Return a matcher over the project's codebook."""
    return ThemeMatcher(repo.list_themes(session), separator=separator, create=create, new_id=new_id)


def insert_planned_themes(
    session: Session, matcher: ThemeMatcher, rec: ChangeRecorder | None = None
) -> list[str]:
    """Add the themes the matcher planned (parents first), at the end of their parents' children."""
    rows, names = [], []
    next_position: dict[str | None, int] = {}
    for planned in matcher.planned:
        if planned.parent_id not in next_position:
            where = (
                ThemeRow.parent_id.is_(None)
                if planned.parent_id is None
                else ThemeRow.parent_id == planned.parent_id
            )
            next_position[planned.parent_id] = (
                session.scalar(select(func.max(ThemeRow.position)).where(where)) or 0
            ) + 1
        position = next_position[planned.parent_id]
        next_position[planned.parent_id] = position + 1
        theme = Theme(id=planned.id, name=planned.name, parent_id=planned.parent_id, position=position)
        rows.append(repo.theme_to_row(theme))
        names.append(matcher.path_text(planned.id))
    if rows:
        if rec is not None:
            rec.insert("themes", rows)
        else:
            session.execute(ThemeRow.__table__.insert(), rows)
    return names


def coder_ids(session: Session, names: Iterable[str]) -> dict[str, str]:
    """Return the ids of coders by name, adding the ones that are new."""
    ids = {}
    for name in dict.fromkeys(names):
        found = repo.find_coder(session, name)
        if found is None:
            ids[name] = new_id()
            session.add(CoderRow(id=ids[name], name=name))
        else:
            ids[name] = found.id
    session.flush()
    return ids


def store_answer_codes(
    session: Session,
    path: str | Path,
    codes: Sequence[ParsedCode],
    response_ids: dict[tuple[str, str, int], str],
    separator: str | None,
    create: bool,
    known_answers: bool = False,
) -> StoredCodes:
    """Match every code to a theme (refusing unknown or ambiguous ones as a list) and store the codings.

    An empty code is the decision "no theme applies" (an SPSS code set's case with none counted),
    stored where the coder has no other decision on that answer.
    """
    matcher = theme_matcher(session, separator, create)
    resolved = [(code, matcher.resolve(code.code, code.row)) for code in codes if code.code]
    matcher.check(str(path))
    created = insert_planned_themes(session, matcher)
    coders = coder_ids(session, (code.coder for code in codes))
    stamp, origin = now_iso(), Origin.IMPORT.value
    stored: set[tuple[str, str, str]] = set()
    if known_answers:  # answers kept from an earlier wave may carry these codings already
        stored = set(
            map(tuple, session.execute(select(CodingRow.response_id, CodingRow.theme_id, CodingRow.coder_id)))
        )
    rows = {}
    for code, theme_id in resolved:
        response_id = response_ids[(code.respondent_id, code.question_key, code.part)]
        key = (response_id, theme_id, coders[code.coder])
        if key not in stored:
            rows.setdefault(key, (*key, origin, stamp))
    replaced = _replace_none(session, {(rid, cid) for rid, _, cid in rows}) if known_answers else 0
    bulk_insert(
        session,
        "codings",
        ("response_id", "theme_id", "coder_id", "origin", "created_at"),
        list(rows.values()),
    )
    nones = _none_applies(session, codes, response_ids, coders, stored, set(rows), known_answers)
    bulk_insert(
        session, "none_applies", ("response_id", "coder_id", "created_at"), [(*k, stamp) for k in nones]
    )
    return StoredCodes(len(rows) + len(nones), created, replaced)


def _replace_none(session: Session, coded: set[tuple[str, str]]) -> int:
    """Take off "no theme applies" where the same coder's imported codes now give themes; how many."""
    stored = {tuple(r) for r in session.execute(select(NoneAppliesRow.response_id, NoneAppliesRow.coder_id))}
    gone = sorted(coded & stored)
    by_coder: dict[str, list[str]] = {}
    for response_id, coder_id in gone:
        by_coder.setdefault(coder_id, []).append(response_id)
    for coder_id, ids in by_coder.items():
        for chunk in chunks(ids):
            session.execute(
                delete(NoneAppliesRow).where(
                    NoneAppliesRow.coder_id == coder_id, NoneAppliesRow.response_id.in_(chunk)
                )
            )
    return len(gone)


def _none_applies(
    session, codes, response_ids, coders, stored, coded, known_answers
) -> list[tuple[str, str]]:
    """(answer, coder) pairs whose empty code says "no theme applies" and that hold no other decision."""
    wanted = {
        (response_ids[(c.respondent_id, c.question_key, c.part)], coders[c.coder])
        for c in codes
        if not c.code
    }
    if not wanted:
        return []
    decided = {(rid, cid) for rid, _, cid in coded} | {(rid, cid) for rid, _, cid in stored}
    if known_answers:
        decided |= set(
            map(tuple, session.execute(select(NoneAppliesRow.response_id, NoneAppliesRow.coder_id)))
        )
    return sorted(wanted - decided)
