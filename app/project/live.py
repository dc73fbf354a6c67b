"""Team mode reads of the project facade: the events other coders' programs wrote since a given one."""

from __future__ import annotations

from app.core.audit_trail import TrailEvent
from app.project.base import ProjectBase
from app.storage.event_feed import events_after, last_event_id


class LiveQueries(ProjectBase):
    """Part of the Project facade that lets an open window follow what others change."""

    def last_event_id(self) -> int:
        """Return the newest event's id, where a window starts following the project."""
        with self._session() as s:
            return last_event_id(s)

    def events_after(self, after_id: int, limit: int = 500) -> list[TrailEvent]:
        """Return the events written after `after_id`, oldest first (by any coder, in any program)."""
        with self._session() as s:
            return events_after(s, after_id, limit)
