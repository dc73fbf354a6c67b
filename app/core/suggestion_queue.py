"""The review queue of suggested themes and how a coder has judged them."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from app.core.suggestion_reasons import Reason


@dataclass(frozen=True)
class QueuedSuggestion:
    """A suggested theme for an answer, waiting for the coder's verdict.

    `reasons` are the engine's structured reasons (the desktop phrases them in the coder's language);
    `reason` is their English sentences joined, or the sentence a row stored before reasons were data.
    """

    response_id: str
    theme_id: str
    score: float | None
    reason: str | None
    reasons: tuple[Reason, ...] = ()

    def to_dict(self) -> dict:
        """Return the suggestion as JSON-ready fields."""
        return {
            "response_id": self.response_id,
            "theme_id": self.theme_id,
            "score": self.score,
            "reason": self.reason,
            "reasons": [r.to_dict() for r in self.reasons],
        }


@dataclass(frozen=True)
class SuggestionStats:
    """How many codings came from accepted suggestions, and how often suggestions were accepted."""

    codings: int = 0
    from_suggestions: int = 0
    accepted: int = 0
    rejected: int = 0
    pending: int = 0
    acceptance_rate: float | None = None

    def to_dict(self) -> dict:
        """Return the figures as JSON-ready fields."""
        return asdict(self)
