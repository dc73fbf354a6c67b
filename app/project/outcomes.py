"""What project use cases return or raise, shared by the facade and its parts."""

from __future__ import annotations

from dataclasses import dataclass, field


class ProjectError(Exception):
    """A use case was refused; the message is one line meant for the user."""


class ConnectionLostError(ProjectError):
    """The database server dropped or refused the connection; the step was not confirmed (retry later)."""


@dataclass(frozen=True)
class Changes:
    """What one use case changed, so each view refreshes only what it shows."""

    label: str
    response_ids: frozenset[str] = frozenset()
    codebook: bool = False
    survey: bool = False
    coders: bool = False
    affected: int = 0
    detail: dict = field(default_factory=dict)


class StaleTheme(ProjectError):
    """A theme edit was based on a view of the theme that another coder has changed since; reload and retry."""
