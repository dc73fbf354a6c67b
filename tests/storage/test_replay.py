"""Undo and redo replay whole steps, in chunks, and never build a state nobody could make by hand."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from app.project import Project, ProjectError
from app.storage.schema import CodingRow, NoneAppliesRow, ThemeRow
from tests.storage.study import make_study


@pytest.fixture
def study(project_target):
    make_study(project_target, answers=1300)
    with Project.open(project_target) as project:
        yield project


def test_big_step_undo_and_redo_round_trip(study):
    """A bulk step over more answers than one chunk is undone and redone exactly."""
    ids = [r.id for r in study.responses()]
    study.mark_none(ids[:700], "ana")
    study.assign(ids, "t-trust", "ana")  # replaces 700 "no theme applies" and codes 1,300 answers
    assert study.undo("ana").label.startswith("Undo Code 1300")
    decided = study.coder_codings("ana")
    assert len(decided) == 700 and all(themes == frozenset() for themes in decided.values())
    study.redo("ana")
    decided = study.coder_codings("ana")
    assert len(decided) == 1300 and all(themes == {"t-trust"} for themes in decided.values())


def test_undo_refuses_a_decision_changed_since(study):
    """A deletes a theme (taking B's coding), B marks the answer "no theme applies", A undoes: refused."""
    rid = study.responses()[0].id
    study.toggle(rid, "t-usability", "ben")
    study.delete_theme("t-usability", coder="ana")
    study.mark_none(rid, "ben")
    with pytest.raises(ProjectError, match="cannot undo"):
        study.undo("ana")
    assert study.coder_codings("ben") == {rid: frozenset()}
    assert "usability" not in {t.name for t in study.themes()}
    assert study.undo_label("ana") is None  # the refused step is skipped, the menu shows the truth


def test_schema_refuses_themes_beside_none_applies(study):
    """The database itself keeps a decision either themes or "no theme applies" (both databases)."""
    rid = study.responses()[0].id
    coder = study.coder_id("ana")
    study.mark_none(rid, "ana")
    with pytest.raises(IntegrityError), study._session() as s:
        s.add(CodingRow(response_id=rid, theme_id="t-trust", coder_id=coder, origin="manual"))
    study.toggle(rid, "t-trust", "ana")
    with pytest.raises(IntegrityError), study._session() as s:
        s.add(NoneAppliesRow(response_id=rid, coder_id=coder))


def test_schema_refuses_sibling_themes_with_one_name(study):
    """Two root themes (or two children of one parent) cannot share a name."""
    with pytest.raises(IntegrityError), study._session() as s:
        s.add(ThemeRow(id="t-dup", parent_id=None, name="trust"))
    with study._session() as s:
        s.add(ThemeRow(id="t-child", parent_id="t-usability", name="trust"))  # a different parent is fine
