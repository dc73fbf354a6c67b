"""One step of the audit trail, as listed by `thematic history` and shown in the desktop."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TrailEvent:
    """Who did what and when; `undone` says whether the step is currently reverted."""

    id: int
    coder: str
    action: str
    label: str
    at: str
    undone: bool
    detail: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """Return the event as JSON-ready fields (the shape `thematic history --json` prints)."""
        return {
            "id": self.id,
            "coder": self.coder,
            "action": self.action,
            "label": self.label,
            "at": self.at,
            "undone": self.undone,
            "detail": self.detail,
        }
