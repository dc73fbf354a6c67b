"""The event log read as a feed: what other programs did after the last event a window has seen."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.audit_trail import TrailEvent
from app.storage.schema import CoderRow, EventRow


def last_event_id(session: Session) -> int:
    """Return the id of the newest event (0 for a project without events)."""
    return session.scalar(select(func.max(EventRow.id))) or 0


def events_after(session: Session, after_id: int, limit: int = 500) -> list[TrailEvent]:
    """Return events with an id above `after_id`, oldest first, with their coder's name."""
    rows = session.scalars(select(EventRow).where(EventRow.id > after_id).order_by(EventRow.id).limit(limit))
    names = {c.id: c.name for c in session.scalars(select(CoderRow))}
    return [
        TrailEvent(
            id=e.id,
            coder=names.get(e.coder_id or "", ""),
            action=e.action,
            label=e.label,
            at=e.created_at,
            undone=e.undone,
            detail=json.loads(e.detail or "{}"),
        )
        for e in rows
    ]
