"""Migration 0006: theme versions, team roles, and sibling names unique ignoring case."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.project import Project
from app.storage import database

INSERT_THEME = (
    "INSERT INTO themes (id, parent_id, name, color, definition, inclusion, exclusion, examples, keywords,"
    " position) VALUES (:id, :parent, :name, '#4e79a7', '', '', '', '[]', '{}', :pos)"
)


def test_upgrade_numbers_siblings_that_differ_only_in_case(project_target):
    """'Trust' and 'trust' (written by another tool) become 'Trust' and 'trust (2)'; cousins keep theirs."""
    url = database.project_url(project_target)
    engine = database.connect(url)
    with engine.begin() as connection:
        command.upgrade(database._alembic_config(connection), "0005")
        if database.is_sqlite(url):
            connection.exec_driver_sql(f"PRAGMA application_id={database.APPLICATION_ID}")
        for theme_id, parent, name, pos in [
            ("a", None, "Trust", 1),
            ("b", None, "trust", 2),
            ("c", None, "trust (2)", 3),
            ("d", "a", "trust", 1),
        ]:
            connection.execute(
                text(INSERT_THEME), {"id": theme_id, "parent": parent, "name": name, "pos": pos}
            )
    engine.dispose()
    with Project.open(project_target, upgrade=True) as project:
        names = {t.id: t.name for t in project.themes()}
        assert names == {"a": "Trust", "b": "trust (3)", "c": "trust (2)", "d": "trust"}
        assert {t.version for t in project.themes()} == {1}
        with pytest.raises(IntegrityError), project.engine.begin() as connection:
            connection.execute(text(INSERT_THEME), {"id": "e", "parent": None, "name": "TRUST", "pos": 9})


def test_the_index_refuses_a_case_variant_written_past_the_application(project_target):
    """Even a write that skips the application's check cannot add 'PRICE' beside 'Price'."""
    with Project.create(project_target, title="t") as project:
        project.add_theme("Price")
        with pytest.raises(IntegrityError), project.engine.begin() as connection:
            connection.execute(text(INSERT_THEME), {"id": "x", "parent": None, "name": "PRICE", "pos": 2})
        project.add_theme("Price", parent_id=project.theme("Price").id)  # a child may share the name
