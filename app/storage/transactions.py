"""One use case, one transaction: the write lock first, a lost-lock guard before, a checkpoint after."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

BUSY_MESSAGE = "the project is being changed by another program; try again in a moment"


class ProjectBusy(Exception):
    """Another program held the project's write lock for longer than the busy timeout."""


class ProjectReplaced(Exception):
    """The project file was replaced or removed under the open project; it must be reopened."""


class ConnectionLost(Exception):
    """The database server could not be reached or dropped the connection; the step was not confirmed."""


class NotPermitted(Exception):
    """The database's grants refused the step (a reader's login writing, say); nothing was written."""


LOST_STATES = ("57P01", "57P02", "57P03")  # administrator or crash shutdown, cannot connect now
NOT_PERMITTED = "42501"  # insufficient_privilege: a grant or a row-level security policy said no


FileId = tuple[int, int]


def _file_id(path: Path) -> FileId | None:
    """Return (device, inode) of a file without opening it, or None when it is gone."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_dev, st.st_ino)


@dataclass
class FileWatch:
    """Remembers which project file and journal the open connections hold locks on."""

    path: Path
    main: FileId | None = None
    wal: FileId | None = None
    reconnects: int = field(default=0)

    @property
    def wal_path(self) -> Path:
        """The write-ahead log beside the project file."""
        return Path(f"{self.path}-wal")

    def remember(self) -> None:
        """Note the files as they are now that our connections hold them open."""
        self.main = _file_id(self.path)
        self.wal = _file_id(self.wal_path)

    def check(self, engine: Engine) -> None:
        """Reconnect when the journal was deleted or replaced under us; refuse when the file was."""
        main = _file_id(self.path)
        if self.main is not None and main != self.main:
            raise ProjectReplaced(
                f"{self.path}: the project file was replaced or removed by another program; "
                "close it and open it again"
            )
        if self.wal is not None and _file_id(self.wal_path) != self.wal:
            # Our locks were lost (a descriptor of the file was closed elsewhere in the process) and
            # another program removed the journal. Writing on would go into a deleted file.
            log.warning("%s: the journal was removed under the open project; reconnecting", self.path)
            engine.dispose()
            self.wal = None
            self.reconnects += 1


_connections_here: dict[str, int] = {}


def count_connection(path: Path, change: int) -> None:
    """Keep count of this process's open SQLite connections per project file."""
    key = str(path)
    _connections_here[key] = max(0, _connections_here.get(key, 0) + change)


def open_here(path: Path) -> bool:
    """Tell whether this process holds a connection to the project file (so its journal is ours)."""
    return _connections_here.get(str(path), 0) > 0


def watch_of(engine: Engine) -> FileWatch | None:
    """Return the file watch of an SQLite project engine (None for PostgreSQL)."""
    return engine.__dict__.get("thematic_watch")


def attach_watch(engine: Engine, path: Path) -> None:
    """Start watching an SQLite project's files for this engine."""
    engine.__dict__["thematic_watch"] = FileWatch(path)


@contextmanager
def use_case(engine: Engine, *, write: bool = True) -> Iterator[Session]:
    """Run one use case in one transaction; writes take the lock first and wait within the busy timeout."""
    watch = watch_of(engine)
    if watch is not None:
        watch.check(engine)
    try:
        with Session(engine, expire_on_commit=False) as session, session.begin():
            session.connection(execution_options={"thematic_write": write})
            yield session
            if write and watch is not None:
                mark_commit(session)
    except OperationalError as exc:
        if _is_busy(exc):
            raise ProjectBusy(BUSY_MESSAGE) from None
        if is_connection_lost(exc):
            raise ConnectionLost(_lost_message(exc)) from None
        raise
    except DBAPIError as exc:
        if is_connection_lost(exc):
            raise ConnectionLost(_lost_message(exc)) from None
        if getattr(exc.orig, "sqlstate", None) == NOT_PERMITTED:
            first = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else "permission denied"
            raise NotPermitted(f"the database refused the change: {first}") from None
        raise
    if watch is not None:
        if write:
            checkpoint(engine)
        watch.remember()


def is_connection_lost(exc: DBAPIError) -> bool:
    """Tell whether a PostgreSQL error means the server is gone, not that the statement was wrong."""
    if exc.connection_invalidated:
        return True
    orig = exc.orig
    state = getattr(orig, "sqlstate", None)
    if state is None:  # psycopg reports a failed connection attempt without a state
        return type(orig).__module__.startswith("psycopg") and "connection" in str(orig).lower()
    return state.startswith("08") or state in LOST_STATES


def _lost_message(exc: DBAPIError) -> str:
    first = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else type(exc.orig).__name__
    return f"lost the connection to the database server ({first}); this step was not confirmed, so it is not shown as done"


def mark_commit(session: Session) -> None:
    """Chain this commit to the one before it, so a journal from another copy of the file can be recognised."""
    session.execute(
        text(
            "INSERT INTO meta (key, value) VALUES (:key, :first) ON CONFLICT (key) DO UPDATE "
            "SET value = substr(meta.value, instr(meta.value, ' ') + 1) || ' ' || :mark"
        ),
        {"key": CHAIN_KEY, "first": f"{CHAIN_PREFIX}start {new_mark()}", "mark": new_mark()},
    )


CHAIN_KEY = "commit_chain"
CHAIN_PREFIX = "thematic-commit:"


def new_mark() -> str:
    """Return a fresh commit mark: a distinctive prefix (found in raw journal pages) and 32 random hex digits."""
    return CHAIN_PREFIX + os.urandom(16).hex()


def _is_busy(exc: OperationalError) -> bool:
    """Tell whether SQLite gave up waiting for another program's lock."""
    text = str(exc.orig).lower()
    return "database is locked" in text or "database is busy" in text


def checkpoint(engine: Engine) -> None:
    """Copy committed pages into the main file and empty the journal when nobody is reading it."""
    raw = engine.raw_connection()
    try:
        dbapi = raw.driver_connection
        dbapi.execute("PRAGMA busy_timeout=0")
        try:
            busy = dbapi.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if busy:
                dbapi.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            dbapi.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        raw.close()


BUSY_TIMEOUT_MS = 10000
