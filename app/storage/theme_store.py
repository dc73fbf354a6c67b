"""Queries about themes in the codebook tree and the codings that use them."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.storage.schema import CoderRow, CodingRow, CodingSpanRow, EventRow, ThemeRow


def next_position(session: Session, parent_id: str | None) -> int:
    """Return the position after the last child of a parent (or of the top level)."""
    where = ThemeRow.parent_id.is_(None) if parent_id is None else ThemeRow.parent_id == parent_id
    return (session.scalar(select(func.max(ThemeRow.position)).where(where)) or 0) + 1


def sibling_has_name(session: Session, name: str, parent_id: str | None, own_id: str | None) -> bool:
    """Tell whether another theme under the same parent already has this name (case-insensitive)."""
    return any(
        row.id != own_id and row.parent_id == parent_id and row.name.casefold() == name.casefold()
        for row in session.scalars(select(ThemeRow))
    )


def count_codings(session: Session, theme_id: str) -> int:
    """Count the codings of a theme, all coders."""
    return (
        session.scalar(select(func.count()).select_from(CodingRow).where(CodingRow.theme_id == theme_id)) or 0
    )


def codings_of_theme(session: Session, theme_id: str) -> list[dict]:
    """Return a theme's coding rows as dictionaries (response, theme, coder, origin, created_at)."""
    return [
        {
            "response_id": r.response_id,
            "theme_id": r.theme_id,
            "coder_id": r.coder_id,
            "origin": r.origin,
            "created_at": r.created_at,
        }
        for r in session.scalars(select(CodingRow).where(CodingRow.theme_id == theme_id))
    ]


def spans_of_theme(session: Session, theme_id: str) -> list[dict]:
    """Return the spans coded with a theme as row dictionaries (they move or go with its codings)."""
    return [
        {c.name: getattr(r, c.name) for c in CodingSpanRow.__table__.columns}
        for r in session.scalars(select(CodingSpanRow).where(CodingSpanRow.theme_id == theme_id))
    ]


def who_removed(session: Session, theme_id: str) -> tuple[str, str] | None:
    """Return (coder name, time) of the newest delete, merge or clear that removed a theme, if logged."""
    query = (
        select(EventRow.changes, EventRow.created_at, CoderRow.name)
        .outerjoin(CoderRow, CoderRow.id == EventRow.coder_id)
        .where(EventRow.action.in_(REMOVING_ACTIONS))
        .order_by(EventRow.id.desc())
        .limit(50)
    )
    for changes, at, name in session.execute(query):
        if f'"{theme_id}"' in changes:
            return name or "", at or ""
    return None


REMOVING_ACTIONS = ("theme-delete", "theme-merge", "codebook-clear")
