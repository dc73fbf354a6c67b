"""Migration 0005 (theme codes, several answers per respondent and question) on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from app.project import Project
from app.storage import database


def test_upgrade_from_0001_keeps_answers_and_allows_repeated_answers(project_target):
    """A project at revision 0001 upgrades: answers get part 1, themes a code column, and parts may repeat."""
    url = database.project_url(project_target)
    engine = database.connect(url)
    with engine.begin() as connection:
        command.upgrade(database._alembic_config(connection), "0001")
        if database.is_sqlite(url):
            connection.exec_driver_sql(f"PRAGMA application_id={database.APPLICATION_ID}")
        connection.execute(text("INSERT INTO questions (id, key, text, position) VALUES ('q', 'Q', 'Q', 1)"))
        connection.execute(
            text("INSERT INTO respondents (id, external_id, seq, attributes) VALUES ('r', 'R1', 1, '{}')")
        )
        connection.execute(
            text(
                "INSERT INTO responses (id, respondent_id, question_id, text, seq) VALUES ('a', 'r', 'q', 'old', 1)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO themes (id, name, color, definition, inclusion, exclusion, examples, keywords,"
                " position) VALUES ('t', 'trust', '#4e79a7', '', '', '', '[]', '{}', 1)"
            )
        )
    engine.dispose()
    with Project.open(project_target, upgrade=True) as project:
        assert [r.text for r in project.responses()] == ["old"]
        assert project.themes()[0].code == ""
        with project.engine.begin() as connection:
            assert connection.execute(text("SELECT part FROM responses")).scalar() == 1
            connection.execute(
                text(
                    "INSERT INTO responses (id, respondent_id, question_id, text, seq, part)"
                    " VALUES ('b', 'r', 'q', 'second', 2, 2)"
                )
            )
        assert [r.text for r in project.responses()] == ["old", "second"]
