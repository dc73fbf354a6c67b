"""Who may do what in a team project: the roles table, blind mode, and PostgreSQL roles, grants and RLS.

On PostgreSQL each project database gets three group roles (`<database>_owner`, `_coder`,
`_reader`); a person's login role is a member of one of them. Row-level security on the tables
that hold one coder's work lets a coder change only their own rows, and read only their own while
blind mode is on. An SQLite file has no users: there the roles are the application's alone.
"""

from __future__ import annotations

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from app.storage.repository import get_meta, set_meta
from app.storage.schema import TeamRoleRow

ROLES = ("owner", "coder", "reader")
BLIND_KEY = "blind_mode"
# Tables holding one coder's work (each has coder_id): RLS keeps a coder to their own rows.
PER_CODER_TABLES = ("codings", "none_applies", "coding_spans", "memos", "suggestions", "events")
CODER_WRITES = PER_CODER_TABLES + ("coders",)
OWN = "coder_id IN (SELECT id FROM coders WHERE name = current_user)"
BLIND = f"coalesce((SELECT value FROM meta WHERE key = '{BLIND_KEY}'), '0') = '1'"
# While blind, a coder still reads the owners' events (codebook edits), so the window can follow them.
OWNERS_EVENTS = (
    "coder_id IS NULL OR coder_id IN (SELECT c.id FROM coders c JOIN team_roles r ON r.name = c.name "
    "WHERE r.role = 'owner')"
)


def list_roles(session: Session) -> dict[str, str]:
    """Return name -> role for everyone with a role (empty: team roles are not in use)."""
    return {r.name: r.role for r in session.scalars(select(TeamRoleRow).order_by(TeamRoleRow.name))}


# The roles as one JSON object, read inside the statement that inserts a use case's event.
ROLES_JSON = "(SELECT json_object_agg(name, role) FROM team_roles)"
_WANTED, _SEEN = "thematic_roles_wanted", "thematic_roles_seen"


def read_roles_with_event(session: Session) -> None:
    """Ask the session's event insert to read the roles too (the check then needs no statement of its own)."""
    session.info[_WANTED] = True


def wants_roles(session: Session) -> bool:
    """Tell whether the event insert should read the roles, and read them only once per session."""
    return bool(session.info.get(_WANTED)) and _SEEN not in session.info


def note_roles(session: Session, roles: dict[str, str]) -> None:
    """Keep the roles the event insert read, for the check that runs before the commit."""
    session.info[_SEEN] = dict(roles)


def roles_in(session: Session) -> dict[str, str]:
    """Return the roles as this transaction sees them: those read with its event, else read now."""
    seen = session.info.get(_SEEN)
    return dict(seen) if seen is not None else list_roles(session)


def put_role(session: Session, name: str, role: str) -> None:
    """Give a person a role, replacing the one they had."""
    session.merge(TeamRoleRow(name=name, role=role))


def drop_role(session: Session, name: str) -> bool:
    """Take a person's role away; tell whether they had one."""
    return bool(session.execute(delete(TeamRoleRow).where(TeamRoleRow.name == name)).rowcount)


def blind_mode(session: Session) -> bool:
    """Tell whether the owner turned blind mode on for the project."""
    return get_meta(session, BLIND_KEY) == "1"


def set_blind_mode(session: Session, on: bool) -> None:
    """Turn blind mode on or off (a project setting every program reads)."""
    set_meta(session, BLIND_KEY, "1" if on else "0")


def is_postgres(session: Session) -> bool:
    """Tell whether the project lives in PostgreSQL (where database roles exist)."""
    return session.get_bind().dialect.name == "postgresql"


def database_user(session: Session) -> str | None:
    """Return the PostgreSQL user this connection logged in as (None for a file)."""
    return session.scalar(text("SELECT current_user")) if is_postgres(session) else None


def may_insert(session: Session, table: str) -> bool:
    """Tell whether this login's grants let it add rows to a table (always on a file: it has no grants)."""
    if not is_postgres(session):
        return True
    return bool(session.scalar(text("SELECT has_table_privilege(current_user, :t, 'INSERT')"), {"t": table}))


