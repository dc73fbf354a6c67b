"""Open, create and upgrade project databases (SQLite files or PostgreSQL URLs) safely."""

from __future__ import annotations

import os
import select
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from app.core.atomic_file import fsync_file, fsync_folder
from app.storage.transactions import BUSY_TIMEOUT_MS, attach_watch, count_connection, open_here
from app.storage.wal_check import ForeignJournal, check_journal

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SCHEMA_REVISION = "0007"
APPLICATION_ID = 0x54484D41  # "THMA": lets `file` and Thematic recognise a project file
SYNCHRONOUS = "FULL"  # an acknowledged action survives a power cut too (docs/reliability.md)


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
        engine = create_engine(url, pool_pre_ping=True)
        ping_only_when_spoken_to(engine)
        return engine
    engine = create_engine(url)
    path = sqlite_path(url)
    if path is not None:
        attach_watch(engine, path)

        @event.listens_for(engine, "close")
        def _closed(_dbapi_connection, _record) -> None:
            count_connection(path, -1)

    @event.listens_for(engine, "connect")
    def _configure_sqlite(dbapi_connection, _record) -> None:
        if path is not None:
            count_connection(path, +1)
        dbapi_connection.isolation_level = None  # let SQLAlchemy's BEGIN below control transactions
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
        cursor.execute("PRAGMA cache_size=-32768")  # 32 MiB: imports update several indexes at once
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        # A write use case takes the write lock first, so it waits for another program's write
        # within the busy timeout instead of failing when its read snapshot cannot be upgraded.
        write = connection.get_execution_options().get("thematic_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def ping_only_when_spoken_to(engine: Engine) -> None:
    """Ping a pooled PostgreSQL connection at checkout only when the server sent something while it was idle.

    A server that ends a connection (restart, shutdown, `pg_terminate_backend`) says so on the socket, so
    a readable socket means the real ping must run (and a dead connection is replaced, as before); a
    quiet one is used as it is, saving a round trip on every use case.
    """
    dialect = engine.dialect
    real_ping = dialect.do_ping

    def do_ping(dbapi_connection) -> bool:
        if getattr(dbapi_connection, "broken", False) or getattr(dbapi_connection, "closed", False):
            return False
        try:
            spoken, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
        except (OSError, ValueError):
            return False
        return real_ping(dbapi_connection) if spoken else True

    dialect.do_ping = do_ping


def _check_project_path(path: Path) -> None:
    """Refuse what is not a regular, writable Thematic project file, before SQLite touches it."""
    if not path.exists():
        raise StorageError(f"{path}: no such project file")
    if path.is_dir():
        raise StorageError(f"{path}: a folder, not a project file")
    if not stat.S_ISREG(path.stat().st_mode):
        raise StorageError(f"{path}: not a regular file, so not a Thematic project")
    if path.stat().st_size == 0:
        raise StorageError(f"{path}: an empty file, not a Thematic project")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise StorageError(
            f"{path}: the project file or its folder is read-only (a project keeps a "
            "journal beside it); copy it to a folder you can write to"
        )
    if not open_here(path):  # a journal this process writes is its own; any other is checked first
        try:
            check_journal(path)
        except ForeignJournal as exc:
            raise StorageError(str(exc)) from None
    _check_sqlite_file(path)


def _check_sqlite_file(path: Path) -> None:
    """Refuse files that are not SQLite databases or belong to another application.

    SQLite reads the header itself: its file layer shares locks between connections of one process,
    so this check never releases the locks of a project that is already open here.
    """
    side_files = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]
    existing = {side for side in side_files if side.exists()}
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        app_id, problem = None, f"not a Thematic project ({exc})"
    else:
        problem = "not a Thematic project (a database of another application)"
    if app_id != APPLICATION_ID:
        # Reading a foreign file must leave nothing behind. A project's journal is never touched
        # here: another program may have just created it.
        for side in side_files:
            if side not in existing:
                side.unlink(missing_ok=True)
        raise StorageError(f"{path}: {problem}")


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
        return _revision_on(connection)


def _revision_on(connection: Connection) -> str | None:
    """Read the schema revision through an open connection (None: no tables at all)."""
    if not inspect(connection).has_table("alembic_version"):
        if inspect(connection).get_table_names():
            raise StorageError(
                f"{connection.engine.url.render_as_string(hide_password=True)}: "
                "not a Thematic project (tables without a schema version)"
            )
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


