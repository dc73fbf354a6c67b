"""Roles (owner, coder, reader) and blind mode, enforced by the facade on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from app.project import Project, ProjectError
from tests.team_setup import ROLES
from tests.team_setup import team as team  # the fixture, shared


def test_each_role_does_only_its_part(team):
    """A coder cannot edit the codebook, a reader cannot code; each refusal is one line naming the role."""
    project, n = team
    price = project.theme("Price").id
    answer = project.responses()[0].id
    with pytest.raises(
        ProjectError, match=f"^only an owner can edit the codebook; {n['bob']} is a coder here$"
    ):
        project.add_theme("Quality", coder=n["bob"])
    with pytest.raises(
        ProjectError, match=f"^only an owner or a coder can code answers; {n['rita']} is a reader"
    ):
        project.assign(answer, price, n["rita"])
    with pytest.raises(ProjectError, match="only an owner can settle the consensus"):
        project.settle(answer, [price], n["bob"])
    with pytest.raises(ProjectError, match="'stranger' has no role in this project.*grant stranger coder"):
        project.assign(answer, price, "stranger")
    project.assign(answer, price, n["bob"])
    project.set_memo(answer, n["bob"], "about money")
    project.add_theme("Quality", coder=n["olga"])
    assert project.coder_codings(n["bob"]) == {answer: frozenset({price})}
    assert [t.name for t in project.themes()] == ["Price", "Speed", "Quality"]


def test_a_call_naming_nobody_needs_a_name_on_a_file(team, tmp_path):
    """With roles set, a file does not know who runs an import that names no coder; the user setting does."""
    project, n = team
    survey = tmp_path / "more.csv"
    survey.write_text("id,answer\nA3,fine\n", encoding="utf-8")
    if "://" not in project.target:
        with pytest.raises(ProjectError, match=r"this project has roles: say who you are"):
            project.import_survey(survey, roles=ROLES)
    project.user = n["carl"]
    with pytest.raises(ProjectError, match="only an owner can import into the project"):
        project.import_survey(survey, roles=ROLES)
    project.user = n["olga"]
    project.import_survey(survey, roles=ROLES)
    assert len(project.responses()) == 3


def test_roles_change_only_by_an_owner_and_never_leave_none(team):
    """A coder cannot hand out roles; the last owner cannot be removed or demoted."""
    project, n = team
    with pytest.raises(
        ProjectError, match=f"only an owner can change roles or blind mode; {n['bob']} is a coder"
    ):
        project.set_role(n["carl"], "owner", by=n["bob"])
    with pytest.raises(ProjectError, match="is the only owner"):
        project.remove_role(n["olga"], by=n["olga"])
    with pytest.raises(ProjectError, match="is the only owner"):
        project.set_role(n["olga"], "coder", by=n["olga"])
    with pytest.raises(ProjectError, match="'boss' is not a role"):
        project.set_role(n["carl"], "boss", by=n["olga"])
    project.remove_role(n["rita"], by=n["olga"])
    assert project.roles() == {n["bob"]: "coder", n["carl"]: "coder", n["olga"]: "owner"}


def test_the_first_role_must_be_an_owner(project_target):
    """Without an owner nobody could manage roles afterwards."""
    with Project.create(project_target, title="t") as project:
        with pytest.raises(ProjectError, match="the first role must be an owner"):
            project.set_role("bob", "coder")
        assert project.roles() == {}


def test_blind_mode_shows_a_coder_only_their_own_codings(team):
    """Blind on: Bob sees his decisions, counts and memos only; agreement is refused; the owner sees all."""
    project, n = team
    price, speed = project.theme("Price").id, project.theme("Speed").id
    a1, a2 = (r.id for r in project.responses())
    project.assign(a1, price, n["bob"])
    project.assign([a1, a2], speed, n["carl"])
    project.set_memo(a1, n["carl"], "carl's note")
    with pytest.raises(ProjectError, match="only an owner can change roles or blind mode"):
        project.set_blind(True, by=n["bob"])
    project.set_blind(True, by=n["olga"])
    assert project.blind_mode()
    project.user = n["bob"]
    assert project.all_decisions() == {n["bob"]: {a1: frozenset({price})}}
    assert [c.coder_id for c in project.codings()] == [project.known_coder_id(n["bob"])]
    assert project.memos() == []
    assert set(project.stats()["coders"]) == {n["bob"]}
    assert project.theme_counts() == {price: 1}
    assert project.other_decisions(n["bob"], project.questions()[0].id) == {}
    with pytest.raises(ProjectError, match="blind mode is on: .* sees only their own codings"):
        project.coder_codings(n["carl"])
    with pytest.raises(ProjectError, match="blind mode is on: only an owner or a reader sees agreement"):
        project.agreement()
    with pytest.raises(ProjectError, match="blind mode is on"):
        project.disagreements()
    for viewer in (n["olga"], n["rita"]):
        project.user = viewer
        assert set(project.all_decisions()) == {n["bob"], n["carl"]}
        assert [m.text for m in project.memos()] == ["carl's note"]
    project.set_blind(False, by=n["olga"])
    project.user = n["bob"]
    assert project.coder_codings(n["carl"]) == {a1: frozenset({speed}), a2: frozenset({speed})}
