"""The project facade: open or create a project and run its use cases, one transaction each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.project.outcomes import Changes, ProjectError

if TYPE_CHECKING:
    from app.project.facade import Project

__all__ = ["Changes", "Project", "ProjectError"]


def __getattr__(name: str):
    """Import the facade (SQLAlchemy, Alembic, numpy) on first use, so `thematic --help` starts fast."""
    if name == "Project":
        from app.project.facade import Project

        return Project
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
