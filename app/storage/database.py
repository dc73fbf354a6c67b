"""Open, create and upgrade project databases (SQLite files or PostgreSQL URLs) safely."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SCHEMA_REVISION = "0005"
APPLICATION_ID = 0x54484D41  # "THMA": lets `file` and Thematic recognise a project file


class StorageError(Exception):
    """A project database cannot be opened or written; the message is meant for the user."""


def project_url(target: str | Path) -> str:
    """Turn a file path or a database URL into an SQLAlchemy URL."""
    target = str(target)
    if "://" not in target:
        return "sqlite:///" + str(Path(target).expanduser().resolve())
    if target.startswith("postgresql://") or target.startswith("postgres://"):
        return "postgresql+psycopg://" + target.split("://", 1)[1]
    if not target.startswith(("sqlite:", "postgresql+psycopg://")):
        raise StorageError(
            f"{target.split('://')[0]}://…: unsupported database; use a .thematic file or a postgresql:// URL"
        )
    return target


def is_sqlite(url: str) -> bool:
    """Tell whether a URL points at an SQLite file."""
    return url.startswith("sqlite")


def sqlite_path(url: str) -> Path | None:
    """Return the file of an SQLite URL, or None for in-memory or other databases."""
    database = make_url(url).database
    return Path(database) if database and database != ":memory:" else None


def connect(url: str) -> Engine:
    """Create an engine with the settings every project connection needs."""
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _configure_sqlite(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # let SQLAlchemy's BEGIN below control transactions
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA cache_size=-32768")  # 32 MiB: imports update several indexes at once
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _check_sqlite_file(path: Path) -> None:
    """Refuse files that are not SQLite databases or belong to another application."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{path}: not a Thematic project ({exc})") from None
    if app_id != APPLICATION_ID and tables:
        raise StorageError(f"{path}: not a Thematic project (a database of another application)")


def _alembic_config(connection) -> Config:
    """Build an Alembic configuration that migrates through an open connection."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    """Return every schema revision this version of Thematic knows."""
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """Return the schema revision stored in the database, or None for an empty database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            tables = inspect(connection).get_table_names()
            if tables:
                raise StorageError(
                    f"{engine.url.render_as_string(hide_password=True)}: "
                    "not a Thematic project (tables without a schema version)"
                )
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_schema(engine: Engine) -> None:
    """Bring the database to the newest schema in one transaction."""
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")
        if is_sqlite(str(engine.url)):
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def backup_sqlite(path: Path, revision: str) -> Path:
    """Copy a project file before an automatic upgrade, so the old version can be recovered."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
    backup = path.with_name(f"{path.name}.{revision}-{stamp}.bak")
    with sqlite3.connect(str(path)) as source, sqlite3.connect(str(backup)) as target:
        source.backup(target)
    return backup


def open_engine(target: str | Path, *, create: bool = False, upgrade: bool = False) -> Engine:
    """Open (or create) a project database, refusing newer schemas and upgrading older ones."""
    url = project_url(target)
    path = sqlite_path(url) if is_sqlite(url) else None
    if path is not None:
        if create and path.exists() and path.stat().st_size > 0:
            raise StorageError(f"{path}: a file with this name already exists")
        if not create and not path.exists():
            raise StorageError(f"{path}: no such project file")
        if path.exists():
            if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
                raise StorageError(
                    f"{path}: the project file or its folder is read-only (a project keeps a "
                    "journal beside it); copy it to a folder you can write to"
                )
            _check_sqlite_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = connect(url)
    try:
        revision = current_revision(engine)
        if revision is None:
            if not create and path is None:
                raise StorageError(
                    f"{_display(url)}: the database holds no Thematic project; create one with `thematic new`"
                )
            upgrade_schema(engine)
        elif revision != SCHEMA_REVISION:
            _upgrade_existing(engine, url, path, revision, upgrade)
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise StorageError(f"{_display(url)}: cannot open the database ({_first_line(exc)})") from None
    except StorageError:
        engine.dispose()
        raise
    return engine


def _upgrade_existing(engine: Engine, url: str, path: Path | None, revision: str, upgrade: bool) -> None:
    """Upgrade an older schema (SQLite after a backup; PostgreSQL only when asked)."""
    if revision not in known_revisions():
        raise StorageError(
            f"{_display(url)}: made by a newer version of Thematic (schema {revision}); "
            "update Thematic to open it"
        )
    if path is not None:
        backup_sqlite(path, revision)
    elif not upgrade:
        raise StorageError(
            f"{_display(url)}: schema {revision} is older than {SCHEMA_REVISION}; "
            "run `thematic upgrade URL` once for the whole team"
        )
    upgrade_schema(engine)


def _display(url: str) -> str:
    """Show a URL without its password."""
    return make_url(url).render_as_string(hide_password=True)


def _first_line(exc: Exception) -> str:
    """Keep the first line of a driver error for a one-line message."""
    return str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
