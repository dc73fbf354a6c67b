"""The review queue of suggested themes: what is pending, and each coder's verdicts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.suggestion_queue import QueuedSuggestion
from app.core.suggestion_reasons import reasons_from_json
from app.storage.changes import now_iso
from app.storage.schema import CodingRow, SuggestionRow


def queued_pairs(session: Session, coder_id: str) -> set[tuple[str, str]]:
    """Return the (response, theme) pairs ever queued or judged for this coder."""
    return {
        (r, t)
        for r, t in session.execute(
            select(SuggestionRow.response_id, SuggestionRow.theme_id).where(
                SuggestionRow.coder_id == coder_id
            )
        )
    }


def queue(session: Session, coder_id: str, items: Iterable[tuple[str, str, float, str]]) -> int:
    """Add pending suggestions (response, theme, score, reasons as app.core.suggestion_reasons JSON)."""
    stamp = now_iso()
    added = 0
    for response_id, theme_id, score, reason in items:
        session.add(
            SuggestionRow(
                response_id=response_id,
                theme_id=theme_id,
                coder_id=coder_id,
                score=score,
                reason=reason,
                status="pending",
                created_at=stamp,
            )
        )
        added += 1
    return added


def pending(session: Session, coder_id: str, theme_id: str | None = None) -> list[QueuedSuggestion]:
    """Return the coder's pending suggestions, best first."""
    query = select(SuggestionRow).where(SuggestionRow.coder_id == coder_id, SuggestionRow.status == "pending")
    if theme_id:
        query = query.where(SuggestionRow.theme_id == theme_id)
    return [_queued(r) for r in session.scalars(query.order_by(SuggestionRow.score.desc()))]


def _queued(row: SuggestionRow) -> QueuedSuggestion:
    """Read a queue row: structured reasons, or the English sentence an earlier version stored."""
    reasons = reasons_from_json(row.reason)
    structured = any(r.kind != "text" for r in reasons)
    text = "; ".join(r.text for r in reasons) if structured else row.reason
    return QueuedSuggestion(row.response_id, row.theme_id, row.score, text, reasons)


def set_verdicts(session: Session, pairs: Sequence[tuple[str, str]], coder_id: str, status: str) -> None:
    """Mark queued suggestions as accepted or rejected (adding rows for ones that were not queued)."""
    stamp = now_iso()
    for response_id, theme_id in pairs:
        row = session.get(SuggestionRow, (response_id, theme_id, coder_id))
        if row is None:
            session.add(
                SuggestionRow(
                    response_id=response_id,
                    theme_id=theme_id,
                    coder_id=coder_id,
                    status=status,
                    created_at=stamp,
                )
            )
        else:
            row.status = status


def verdict_counts(session: Session, coder_id: str) -> dict[str, int]:
    """Count this coder's suggestions by status (pending, accepted, rejected)."""
    return dict(
        session.execute(
            select(SuggestionRow.status, func.count())
            .where(SuggestionRow.coder_id == coder_id)
            .group_by(SuggestionRow.status)
        ).all()
    )


def origin_counts(session: Session, coder_id: str) -> dict[str, int]:
    """Count this coder's codings by origin (manual, suggestion, import, consensus)."""
    return dict(
        session.execute(
            select(CodingRow.origin, func.count())
            .where(CodingRow.coder_id == coder_id)
            .group_by(CodingRow.origin)
        ).all()
    )
