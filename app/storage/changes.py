"""Row-level change recording: every write is captured so undo, redo and the audit trail can replay it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Table, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from app.storage.schema import Base, EventRow

Row = dict[str, Any]


def now_iso() -> str:
    """Return the current UTC time in the format stored in the project."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _table(name: str) -> Table:
    """Look up a table of the schema by name."""
    return Base.metadata.tables[name]


def _key_clause(table: Table, row: Row):
    """Build a WHERE clause matching a row by its primary key."""
    return and_(*(column == row[column.name] for column in table.primary_key.columns))


def _match_clause(table: Table, where: dict[str, Any]):
    """Build a WHERE clause from column=value pairs (a list or set value means IN)."""
    parts = []
    for name, value in where.items():
        column = table.c[name]
        if isinstance(value, (list, tuple, set, frozenset)):
            parts.append(column.in_(list(value)))
        else:
            parts.append(column == value)
    return and_(*parts)


class ChangeRecorder:
    """Performs writes inside one session and remembers each row's state before and after."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.changes: list[dict[str, Any]] = []

    def insert(self, table_name: str, rows: Sequence[Row]) -> None:
        """Insert rows and record them as new."""
        if not rows:
            return
        self.session.execute(insert(_table(table_name)), list(rows))
        self.changes.extend({"t": table_name, "b": None, "a": dict(row)} for row in rows)

    def delete(self, table_name: str, **where: Any) -> int:
        """Delete matching rows and record what they were; return how many went."""
        table = _table(table_name)
        clause = _match_clause(table, where)
        before = [dict(r._mapping) for r in self.session.execute(select(table).where(clause))]
        if before:
            self.session.execute(delete(table).where(clause))
            self.changes.extend({"t": table_name, "b": row, "a": None} for row in before)
        return len(before)

    def update(self, table_name: str, values: dict[str, Any], **where: Any) -> int:
        """Update matching rows and record both states; return how many changed."""
        table = _table(table_name)
        clause = _match_clause(table, where)
        before = [dict(r._mapping) for r in self.session.execute(select(table).where(clause))]
        changed = [row for row in before if any(row[k] != v for k, v in values.items())]
        if changed:
            self.session.execute(update(table).where(clause).values(**values))
            self.changes.extend({"t": table_name, "b": row, "a": {**row, **values}} for row in changed)
        return len(changed)


class ReplayConflict(Exception):
    """A recorded row is no longer as the action left it (someone changed it since)."""


def _same(current: Row | None, expected: Row | None) -> bool:
    """Compare a stored row with the state an event recorded (values compared as text)."""
    if current is None or expected is None:
        return current is None and expected is None
    return all(str(current.get(k)) == str(v) for k, v in expected.items())


def replay(session: Session, changes: Iterable[dict[str, Any]], *, undo: bool) -> None:
    """Put rows back to their state before (undo) or after (redo) a recorded action."""
    ordered = list(changes)
    if undo:
        ordered.reverse()
    for change in ordered:
        table = _table(change["t"])
        state = change["b"] if undo else change["a"]
        other = change["a"] if undo else change["b"]
        key_row = state if state is not None else other
        clause = _key_clause(table, key_row)
        found = session.execute(select(table).where(clause)).first()
        if not _same(dict(found._mapping) if found is not None else None, other):
            what = (
                "a theme" if change["t"] == "themes" else "a coding" if change["t"] == "codings" else "a row"
            )
            raise ReplayConflict(f"{what} it touched was changed since")
        exists = found is not None
        if state is None:
            session.execute(delete(table).where(clause))
        elif exists:
            session.execute(update(table).where(clause).values(**state))
        else:
            session.execute(insert(table).values(**state))


def record_event(
    session: Session,
    *,
    coder_id: str | None,
    action: str,
    label: str,
    changes: list[dict[str, Any]],
    detail: dict[str, Any] | None = None,
    undoable: bool = True,
) -> int:
    """Log one user action; a new undoable action clears that coder's redo stack."""
    if undoable:
        session.execute(
            update(EventRow)
            .where(EventRow.coder_id == coder_id, EventRow.undone.is_(True), EventRow.undoable.is_(True))
            .values(undoable=False)
        )
    event = EventRow(
        coder_id=coder_id,
        action=action,
        label=label,
        changes=json.dumps(changes, ensure_ascii=False) if undoable else "[]",
        detail=json.dumps(detail or {}, ensure_ascii=False),
        created_at=now_iso(),
        undone=False,
        undoable=undoable,
    )
    session.add(event)
    session.flush()
    return event.id


def last_undoable(session: Session, coder_id: str | None) -> EventRow | None:
    """Return the newest action of this coder that can still be undone."""
    return session.scalars(
        select(EventRow)
        .where(EventRow.coder_id == coder_id, EventRow.undone.is_(False), EventRow.undoable.is_(True))
        .order_by(EventRow.id.desc())
        .limit(1)
    ).first()


def next_redoable(session: Session, coder_id: str | None) -> EventRow | None:
    """Return the oldest undone action of this coder that can be redone."""
    return session.scalars(
        select(EventRow)
        .where(EventRow.coder_id == coder_id, EventRow.undone.is_(True), EventRow.undoable.is_(True))
        .order_by(EventRow.id.asc())
        .limit(1)
    ).first()
