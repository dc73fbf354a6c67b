"""A coder's decisions on answers (themes, or "no theme applies"): reading them and writing them, undoably."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.orm import Session

from app.storage.changes import ChangeRecorder
from app.storage.schema import CodingRow, NoneAppliesRow, ResponseRow

CHUNK = 500


def chunks(items: Sequence[str], size: int = CHUNK) -> list[list[str]]:
    """Split long id lists so IN clauses stay within database limits."""
    items = list(items)
    return [items[i : i + size] for i in range(0, len(items), size)]


def current_decisions(
    session: Session, coder_id: str, response_ids: Iterable[str]
) -> dict[str, frozenset[str] | None]:
    """Return each response's decision by this coder: theme ids, empty for 'none applies', None if uncoded."""
    ids = list(dict.fromkeys(response_ids))
    themes: dict[str, set[str]] = defaultdict(set)
    for chunk in chunks(ids):
        for rid, tid in session.execute(
            select(CodingRow.response_id, CodingRow.theme_id).where(
                CodingRow.coder_id == coder_id, CodingRow.response_id.in_(chunk)
            )
        ):
            themes[rid].add(tid)
        for rid in session.scalars(
            select(NoneAppliesRow.response_id).where(
                NoneAppliesRow.coder_id == coder_id, NoneAppliesRow.response_id.in_(chunk)
            )
        ):
            themes.setdefault(rid, set())
    result: dict[str, frozenset[str] | None] = dict.fromkeys(ids)
    result.update({rid: frozenset(t) for rid, t in themes.items()})
    return result


@dataclass(frozen=True)
class WrittenDecisions:
    """How many rows one write of decisions added."""

    codings: int = 0
    none_applies: int = 0
    replaced_none: int = 0  # answers whose "no theme applies" the written themes replaced


def write_decisions(
    rec: ChangeRecorder,
    coder_id: str,
    wanted: Mapping[str, Collection[str]],
    current: Mapping[str, Collection[str] | None],
    *,
    origin: str,
    stamp: str,
    replace: bool,
    origins: Mapping[tuple[str, str], tuple[str, str]] | None = None,
) -> WrittenDecisions:
    """Write decisions (response id -> theme ids, empty = no theme applies) as recorded, undoable row changes.

    With `replace` a decision becomes exactly the wanted themes; without, themes are only added and
    "no theme applies" is recorded only where nothing was decided yet. `current` is what
    `current_decisions` returned; `origins` gives (origin, created_at) per (response, theme) to keep.
    """
    coding_rows: list[dict] = []
    none_rows: list[dict] = []
    clear_none: list[str] = []
    for response_id, themes in wanted.items():
        have = current.get(response_id)
        have_themes = set(have or ())
        if replace:
            for theme_id in sorted(have_themes - set(themes)):
                rec.delete("codings", response_id=response_id, theme_id=theme_id, coder_id=coder_id)
        if not themes:
            if have is None or (replace and have_themes):
                none_rows.append({"response_id": response_id, "coder_id": coder_id, "created_at": stamp})
            continue
        for theme_id in sorted(set(themes) - have_themes):
            kept_origin, created = (origins or {}).get((response_id, theme_id), (origin, stamp))
            coding_rows.append(
                {
                    "response_id": response_id,
                    "theme_id": theme_id,
                    "coder_id": coder_id,
                    "origin": kept_origin,
                    "created_at": created,
                }
            )
        if have is not None and not have_themes:  # only "no theme applies" has a row to take off
            clear_none.append(response_id)  # (themes and that row never coexist: the triggers refuse it)
    for chunk in chunks(clear_none):
        rec.delete("none_applies", response_id=chunk, coder_id=coder_id)
    rec.insert("codings", coding_rows)
    rec.insert("none_applies", none_rows)
    return WrittenDecisions(
        codings=len(coding_rows), none_applies=len(none_rows), replaced_none=len(clear_none)
    )


def decisions_for_theme(
    session: Session, coder_id: str, theme_id: str, response_ids: Sequence[str]
) -> tuple[str | None, list[str], dict[str, frozenset[str] | None]]:
    """Read what giving answers a theme needs in one statement per chunk (the coding loop's round trips).

    Returns the theme's name (None: no such theme), the ids that are not answers in the project (in
    the order given) and this coder's decision on each answer that is (see `current_decisions`).
    """
    name: str | None = None
    found: dict[str, set[str] | None] = {}
    for chunk in chunks(response_ids) or [[]]:
        rows = session.execute(_DECISIONS_FOR_THEME, {"theme": theme_id, "coder": coder_id, "ids": chunk})
        for theme_name, response_id, coded, none in rows:
            name = theme_name
            if response_id is None:
                continue
            themes = found.setdefault(response_id, None)
            if coded is not None:
                found[response_id] = (themes or set()) | {coded}
            elif none is not None:
                found[response_id] = themes or set()
    unknown = [rid for rid in response_ids if rid not in found]
    return name, unknown, {rid: None if t is None else frozenset(t) for rid, t in found.items()}


# One row per (answer, theme coded), or per answer without themes; the theme's name on every row.
_DECISIONS_FOR_THEME = text(
    "SELECT t.name, r.id, c.theme_id, n.response_id FROM (SELECT :theme AS id) q "
    "LEFT JOIN themes t ON t.id = q.id "
    "LEFT JOIN responses r ON r.id IN :ids "
    "LEFT JOIN codings c ON c.response_id = r.id AND c.coder_id = :coder "
    "LEFT JOIN none_applies n ON n.response_id = r.id AND n.coder_id = :coder"
).bindparams(bindparam("ids", expanding=True))


def missing_responses(session: Session, response_ids: Sequence[str]) -> list[str]:
    """Return the ids among these that are not answers in the project, in the order given."""
    found: set[str] = set()
    for chunk in chunks(response_ids):
        found.update(session.scalars(select(ResponseRow.id).where(ResponseRow.id.in_(chunk))))
    return [i for i in response_ids if i not in found]


def responses_with_theme(
    session: Session, coder_id: str, theme_id: str, response_ids: Sequence[str]
) -> set[str]:
    """Return which of the responses already carry the theme for this coder."""
    have: set[str] = set()
    for chunk in chunks(response_ids):
        have.update(
            session.scalars(
                select(CodingRow.response_id).where(
                    CodingRow.coder_id == coder_id,
                    CodingRow.theme_id == theme_id,
                    CodingRow.response_id.in_(chunk),
                )
            )
        )
    return have


def theme_answer_counts(session: Session, coder_id: str | None, question_id: str | None) -> dict[str, int]:
    """Count coded answers per theme, of one coder when given and of one question when given."""
    query = select(CodingRow.theme_id, func.count()).group_by(CodingRow.theme_id)
    if question_id is not None:
        query = query.join(ResponseRow, ResponseRow.id == CodingRow.response_id).where(
            ResponseRow.question_id == question_id
        )
    if coder_id is not None:
        query = query.where(CodingRow.coder_id == coder_id)
    return {theme_id: n for theme_id, n in session.execute(query)}
