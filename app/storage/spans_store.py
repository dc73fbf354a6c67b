"""Queries for coded spans and quick keys (tables coding_spans and theme_keys)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from app.core.spans import Span
from app.storage.schema import CodingRow, CodingSpanRow, ResponseRow, ThemeKeyRow


def chosen_keys(session: Session) -> dict[str, str]:
    """Return the quick keys coders bound to themes: theme id -> key."""
    return {row.theme_id: row.key for row in session.scalars(select(ThemeKeyRow))}


def spans_of(
    session: Session, coder_id: str | None = None, response_ids: Sequence[str] | None = None
) -> list[Span]:
    """Return spans whose coding still exists, by response, theme and start."""
    query = select(CodingSpanRow).join(
        CodingRow,
        and_(
            CodingRow.response_id == CodingSpanRow.response_id,
            CodingRow.theme_id == CodingSpanRow.theme_id,
            CodingRow.coder_id == CodingSpanRow.coder_id,
        ),
    )
    if coder_id is not None:
        query = query.where(CodingSpanRow.coder_id == coder_id)
    found: list[Span] = []
    chunks = (
        [None]
        if response_ids is None
        else [response_ids[i : i + 500] for i in range(0, len(response_ids), 500)]
    )
    for chunk in chunks:
        chunk_query = query if chunk is None else query.where(CodingSpanRow.response_id.in_(list(chunk)))
        found.extend(
            Span(r.response_id, r.theme_id, r.coder_id, r.start, r.end) for r in session.scalars(chunk_query)
        )
    return sorted(found, key=lambda sp: (sp.response_id, sp.start, sp.theme_id))


def response_text(session: Session, response_id: str) -> str | None:
    """Return an answer's text, or None when there is no such response."""
    return session.scalar(select(ResponseRow.text).where(ResponseRow.id == response_id))


def has_coding(session: Session, response_id: str, theme_id: str, coder_id: str) -> bool:
    """Tell whether the coder gave the answer this theme."""
    return session.get(CodingRow, (response_id, theme_id, coder_id)) is not None


def has_span(session: Session, response_id: str, theme_id: str, coder_id: str, start: int) -> bool:
    """Tell whether a span of this coding starts at `start`."""
    return session.get(CodingSpanRow, (response_id, theme_id, coder_id, start)) is not None
