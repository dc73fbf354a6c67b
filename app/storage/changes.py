"""Row-level change recording: every write is captured so undo, redo and the audit trail can replay it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Table, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from app.storage.event_feed import insert_event
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


REPLAY_CHUNK = 900  # rows per statement: well within SQLite's and PostgreSQL's parameter limits
DECISION_TABLES = ("codings", "none_applies")


def _key(table: Table, row: Row) -> tuple:
    """Return a row's primary key values."""
    return tuple(row[column.name] for column in table.primary_key.columns)


def _net_states(
    changes: list[dict[str, Any]], undo: bool
) -> dict[str, dict[tuple, tuple[Row | None, Row | None]]]:
    """Collapse an event to (expected now, wanted) per row, in the order the rows must be replayed."""
    ordered = list(reversed(changes)) if undo else changes
    states: dict[str, dict[tuple, tuple[Row | None, Row | None]]] = {}
    key_names: dict[str, list[str]] = {}
    for change in ordered:
        name = change["t"]
        if name not in key_names:
            key_names[name] = [c.name for c in _table(name).primary_key.columns]
            states[name] = {}
        expected, wanted = (change["a"], change["b"]) if undo else (change["b"], change["a"])
        row = wanted if wanted is not None else expected
        key = tuple(row[k] for k in key_names[name])
        rows = states[name]
        rows[key] = (rows[key][0] if key in rows else expected, wanted)
    return states


def _what(table_name: str) -> str:
    """Name a table's row for the user."""
    return {"themes": "a theme", "codings": "a coding", "none_applies": "a decision"}.get(table_name, "a row")


def _check_chunk(session: Session, table: Table, items: list[tuple[tuple, Row | None]]) -> None:
    """Refuse when any row is no longer as the event left it (one query per chunk)."""
    columns = list(table.primary_key.columns)
    names = [c.name for c in table.columns]
    positions = [names.index(c.name) for c in columns]
    firsts = list({key[0] for key, _ in items})
    found = {
        tuple(row[p] for p in positions): row
        for row in session.execute(select(table).where(columns[0].in_(firsts)))
    }
    for key, expected in items:
        row = found.get(key)
        if not _same(dict(zip(names, row, strict=True)) if row is not None else None, expected):
            raise ReplayConflict(f"{_what(table.name)} it touched was changed since")


def _delete_rows(session: Session, table: Table, keys: list[tuple]) -> None:
    """Delete rows by primary key with one prepared statement run over all the keys."""
    connection = session.connection()
    mark = "%s" if connection.dialect.paramstyle in ("format", "pyformat") else "?"
    where = " AND ".join(f"{c.name} = {mark}" for c in table.primary_key.columns)
    connection.exec_driver_sql(f"DELETE FROM {table.name} WHERE {where}", keys)


def replay(session: Session, changes: Iterable[dict[str, Any]], *, undo: bool) -> None:
    """Put rows back to their state before (undo) or after (redo) a recorded action, a chunk at a time."""
    states = _net_states(list(changes), undo)
    order = [t for t in Base.metadata.sorted_tables if t.name in states]  # parents before children
    for table in order:
        items = list(states[table.name].items())
        for i in range(0, len(items), REPLAY_CHUNK):
            _check_chunk(
                session, table, [(key, expected) for key, (expected, _w) in items[i : i + REPLAY_CHUNK]]
            )
    for table in reversed(order):  # children lose rows before their parents do
        gone = [
            key
            for key, (expected, wanted) in states[table.name].items()
            if wanted is None and expected is not None
        ]
        for i in range(0, len(gone), REPLAY_CHUNK):
            _delete_rows(session, table, gone[i : i + REPLAY_CHUNK])
    for table in order:  # parents gain rows before their children, new rows before rows point at them
        new = [
            wanted
            for expected, wanted in states[table.name].values()
            if wanted is not None and expected is None
        ]
        for i in range(0, len(new), REPLAY_CHUNK):
            session.execute(insert(table), new[i : i + REPLAY_CHUNK])
        for expected, wanted in states[table.name].values():
            if wanted is not None and expected is not None:
                session.execute(update(table).where(_key_clause(table, wanted)).values(**wanted))
    _check_decisions(session, states)


def _check_decisions(session: Session, states: dict[str, dict[tuple, tuple[Row | None, Row | None]]]) -> None:
    """Refuse a replay that would leave an answer with themes and "no theme applies" from one coder."""
    touched = {
        (wanted or expected)["response_id"]
        for name in DECISION_TABLES
        for expected, wanted in states.get(name, {}).values()
    }
    if not touched:
        return
    codings, none = _table("codings"), _table("none_applies")
    ids = sorted(touched)
    for i in range(0, len(ids), REPLAY_CHUNK):
        clash = session.execute(
            select(none.c.response_id)
            .join(
                codings,
                and_(codings.c.response_id == none.c.response_id, codings.c.coder_id == none.c.coder_id),
            )
            .where(none.c.response_id.in_(ids[i : i + REPLAY_CHUNK]))
            .limit(1)
        ).first()
        if clash is not None:
            raise ReplayConflict("the answer's decision was changed since")


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
    values = {
        "coder_id": coder_id,
        "action": action,
        "label": label,
        "changes": json.dumps(changes, ensure_ascii=False) if undoable else "[]",
        "detail": json.dumps(detail or {}, ensure_ascii=False),
        "created_at": now_iso(),
        "undone": False,
        "undoable": undoable,
    }
    return insert_event(session, values, clear_redo=undoable)


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
