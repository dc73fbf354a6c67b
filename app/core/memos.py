"""A memo: one coder's note on an answer (or on the whole project)."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Memo:
    """One coder's memo, with the coder's name for display."""

    id: str
    response_id: str | None
    coder: str
    text: str
    created_at: str

    def to_dict(self) -> dict:
        """Return the memo as JSON-ready fields."""
        return asdict(self)
