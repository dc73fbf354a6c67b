"""The project facade: open or create a project and run its use cases, one transaction each."""

from app.project.facade import Project
from app.project.outcomes import Changes, ProjectError

__all__ = ["Changes", "Project", "ProjectError"]
