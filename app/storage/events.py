"""The audit trail's events: listing them, and replaying one backwards or forwards for undo and redo."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.audit_trail import TrailEvent
from app.storage.changes import ReplayConflict, record_event, replay
from app.storage.schema import CoderRow, EventRow


@dataclass(frozen=True)
class StoredEvent:
    """One step of the audit trail with the row changes it recorded."""

    id: int
    label: str
    changes: list[dict] = field(default_factory=list)


REPLAY_ACTIONS = ("undo", "redo")  # steps that say an event was replayed; the event itself shows it as undone


def recent_events(session: Session, limit: int) -> list[TrailEvent]:
    """Return the newest events first, with their coder's name (replay steps show as their event's state)."""
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
        for e in session.scalars(
            select(EventRow)
            .where(EventRow.action.not_in(REPLAY_ACTIONS))
            .order_by(EventRow.id.desc())
            .limit(limit)
        )
    ]


def stored_event(row: EventRow | None) -> StoredEvent | None:
    """Read an event row's id, label and recorded changes."""
    return None if row is None else StoredEvent(row.id, row.label, json.loads(row.changes))


def replay_event(session: Session, event: StoredEvent, *, undo: bool) -> None:
    """Apply an event's row changes backwards (undo) or forwards (redo) and mark it; ReplayConflict if refused."""
    try:
        replay(session, event.changes, undo=undo)
        session.execute(update(EventRow).where(EventRow.id == event.id).values(undone=undo))
        session.flush()
    except IntegrityError:
        raise ReplayConflict("other changes depend on it") from None


def mark_not_undoable(session: Session, event_id: int) -> None:
    """Step past an event that can no longer be replayed, so the rest of the history stays usable."""
    session.execute(update(EventRow).where(EventRow.id == event_id).values(undoable=False))


def log_step(
    session: Session, coder_id: str | None, action: str, label: str, detail: dict | None = None
) -> None:
    """Record a step in the audit trail that undo does not revert (a survey wave, a suggestion verdict)."""
    record_event(
        session, coder_id=coder_id, action=action, label=label, changes=[], detail=detail, undoable=False
    )