def _quote(session: Session, name: str) -> str:
    """Quote a role or database name for DDL."""
    return session.get_bind().dialect.identifier_preparer.quote_identifier(name)


def group_role(session: Session, role: str) -> str:
    """Name the database's group role for a Thematic role."""
    return f"{session.scalar(text('SELECT current_database()'))}_{role}"


def can_administer(session: Session) -> bool:
    """Tell whether this login may create roles and grant on the project's tables (its administrator)."""
    return bool(
        session.scalar(
            text(
                "SELECT r.rolsuper OR (r.rolcreaterole AND t.tableowner = current_user) FROM pg_roles r, "
                "pg_tables t WHERE r.rolname = current_user AND t.tablename = 'codings' AND t.schemaname = 'public'"
            )
        )
    )


def login_exists(session: Session, name: str) -> bool:
    """Tell whether a PostgreSQL role of this name exists."""
    return bool(session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}))


def create_login(session: Session, name: str, password: str | None) -> bool:
    """Create a PostgreSQL login role unless it exists; tell whether it was created."""
    if login_exists(session, name):
        return False
    ddl = f"CREATE ROLE {_quote(session, name)} LOGIN"
    if password:
        ddl += " PASSWORD " + session.scalar(text("SELECT quote_literal(:p)"), {"p": password})
    session.execute(text(ddl))
    return True


def grant_group(session: Session, name: str, role: str) -> None:
    """Make a login a member of exactly one of this database's group roles."""
    user = _quote(session, name)
    for other in ROLES:
        if other != role:  # revoking a membership the login does not have is only a notice
            session.execute(text(f"REVOKE {_quote(session, group_role(session, other))} FROM {user}"))
    session.execute(text(f"GRANT {_quote(session, group_role(session, role))} TO {user}"))


def revoke_groups(session: Session, name: str) -> None:
    """Remove a login from every group role of this database (the login itself stays)."""
    if not login_exists(session, name):
        return
    for role in ROLES:
        session.execute(
            text(f"REVOKE {_quote(session, group_role(session, role))} FROM {_quote(session, name)}")
        )


def apply_database_grants(session: Session) -> None:
    """Create the group roles, grant each its tables and install the row-level security policies.

    Safe to run again (after an upgrade added tables, every `thematic team` command does).
    """
    q = lambda name: _quote(session, name)  # noqa: E731 - short local quoting
    groups = {role: group_role(session, role) for role in ROLES}
    database = q(session.scalar(text("SELECT current_database()")))
    for group in groups.values():
        if not login_exists(session, group):
            session.execute(text(f"CREATE ROLE {q(group)} NOLOGIN"))
        session.execute(text(f"GRANT CONNECT ON DATABASE {database} TO {q(group)}"))
        session.execute(text(f"GRANT USAGE ON SCHEMA public TO {q(group)}"))
        session.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {q(group)}"))
    owner, coder, reader = (q(groups[r]) for r in ROLES)
    session.execute(text(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {owner}"))
    session.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {owner}, {coder}"))
    session.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(CODER_WRITES)} TO {coder}"))
    for table in PER_CODER_TABLES:
        see = f"{OWN} OR NOT {BLIND}" + (f" OR {OWNERS_EVENTS}" if table == "events" else "")
        policies = {
            "thematic_owner": f"FOR ALL TO {owner} USING (true) WITH CHECK (true)",
            "thematic_reader": f"FOR SELECT TO {reader} USING (true)",
            "thematic_coder_read": f"FOR SELECT TO {coder} USING ({see})",
            "thematic_coder_insert": f"FOR INSERT TO {coder} WITH CHECK ({OWN})",
            "thematic_coder_update": f"FOR UPDATE TO {coder} USING ({OWN}) WITH CHECK ({OWN})",
            "thematic_coder_delete": f"FOR DELETE TO {coder} USING ({OWN})",
        }
        session.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        for policy, body in policies.items():
            session.execute(text(f"DROP POLICY IF EXISTS {policy} ON {table}"))
            session.execute(text(f"CREATE POLICY {policy} ON {table} {body}"))
