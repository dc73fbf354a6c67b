"""Project use cases on SQLite and PostgreSQL: coding, none-applies, undo/redo, theme edits, reopening."""

from __future__ import annotations

import pytest

from app.core.models import Codebook, Origin, Theme
from app.project import Project, ProjectError
from app.storage.survey_store import WaveRows, insert_wave


def _codebook() -> Codebook:
    """A small two-level codebook."""
    return Codebook(
        name="test",
        themes=(
            Theme(id="t-aw", name="awareness", position=1),
            Theme(id="t-us", name="usability", position=2),
            Theme(id="t-tr", name="transparency", position=3),
            Theme(id="t-tr-data", name="open data", parent_id="t-tr", position=1),
        ),
    )


@pytest.fixture
def project(project_target):
    """A project with the small codebook and five answers to one question."""
    p = Project.create(project_target, title="Test study", codebook=_codebook())
    with p._session() as s:
        insert_wave(
            s,
            WaveRows(
                file_name="wave1.csv",
                checksum="abc",
                questions=[("Q9", "What recommendations can you provide?")],
                respondents=[(f"r{i}", {"age": "18-24"}) for i in range(5)],
                answers=[
                    (f"r{i}", "Q9", text)
                    for i, text in enumerate(
                        ["More advertising", "Simpler site", "Нужно больше рекламы", "Жарнама керек", "no"]
                    )
                ],
                blank_answers=1,
            ),
        )
    yield p
    p.close()


def test_toggle_assigns_then_removes(project):
    """Toggling a theme twice leaves the answer uncoded again."""
    r = project.responses()[0]
    project.toggle(r.id, "t-aw", "ann")
    assert project.coder_codings("ann") == {r.id: frozenset({"t-aw"})}
    project.toggle(r.id, "t-aw", "ann")
    assert project.coder_codings("ann") == {}


def test_none_applies_differs_from_uncoded(project):
    """'No theme applies' is a decision with an empty theme set; coding a theme replaces it."""
    r1, r2 = project.responses()[:2]
    project.mark_none(r1.id, "ann")
    assert project.coder_codings("ann") == {r1.id: frozenset()}
    project.assign(r1.id, "t-us", "ann")
    assert project.coder_codings("ann") == {r1.id: frozenset({"t-us"})}
    assert r2.id not in project.coder_codings("ann")


def test_coders_are_independent(project):
    """One coder's codings never change another's."""
    r = project.responses()[0]
    project.assign(r.id, "t-aw", "ann")
    project.assign(r.id, "t-us", "ben")
    project.undo("ben")
    assert project.coder_codings("ann") == {r.id: frozenset({"t-aw"})}
    assert project.coder_codings("ben") == {}


def test_bulk_assign_is_one_undo_step(project):
    """Coding five answers at once is undone in one step and redone in one step."""
    ids = [r.id for r in project.responses()]
    changes = project.assign(ids, "t-aw", "ann", origin=Origin.SUGGESTION)
    assert changes.affected == 5
    assert project.undo_label("ann") == "Code 5 answers as awareness"
    project.undo("ann")
    assert project.coder_codings("ann") == {}
    project.redo("ann")
    assert set(project.coder_codings("ann")) == set(ids)
    assert {c.origin for c in project.codings("ann")} == {Origin.SUGGESTION}


def test_undo_redo_sequence_and_new_action_clears_redo(project):
    """Undo walks back action by action; a new action after undo discards the redo stack."""
    ids = [r.id for r in project.responses()]
    for rid in ids:
        project.toggle(rid, "t-us", "ann")
    for _ in range(3):
        project.undo("ann")
    assert set(project.coder_codings("ann")) == set(ids[:2])
    project.redo("ann")
    assert set(project.coder_codings("ann")) == set(ids[:3])
    project.toggle(ids[4], "t-aw", "ann")
    assert project.redo("ann") is None
    assert project.coder_codings("ann")[ids[4]] == frozenset({"t-aw"})


def test_undo_of_none_restores_themes(project):
    """Marking 'none applies' removes themes; undo brings them back."""
    r = project.responses()[0]
    project.assign(r.id, "t-aw", "ann")
    project.assign(r.id, "t-us", "ann")
    project.mark_none(r.id, "ann")
    project.undo("ann")
    assert project.coder_codings("ann") == {r.id: frozenset({"t-aw", "t-us"})}


