"""Optimistic checks: a theme edit based on a view another program changed since is refused, naming who."""

from __future__ import annotations

import pytest

from app.core.models import ColumnRole
from app.project import Project
from app.project.outcomes import StaleTheme

ROLES = {"id": ColumnRole.RESPONDENT_ID, "answer": ColumnRole.OPEN}


@pytest.fixture
def two_programs(project_target, tmp_path):
    """Two programs on one project: the owner's and a second owner's."""
    survey = tmp_path / "wave.csv"
    survey.write_text("id,answer\nA1,too expensive\nA2,slow delivery\n", encoding="utf-8")
    ann = Project.create(project_target, title="Team")
    ann.import_survey(survey, roles=ROLES)
    ann.add_theme("Price", coder="ann")
    ann.add_theme("Cost", coder="ann")
    bob = Project.open(project_target)
    yield ann, bob
    ann.close()
    bob.close()


def test_each_edit_moves_the_version_on_and_names_who_made_it(two_programs):
    """A new theme is version 1; a rename makes it 2 with the coder and a time."""
    ann, bob = two_programs
    price = ann.theme("Price")
    assert price.version == 1
    bob.rename_theme(price.id, "Prices", coder="bob", version=1)
    renamed = ann.theme(price.id)
    assert (renamed.version, renamed.changed_by) == (2, "bob")
    assert renamed.changed_at.startswith("20")
    bob.update_theme(price.id, coder="bob", version=2, name="Prices")  # nothing changed: no new version
    assert ann.theme(price.id).version == 2


def test_stale_rename_is_refused_naming_the_other_coder(two_programs):
    """Ann saw version 1; Bob renamed since; Ann's rename is refused and Bob's name stays."""
    ann, bob = two_programs
    seen = ann.theme("Price")
    bob.rename_theme(seen.id, "Money", coder="bob", version=seen.version)
    with pytest.raises(
        StaleTheme, match=r"theme 'Money' was changed by bob at 20\d\d-\d\d-\d\d \d\d:\d\d:\d\d UTC"
    ):
        ann.rename_theme(seen.id, "Pricing", coder="ann", version=seen.version)
    assert ann.theme(seen.id).name == "Money"
    fresh = ann.theme(seen.id)  # after a refresh the edit goes through
    ann.rename_theme(seen.id, "Pricing", coder="ann", version=fresh.version)
    assert bob.theme(seen.id).name == "Pricing"


@pytest.mark.parametrize(
    "edit",
    [
        lambda p, t, v: p.update_theme(t.id, coder="ann", version=v, definition="what it costs"),
        lambda p, t, v: p.update_theme(t.id, coder="ann", version=v, color="#ff0000"),
        lambda p, t, v: p.move_theme(t.id, p.theme("Cost").id, coder="ann", version=v),
        lambda p, t, v: p.delete_theme(t.id, coder="ann", version=v),
        lambda p, t, v: p.merge_themes(t.id, p.theme("Cost").id, coder="ann", version=v),
    ],
    ids=["definition", "colour", "move", "delete", "merge"],
)
def test_every_theme_edit_refuses_a_stale_version(two_programs, edit):
    """Definition, colour, move, delete and merge all check the version the caller saw."""
    ann, bob = two_programs
    seen = ann.theme("Price")
    bob.update_theme(seen.id, coder="bob", version=seen.version, definition="bob's words")
    with pytest.raises(StaleTheme, match="was changed by bob"):
        edit(ann, seen, seen.version)
    after = ann.theme(seen.id)
    assert (after.definition, after.parent_id, after.version) == ("bob's words", None, 2)
    edit(ann, seen, after.version)  # the same edit on the fresh version succeeds


def test_merge_checks_the_target_version_too(two_programs):
    """A merge into a theme someone changed since is refused; the source stays."""
    ann, bob = two_programs
    price, cost = ann.theme("Price"), ann.theme("Cost")
    bob.rename_theme(cost.id, "Costs", coder="bob", version=cost.version)
    with pytest.raises(StaleTheme, match="theme 'Costs' was changed by bob"):
        ann.merge_themes(price.id, cost.id, coder="ann", version=price.version, target_version=cost.version)
    assert {t.name for t in ann.themes()} == {"Price", "Costs"}


def test_edit_of_a_theme_deleted_since_names_who_deleted_it(two_programs):
    """Bob deleted the theme Ann still shows; her rename says so instead of 'no theme with id'."""
    ann, bob = two_programs
    seen = ann.theme("Price")
    bob.delete_theme(seen.id, coder="bob", version=seen.version)
    with pytest.raises(StaleTheme, match=r"the theme was deleted by bob at 20\d\d-.* UTC since you saw it"):
        ann.rename_theme(seen.id, "Pricing", coder="ann", version=seen.version)


def test_without_a_version_the_edit_is_not_checked(two_programs):
    """Callers that pass no version (scripts, the CLI) edit the current theme."""
    ann, bob = two_programs
    price = ann.theme("Price")
    bob.rename_theme(price.id, "Money", coder="bob")
    ann.rename_theme(price.id, "Pricing", coder="ann")
    assert bob.theme(price.id).name == "Pricing"


def test_undo_of_an_edit_restores_the_version_it_replaced(two_programs):
    """Undo puts the theme back as it was, version included, so a view of that state is current again."""
    ann, bob = two_programs
    seen = ann.theme("Price")
    bob.rename_theme(seen.id, "Money", coder="bob", version=seen.version)
    bob.undo("bob")
    assert ann.theme(seen.id).version == seen.version
    ann.rename_theme(seen.id, "Pricing", coder="ann", version=seen.version)
    assert bob.theme(seen.id).name == "Pricing"


def test_a_theme_just_added_carries_its_stored_version(two_programs):
    """The theme add_theme returns can be edited with its own version straight away."""
    ann, _bob = two_programs
    theme = ann.add_theme("Quality", coder="ann")
    assert theme.version == ann.theme(theme.id).version == 1
    ann.rename_theme(theme.id, "Qualities", coder="ann", version=theme.version)
