"""Deleting or merging a theme records its spans, quick key and suggestions, so undo brings them back."""

from __future__ import annotations

from app.core.models import ColumnRole
from app.project import Project

ROLES = {"id": ColumnRole.RESPONDENT_ID, "answer": ColumnRole.OPEN}


def _project(target, tmp_path) -> Project:
    """A project with one answer coded with a span and a theme with its own quick key."""
    survey = tmp_path / "wave.csv"
    survey.write_text("id,answer\nA1,too expensive and slow\n", encoding="utf-8")
    project = Project.create(target, title="t")
    project.import_survey(survey, roles=ROLES)
    price = project.add_theme("Price", coder="ann")
    project.add_theme("Speed", coder="ann")
    answer = project.responses()[0].id
    project.code_span(answer, price.id, 4, 13, "ann")
    project.set_quick_key(price.id, "P", coder="ann")
    return project


def test_undo_of_a_delete_restores_spans_and_key(project_target, tmp_path):
    """Delete then undo: the coding, its span 4:13 and the key P are all back."""
    with _project(project_target, tmp_path) as project:
        price = project.theme("Price")
        answer = project.responses()[0].id
        project.delete_theme(price.id, coder="ann")
        assert project.spans() == [] and price.id not in project.quick_keys()
        assert project.undo("ann").label == "Undo Delete theme Price"
        assert [(s.response_id, s.theme_id, s.start, s.end) for s in project.spans()] == [
            (answer, price.id, 4, 13)
        ]
        assert project.quick_keys()[price.id] == "P"
        assert project.coder_codings("ann") == {answer: frozenset({price.id})}
        project.redo("ann")
        assert project.spans() == [] and price.id not in project.quick_keys()


def test_merge_moves_spans_to_the_target_and_undo_restores_them(project_target, tmp_path):
    """Merging Price into Speed keeps the span on Speed; undo puts it back on Price with Price's key."""
    with _project(project_target, tmp_path) as project:
        price, speed = project.theme("Price"), project.theme("Speed")
        project.merge_themes(price.id, speed.id, coder="ann")
        assert [(s.theme_id, s.start, s.end) for s in project.spans()] == [(speed.id, 4, 13)]
        project.undo("ann")
        assert [(s.theme_id, s.start, s.end) for s in project.spans()] == [(price.id, 4, 13)]
        assert project.quick_keys()[price.id] == "P"


def test_undo_of_emptying_the_codebook_restores_spans_and_keys(project_target, tmp_path):
    """Empty the codebook then undo: spans and keys come back with the themes."""
    with _project(project_target, tmp_path) as project:
        project.clear_codebook(coder="ann")
        assert project.themes() == []
        project.undo("ann")
        price = project.theme("Price")
        assert [(s.theme_id, s.start) for s in project.spans()] == [(price.id, 4)]
        assert project.quick_keys()[price.id] == "P"
