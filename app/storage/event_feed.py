"""The event log read as a feed: what other programs did after the last event a window has seen."""

from __future__ import annotations

import json

from sqlalchemy import func, insert, or_, select, text, update
from sqlalchemy.orm import Session

from app.core.audit_trail import TrailEvent
from app.core.live_changes import FeedCursor, LiveBatch
from app.storage.schema import CoderRow, EventRow
from app.storage.team_roles import PER_CODER_TABLES, ROLES_JSON, note_roles, wants_roles

NOTIFY_CHANNEL = "thematic_events"
DECISION_TABLES = ("codings", "none_applies", "coding_spans")
CODEBOOK_TABLES = ("themes", "theme_keys")
SURVEY_ACTIONS = ("import-survey", "merge", "import-qdpx")
FEED_LIMIT = 500


def last_event_id(session: Session) -> int:
    """Return the id of the newest event (0 for a project without events)."""
    return session.scalar(select(func.max(EventRow.id))) or 0


def events_after(
    session: Session, after_id: int, limit: int = 500, viewer: str | None = None
) -> list[TrailEvent]:
    """Return events with an id above `after_id`, oldest first, with their coder's name.

    `viewer`: a coder in blind mode, who is not shown events carrying other coders' work (their
    codings, memos, spans or suggestions), unless the event edits the codebook; None shows all.
    """
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
        if viewer is None or _shown_to(session, e, names, viewer)
    ]


def _replayed(session: Session, row: EventRow) -> list[dict]:
    """Return the row changes an event made (an undo or redo names the event it replayed)."""
    if row.action in ("undo", "redo"):
        target = session.get(EventRow, json.loads(row.detail or "{}").get("event", 0))
        return json.loads(target.changes or "[]") if target is not None else []
    return json.loads(row.changes or "[]")


def _coders_of(changes: list[dict], names: dict[str, str]) -> set[str]:
    """Name the coders whose own rows (codings, memos, spans, suggestions) the changes touch."""
    return {
        names.get((change["a"] or change["b"] or {}).get("coder_id", ""), "")
        for change in changes
        if change["t"] in PER_CODER_TABLES
    }


def _shown_to(session: Session, row: EventRow, names: dict[str, str], viewer: str) -> bool:
    """Tell whether a blind coder may see an event: their own, a codebook edit, or nobody else's work."""
    if viewer and names.get(row.coder_id or "") == viewer:
        return True
    changes = _replayed(session, row)
    if any(change["t"] in CODEBOOK_TABLES for change in changes):
        return True
    return not (_coders_of(changes, names) - {viewer})


def _is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _snapshot_edge(session: Session, edge: str) -> int:
    """Return the oldest running (`xmin`) or next unassigned (`xmax`) transaction id, as a fresh snapshot sees it."""
    return int(
        session.execute(text(f"SELECT pg_snapshot_{edge}(pg_current_snapshot())::text::bigint")).scalar()
    )


def start_cursor(session: Session) -> FeedCursor:
    """Return a cursor after the newest visible event; on PostgreSQL, smaller ids still running stay holes."""
    cursor = FeedCursor()
    if not _is_postgres(session):
        return FeedCursor(high=last_event_id(session))
    ids = list(session.scalars(select(EventRow.id).order_by(EventRow.id.desc()).limit(FEED_LIMIT)))
    deadline = _snapshot_edge(session, "xmax")
    if ids:
        cursor = FeedCursor(high=min(ids) - 1)
    return cursor.advance(ids, horizon=None, deadline=deadline)


def read_feed(session: Session, cursor: FeedCursor, viewer: str | None = None) -> LiveBatch:
    """Read the events after `cursor` (and its holes) and say what they changed.

    `viewer`: a coder in blind mode, told only about their own codings and memos (still about every
    codebook and survey change); None tells about everyone's.
    On PostgreSQL every statement of a read sees a fresh snapshot: the horizon is read before the
    events and the deadline after them, which is what `FeedCursor.advance` relies on."""
    postgres = _is_postgres(session)
    horizon = _snapshot_edge(session, "xmin") if postgres else None
    wanted = EventRow.id > cursor.high
    if cursor.holes:
        wanted = or_(wanted, EventRow.id.in_(list(cursor.holes)))
    rows = list(session.scalars(select(EventRow).where(wanted).order_by(EventRow.id).limit(FEED_LIMIT)))
    deadline = _snapshot_edge(session, "xmax") if postgres else None
    next_cursor = cursor.advance([r.id for r in rows], horizon=horizon, deadline=deadline)
    if not rows:
        return LiveBatch(cursor=next_cursor)
    names = {c.id: c.name for c in session.scalars(select(CoderRow))}
    touched: dict[str, set[str]] = {}
    memos: set[str] = set()
    codebook = survey = False
    for row in rows:
        survey = survey or row.action in SURVEY_ACTIONS
        for change in _replayed(session, row):
            table, state = change["t"], change["a"] or change["b"] or {}
            coder = names.get(state.get("coder_id", ""), "")
            if table in CODEBOOK_TABLES:
                codebook = True
            elif viewer is not None and coder != viewer:
                continue  # blind mode: another coder's work is not told
            elif table in DECISION_TABLES:
                touched.setdefault(coder, set()).add(state["response_id"])
            elif table == "memos":
                memos.add(state.get("response_id") or "")
    return LiveBatch(
        cursor=next_cursor,
        events=len(rows),
        touched={name: frozenset(ids) for name, ids in touched.items()},
        codebook=codebook,
        survey=survey,
        memos=frozenset(memos),
    )


def insert_event(session: Session, values: dict, *, clear_redo: bool) -> int:
    """Insert one event and return its id; `clear_redo` first ends its coder's redo stack.

    On PostgreSQL this is one statement, so one round trip: it gives the transaction its id before the
    event takes its id (a feed waits for a smaller id only while its transaction may still commit),
    queues the wake-up notice (sent when the transaction commits), clears the redo stack and, when the
    use case asked (`team_roles.read_roles_with_event`), reads the roles its check needs.
    """
    if not _is_postgres(session):
        if clear_redo:
            session.execute(
                update(EventRow)
                .where(EventRow.coder_id == values["coder_id"], EventRow.undone.is_(True))
                .where(EventRow.undoable.is_(True))
                .values(undoable=False)
            )
        return session.execute(insert(EventRow).values(**values).returning(EventRow.id)).scalar_one()
    who = "coder_id IS NULL" if values["coder_id"] is None else "coder_id = :coder_id"
    roles = wants_roles(session)
    sql = (
        "WITH prep AS MATERIALIZED (SELECT pg_current_xact_id() AS xid, pg_notify(:channel, '') AS sent)"
        + (
            f", redo AS (UPDATE events SET undoable = false WHERE {who} AND undone IS true AND undoable IS true)"
            if clear_redo
            else ""
        )
        + " INSERT INTO events (coder_id, action, label, changes, detail, created_at, undone, undoable)"
        " SELECT :coder_id, :action, :label, :changes, :detail, :created_at, :undone, :undoable FROM prep"
        " RETURNING id" + (f", {ROLES_JSON}" if roles else "")
    )
    row = session.execute(text(sql), {**values, "channel": NOTIFY_CHANNEL}).one()
    if roles:
        note_roles(session, row[1] or {})
    return row[0]
