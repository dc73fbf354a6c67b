"""Team mode reads of the project facade: what other coders' programs changed since a window last looked."""

from __future__ import annotations

from app.core.audit_trail import TrailEvent
from app.core.live_changes import FeedCursor, LiveBatch
from app.project.base import ProjectBase
from app.project.outcomes import ConnectionLostError
from app.storage.database import is_sqlite
from app.storage.event_feed import events_after, last_event_id, read_feed, start_cursor
from app.storage.notify import EventListener
from app.storage.transactions import ConnectionLost


class LiveQueries(ProjectBase):
    """Part of the Project facade that lets an open window follow what others change."""

    def last_event_id(self) -> int:
        """Return the newest event's id, where a window starts following the project."""
        with self._session(write=False) as s:
            return last_event_id(s)

    def events_after(self, after_id: int, limit: int = 500) -> list[TrailEvent]:
        """Return the events written after `after_id`, oldest first (by any coder, in any program).

        A coder in blind mode is not shown other coders' work (see `event_feed.events_after`)."""
        with self._session(write=False) as s:
            return events_after(s, after_id, limit, viewer=self._blind_own(s))

    def feed_cursor(self) -> FeedCursor:
        """Return where a window starts following the project: after every event it can see now."""
        with self._session(write=False) as s:
            return start_cursor(s)

    def follow(self, cursor: FeedCursor) -> LiveBatch:
        """Read what was committed after `cursor` (also events that committed late, out of id order).

        A coder in blind mode hears only of their own codings and memos, and of codebook changes."""
        with self._session(write=False) as s:
            return read_feed(s, cursor, viewer=self._blind_own(s))

    def listener(self) -> Listener | None:
        """Return a waiter for commit notices (PostgreSQL), or None where only polling works (SQLite)."""
        return None if is_sqlite(self.url) else Listener(EventListener(self.url))


class Listener:
    """Waits for other programs' commits on a project on a server; its errors are ConnectionLostError."""

    def __init__(self, inner: EventListener) -> None:
        self._inner = inner

    def wait(self, timeout: float) -> bool:
        """Return True when a commit notice arrived within `timeout` seconds."""
        try:
            return self._inner.wait(timeout)
        except ConnectionLost as exc:
            raise ConnectionLostError(f"lost the connection to the database server ({exc})") from None

    def close(self) -> None:
        """Stop listening."""
        self._inner.close()
