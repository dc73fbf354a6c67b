"""Team mode: undo in one program never undoes what another coder did in another program."""

from __future__ import annotations

import pytest

from app.core.models import ColumnRole
from app.project import Project, ProjectError

ROLES = {"id": ColumnRole.RESPONDENT_ID, "age": ColumnRole.ATTRIBUTE, "answer": ColumnRole.OPEN}


@pytest.fixture
def two_programs(project_target, tmp_path):
    """Two connections to one project: Ann's program and Bob's."""
    survey = tmp_path / "wave.csv"
    survey.write_text("id,age,answer\nA1,18,too expensive\nA2,30,slow delivery\n", encoding="utf-8")
    ann = Project.create(project_target, title="Team")
    ann.import_survey(survey, roles=ROLES)
    ann.add_theme("Price", coder="owner")
    return ann, Project.open(project_target)


def test_undo_reverts_only_the_coders_own_coding(two_programs):
    """Ann and Bob code one answer; Ann's undo removes her coding and leaves Bob's."""
    ann, bob = two_programs
    price = ann.theme("Price").id
    answer = ann.responses()[0].id
    ann.assign(answer, price, "ann")
    bob.assign(answer, price, "bob")
    bob.mark_none(bob.responses()[1].id, "bob")
    assert ann.undo("ann").label == "Undo Code as Price"
    assert ann.coder_codings("ann") == {}
    assert bob.coder_codings("bob") == {answer: frozenset({price}), bob.responses()[1].id: frozenset()}
    assert ann.undo("ann") is None  # Bob's steps are not Ann's to undo


def test_undo_of_a_rename_another_coder_changed_since_is_refused(two_programs):
    """Ann renames a theme, Bob renames it again; Ann's undo refuses and Bob's name stays."""
    ann, bob = two_programs
    price = ann.theme("Price").id
    ann.rename_theme(price, "Cost", coder="ann")
    bob.rename_theme(price, "Costs", coder="bob")
    with pytest.raises(ProjectError, match="cannot undo"):
        ann.undo("ann")
    assert [t.name for t in bob.themes()] == ["Costs"]
    assert bob.undo("bob").label == "Undo Rename Cost to Costs"
    assert [t.name for t in ann.themes()] == ["Cost"]