def test_merge_theme_moves_codings_and_reports_count(project):
    """Merging usability into awareness moves its codings without duplicates; undo restores both."""
    r1, r2 = project.responses()[:2]
    project.assign([r1.id, r2.id], "t-us", "ann")
    project.assign(r1.id, "t-aw", "ann")
    assert project.theme_usage("t-us") == 2
    changes = project.merge_themes("t-us", "t-aw", coder="ann")
    assert changes.affected == 2
    assert [t.name for t in project.themes()] == ["awareness", "transparency", "open data"]
    assert project.coder_codings("ann") == {r1.id: frozenset({"t-aw"}), r2.id: frozenset({"t-aw"})}
    project.undo("ann")
    assert project.coder_codings("ann") == {r1.id: frozenset({"t-aw", "t-us"}), r2.id: frozenset({"t-us"})}
    assert "usability" in [t.name for t in project.themes()]


def test_delete_theme_lifts_children_and_undo(project):
    """Deleting a parent theme removes its codings, lifts its children, and undo restores everything."""
    r = project.responses()[0]
    project.assign(r.id, "t-tr", "ann")
    changes = project.delete_theme("t-tr", coder="ann")
    assert changes.affected == 1
    assert project.theme("open data").parent_id is None
    assert project.coder_codings("ann") == {}
    project.undo("ann")
    assert project.theme("open data").parent_id == "t-tr"
    assert project.coder_codings("ann") == {r.id: frozenset({"t-tr"})}


def test_rename_and_move_theme(project):
    """Renames keep codings; moves refuse cycles and reorder siblings."""
    project.rename_theme("t-aw", "Awareness raising", coder="ann")
    assert project.theme("awareness raising").id == "t-aw"
    project.move_theme("t-aw", "t-tr", coder="ann")
    assert project.theme("t-aw").parent_id == "t-tr"
    with pytest.raises(ProjectError, match="under itself"):
        project.move_theme("t-tr", "t-aw", coder="ann")
    with pytest.raises(ProjectError, match="already exists"):
        project.rename_theme("t-us", "transparency")


def test_codings_survive_reopen(project, project_target):
    """Everything is stored at once: a reopened project has the same codings."""
    r = project.responses()[2]
    project.toggle(r.id, "t-aw", "ann")
    project.close()
    again = Project.open(project_target)
    assert again.coder_codings("ann") == {r.id: frozenset({"t-aw"})}
    assert again.responses()[2].text == "Нужно больше рекламы"
    assert again.title == "Test study"
    again.close()


def test_unknown_ids_are_refused(project):
    """Coding an unknown response or theme is refused with a clear message and stores nothing."""
    with pytest.raises(ProjectError, match="no response"):
        project.assign("nope", "t-aw", "ann")
    with pytest.raises(ProjectError, match="no theme"):
        project.assign(project.responses()[0].id, "nope", "ann")
    assert project.codings() == []


def test_undo_that_would_break_another_coders_work_is_refused_and_skipped(project):
    """Undoing a theme another coder has used is refused in one line; the history goes on past it."""
    r = project.responses()[0]
    project.assign(r.id, "t-us", "ann")
    theme = project.add_theme("privacy", coder="ann")
    project.assign(r.id, theme.id, "ben")
    with pytest.raises(ProjectError, match="cannot undo “Add theme privacy”"):
        project.undo("ann")
    assert project.coder_codings("ben") == {r.id: frozenset({theme.id})}
    project.undo("ann")  # the step before is still undoable
    assert project.coder_codings("ann") == {}


def test_undo_and_redo_refuse_rows_changed_by_others(project):
    """Undo and redo never resurrect or clobber what another coder changed since."""
    r = project.responses()[0]
    project.assign(r.id, "t-us", "ann")
    project.delete_theme("t-us", coder="ben")
    with pytest.raises(ProjectError, match="changed since"):
        project.undo("ann")
    project.undo("ben")  # the theme and ann's coding come back with ben's undo
    assert project.coder_codings("ann") == {r.id: frozenset({"t-us"})}
    project.assign(r.id, "t-aw", "ann")
    project.undo("ann")
    project.delete_theme("t-aw", coder="ben")
    with pytest.raises(ProjectError, match="cannot redo"):
        project.redo("ann")


def test_asking_about_unknown_coders_writes_nothing(project):
    """Undo, redo and their labels for an unknown coder add no coder (it would skew agreement)."""
    assert project.undo("nobody") is None and project.redo_label("nobody") is None
    assert project.coders() == []
