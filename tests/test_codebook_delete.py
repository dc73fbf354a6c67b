"""Deleting a theme moves its sub-themes up; a move that would duplicate a sibling name is refused."""

from __future__ import annotations

import pytest

from app.project import Project, ProjectError


def test_delete_refuses_when_a_sub_theme_would_meet_a_namesake(project_target):
    """'problems' holds 'other'; deleting 'problems' would put 'other' beside the top-level 'other'."""
    with Project.create(project_target, title="t") as project:
        problems = project.add_theme("problems")
        project.add_theme("other", parent_id=problems.id)
        project.add_theme("other")
        with pytest.raises(ProjectError, match="would move up beside 'other' at the top level"):
            project.delete_theme(problems.id)
        assert sorted(t.name for t in project.themes()) == ["other", "other", "problems"]


def test_delete_moves_sub_themes_up_when_names_differ(project_target):
    """Without a clash the sub-theme joins the deleted theme's parent."""
    with Project.create(project_target, title="t") as project:
        problems = project.add_theme("problems")
        webcam = project.add_theme("webcam", parent_id=problems.id)
        project.delete_theme(problems.id)
        (moved,) = [t for t in project.themes() if t.id == webcam.id]
        assert moved.parent_id is None
