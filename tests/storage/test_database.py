"""Opening project databases: settings, refusing foreign and newer files, backing up and upgrading older ones."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from app.project import Project, ProjectError
from app.storage import database
from app.storage.database import APPLICATION_ID, MIGRATIONS_DIR, SCHEMA_REVISION, open_engine

NEXT_REVISION = '''"""add a column (test)"""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meta") as batch:
        batch.add_column(sa.Column("note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meta") as batch:
        batch.drop_column("note")
'''


def test_schema_revision_constant_is_the_migration_head():
    """The revision new projects are stamped with is the newest migration."""
    assert ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() == SCHEMA_REVISION


def test_sqlite_file_settings(tmp_path):
    """A new project file has Thematic's application id, WAL journaling and enforced foreign keys."""
    path = tmp_path / "p.thematic"
    Project.create(path).close()
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    engine = open_engine(path)
    with engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_foreign_sqlite_file_is_refused(tmp_path):
    """Another application's database is not opened, and not changed."""
    path = tmp_path / "other.thematic"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE notes (x)")
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="not a Thematic project"):
        Project.open(path)
    assert path.read_bytes() == before


def test_newer_schema_is_refused(project_target):
    """A project written by a newer Thematic is refused with a clear message (SQLite and PostgreSQL)."""
    Project.create(project_target).close()
    engine = database.connect(database.project_url(project_target))
    with engine.begin() as con:
        con.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    engine.dispose()
    with pytest.raises(ProjectError, match="newer version of Thematic"):
        Project.open(project_target)


def install_next_version(tmp_path, monkeypatch) -> None:
    """Pretend a later Thematic with one more migration is installed."""
    migrations = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, migrations)
    (migrations / "versions" / "9001_test_column.py").write_text(NEXT_REVISION.format(head=SCHEMA_REVISION))
    monkeypatch.setattr(database, "MIGRATIONS_DIR", migrations)
    monkeypatch.setattr(database, "SCHEMA_REVISION", "9001")


def test_older_sqlite_file_is_backed_up_then_upgraded(tmp_path, monkeypatch):
    """Opening an older file keeps a backup copy at the old revision and upgrades the file, data intact."""
    path = tmp_path / "old.thematic"
    Project.create(path, title="Old study").close()
    install_next_version(tmp_path, monkeypatch)
    project = Project.open(path)
    assert project.title == "Old study"
    with project.engine.connect() as con:
        assert "note" in {c["name"] for c in inspect(con).get_columns("meta")}
    project.close()
    backups = list(tmp_path.glob(f"old.thematic.{SCHEMA_REVISION}-*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_REVISION


@pytest.mark.postgres
def test_older_postgres_database_needs_explicit_upgrade(pg_url, monkeypatch, tmp_path):
    """A shared PostgreSQL project is upgraded only by `thematic upgrade`, never silently."""
    Project.create(pg_url, title="Lab").close()
    install_next_version(tmp_path, monkeypatch)
    with pytest.raises(ProjectError, match="thematic upgrade"):
        Project.open(pg_url)
    with Project.open(pg_url, upgrade=True) as project:
        assert project.title == "Lab"
    Project.open(pg_url).close()