@contextmanager
def building_database(target: str | Path) -> Iterator[Connection]:
    """Create a PostgreSQL project's schema in a transaction the caller fills before it commits.

    The schema, the metadata and the starting codebook are one transaction: a failure or a killed
    `thematic new` leaves the database as empty as it was.
    """
    url = project_url(target)
    engine = connect(url)
    try:
        with engine.connect() as connection, connection.begin():
            if _revision_on(connection) is not None:
                raise StorageError(f"{_display(url)}: the database already holds a Thematic project")
            command.upgrade(_alembic_config(connection), "head")
            yield connection
    except (OperationalError, DBAPIError) as exc:
        raise StorageError(f"{_display(url)}: cannot create the project ({_first_line(exc)})") from None
    finally:
        engine.dispose()


def upgrade_schema(engine: Engine) -> None:
    """Bring the database to the newest schema in one transaction.

    On SQLite a batch migration rebuilds a table by copying it and dropping the old one; with foreign
    keys on, that drop would cascade into the tables that point at it (a rebuilt `questions` would
    delete every answer). So, as SQLite's documentation prescribes for schema changes, foreign keys are
    off while migrating and `PRAGMA foreign_key_check` must come back empty before the commit."""
    sqlite = is_sqlite(str(engine.url))
    with engine.connect() as connection:
        if sqlite:  # outside any transaction, where the pragma takes effect
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                command.upgrade(_alembic_config(connection), "head")
                if sqlite:
                    dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if dangling:
                        raise StorageError(
                            f"{_display(str(engine.url))}: the upgrade would leave {len(dangling)} rows "
                            f"pointing at nothing (first in table {dangling[0][0]}); nothing was changed"
                        )
                    connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        finally:
            if sqlite:
                connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")


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
        if create and path.exists():
            raise StorageError(f"{path}: a file with this name already exists")
        if not create:
            _check_project_path(path)
    engine = connect(url)
    try:
        revision = current_revision(engine)
        if revision is None:
            if not create:
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


@contextmanager
def building_file(target: str | Path) -> Iterator[str | Path]:
    """Let a new project be built under a temporary name beside `target`, then put it in place whole.

    A killed or failed creation leaves no stub that would later open as an empty project; a
    PostgreSQL URL is passed through (`building_database` makes its creation one transaction).
    """
    url = project_url(target)
    path = sqlite_path(url) if is_sqlite(url) else None
    if path is None:
        yield target
        return
    if path.exists():
        raise StorageError(f"{path}: a file with this name already exists")
    if not path.parent.is_dir():
        raise StorageError(f"{path.parent}: no such folder")
    _remove_abandoned_builds(path)
    temp = path.with_name(f".{path.name}.{os.getpid()}.creating")
    try:
        yield temp
        for suffix in ("-wal", "-shm"):  # every connection is closed: the file alone is complete
            if Path(f"{temp}{suffix}").exists() and Path(f"{temp}{suffix}").stat().st_size:
                raise StorageError(f"{path}: the new project was not closed cleanly")
            Path(f"{temp}{suffix}").unlink(missing_ok=True)
        fsync_file(temp)
        try:
            os.link(temp, path)  # fails instead of replacing a file made meanwhile
        except FileExistsError:
            raise StorageError(f"{path}: a file with this name already exists") from None
        except OSError:
            os.replace(temp, path)  # a filesystem without hard links
        fsync_folder(path.parent)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{temp}{suffix}").unlink(missing_ok=True)


def _remove_abandoned_builds(path: Path) -> None:
    """Delete what a killed creation of this project left under its temporary name."""
    for leftover in path.parent.glob(f".{path.name}.*.creating*"):
        pid = leftover.name[len(path.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _process_alive(int(pid)):
            leftover.unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    """Tell whether a process with this id still runs (so its build is not abandoned)."""
    if os.name == "nt":  # os.kill there would end the process; keep the leftover instead
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def copy_project(source: Engine, destination: Path) -> None:
    """Write a complete, consistent copy of an open SQLite project with the backup API."""
    destination = Path(destination)
    if destination.exists():
        raise StorageError(f"{destination}: a file with this name already exists")
    if not destination.parent.is_dir():
        raise StorageError(f"{destination.parent}: no such folder")
    temp = destination.with_name(f".{destination.name}.{os.getpid()}.copying")
    raw = source.raw_connection()
    try:
        target = sqlite3.connect(str(temp))
        try:
            raw.driver_connection.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        fsync_file(temp)
        try:
            os.link(temp, destination)
        except FileExistsError:
            raise StorageError(f"{destination}: a file with this name already exists") from None
        except OSError:
            os.replace(temp, destination)
        fsync_folder(destination.parent)
    except sqlite3.Error as exc:
        raise StorageError(f"{destination}: cannot write the copy ({exc})") from None
    finally:
        raw.close()
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{temp}{suffix}").unlink(missing_ok=True)


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
