"""Undo, redo and the audit trail of the project facade."""

from __future__ import annotations

from app.core.audit_trail import TrailEvent
from app.project.base import ProjectBase
from app.project.outcomes import Changes, ProjectError
from app.storage.changes import ReplayConflict, last_undoable, next_redoable
from app.storage.events import log_step, mark_not_undoable, recent_events, replay_event, stored_event


class HistoryUseCases(ProjectBase):
    """Each coder's own undo and redo over the audit trail, and reading that trail."""

    def undo_label(self, coder: str) -> str | None:
        """Return the label of the action Undo would revert, or None."""
        coder_id = self.known_coder_id(coder)
        if coder_id is None:
            return None
        with self._session(write=False) as s:
            event = last_undoable(s, coder_id)
            return event.label if event else None

    def redo_label(self, coder: str) -> str | None:
        """Return the label of the action Redo would repeat, or None."""
        coder_id = self.known_coder_id(coder)
        if coder_id is None:
            return None
        with self._session(write=False) as s:
            event = next_redoable(s, coder_id)
            return event.label if event else None

    def step_size(self, coder: str, *, undo: bool = True) -> int:
        """Return how many row changes the next undo (or redo) replays, so a window can run big ones aside."""
        coder_id = self.known_coder_id(coder)
        if coder_id is None:
            return 0
        with self._session(write=False) as s:
            event = last_undoable(s, coder_id) if undo else next_redoable(s, coder_id)
            return event.changes.count('"t":') if event else 0

    def undo(self, coder: str) -> Changes | None:
        """Revert this coder's last action; None when there is nothing to undo."""
        return self._replay(coder, undo=True)

    def redo(self, coder: str) -> Changes | None:
        """Repeat this coder's last undone action; None when there is nothing to redo."""
        return self._replay(coder, undo=False)

    def _replay(self, coder: str, *, undo: bool) -> Changes | None:
        """Apply an event's recorded row states backwards or forwards, refusing when others changed them since."""
        coder_id = self.known_coder_id(coder)
        if coder_id is None:
            return None
        verb = "undo" if undo else "redo"
        refused: str | None = None
        with self._session() as s:  # reading the step and replaying it is one transaction
            event = stored_event(last_undoable(s, coder_id) if undo else next_redoable(s, coder_id))
            if event is None:
                return None
            try:
                with s.begin_nested():
                    replay_event(s, event, undo=undo)
            except ReplayConflict as exc:
                mark_not_undoable(s, event.id)  # step past it, so the rest of the history stays usable
                refused = str(exc)
            else:  # the trail says who replayed what, and windows following the project see it
                log_step(s, coder_id, verb, ("Undo " if undo else "Redo ") + event.label, {"event": event.id})
        if refused is not None:
            raise ProjectError(
                f"cannot {verb} “{event.label}”: {refused}; it is skipped, "
                f"the next {verb} goes on from the step before"
            )
        responses = {
            c["b"]["response_id"] if c["b"] else c["a"]["response_id"]
            for c in event.changes
            if c["t"] in ("codings", "none_applies", "coding_spans")
        }
        codebook = any(c["t"] in ("themes", "theme_keys") for c in event.changes)
        return Changes(
            label=("Undo " if undo else "Redo ") + event.label,
            response_ids=frozenset(responses),
            codebook=codebook,
        )

    def history(self, limit: int = 50) -> list[TrailEvent]:
        """Return the newest events of the audit trail."""
        with self._session(write=False) as s:
            return recent_events(s, limit)
