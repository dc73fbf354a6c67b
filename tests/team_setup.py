"""The team the role tests share: an owner, two coders and a reader, on a file or with database logins.

Test modules import the fixtures they use from here (`from tests.team_setup import team as team`).
PostgreSQL roles are server-wide, so every team gets unique names and its roles are dropped after.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from pathlib import Path

import psycopg
import pytest

from app.core.models import ColumnRole
from app.project import Project

ROLES = {"id": ColumnRole.RESPONDENT_ID, "answer": ColumnRole.OPEN}
ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
PEOPLE = (("bob", "coder"), ("carl", "coder"), ("rita", "reader"))


def team_names() -> dict[str, str]:
    """Return olga (owner), bob and carl (coders) and rita (reader) with a unique suffix."""
    tag = uuid.uuid4().hex[:6]
    return {k: f"{k}_{tag}" for k in ("olga", "bob", "carl", "rita")}


def build_team(project: Project, folder: Path, names: dict[str, str], login: bool) -> None:
    """Import two answers, add the themes Price and Speed, give everyone their role (logins on a server)."""
    survey = folder / "wave.csv"
    survey.write_text("id,answer\nA1,too expensive\nA2,slow delivery\n", encoding="utf-8")
    project.import_survey(survey, roles=ROLES)
    project.add_theme("Price")
    project.add_theme("Speed")
    project.set_role(names["olga"], "owner", login=login)
    for key, role in PEOPLE:
        project.set_role(names[key], role, by=names["olga"], login=login)


def drop_team(url: str, logins: Iterable[str]) -> None:
    """Drop the team's database, then its login and group roles (they outlive a database)."""
    database = url.rsplit("/", 1)[1]
    with psycopg.connect(ADMIN, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        for role in [*logins, *(f"{database}_{r}" for r in ("owner", "coder", "reader"))]:
            admin.execute(f'DROP ROLE IF EXISTS "{role}"')


def login_urls(url: str, names: dict[str, str]) -> dict[str, str]:
    """Return each person's URL of the project's database, signed in as themselves."""
    database = url.rsplit("/", 1)[1]
    return {k: f"postgresql://{name}@127.0.0.1:5432/{database}" for k, name in names.items()}


def sql(url: str, statement: str, params: tuple = ()) -> list[tuple]:
    """Run one statement as the URL's database user, straight past the application."""
    with psycopg.connect(url, autocommit=True) as con:
        cur = con.execute(statement, params)
        return cur.fetchall() if cur.description else [(cur.rowcount,)]


@pytest.fixture
def team(project_target, tmp_path):
    """The team's project on a file or on the server (with logins), opened by the administrator."""
    names = team_names()
    login = "://" in project_target
    project = Project.create(project_target, title="Team")
    build_team(project, tmp_path, names, login)
    yield project, names
    project.close()
    if login:
        drop_team(project_target, names.values())


@pytest.fixture
def server_team(pg_url, tmp_path):
    """The team on PostgreSQL, closed again: (administrator's URL, names, each person's own URL)."""
    names = team_names()
    with Project.create(pg_url, title="Team") as admin:
        build_team(admin, tmp_path, names, login=True)
    yield pg_url, names, login_urls(pg_url, names)
    drop_team(pg_url, names.values())
