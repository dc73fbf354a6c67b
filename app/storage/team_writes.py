"""Writes that stay correct when several programs run the same use case at once (team mode)."""

from __future__ import annotations

import zlib

from sqlalchemy import select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.core.models import new_id
from app.storage.schema import CoderRow

CODEBOOK_LOCK = "codebook"


def _dialect(session: Session) -> str:
    """Name the database dialect the session talks to."""
    return session.get_bind().dialect.name


def serialize(session: Session, key: str) -> None:
    """Make every other transaction that serializes on `key` wait until this one ends.

    PostgreSQL takes a transaction-scoped advisory lock; SQLite takes its single write lock now (a
    write use case already holds it from `BEGIN IMMEDIATE`), so the check that follows sees every
    earlier commit.
    Call it first in the use case's session.
    """
    if _dialect(session) == "postgresql":
        lock_id = zlib.crc32(key.encode("utf-8")) - 2**31
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": lock_id})
    else:
        session.execute(text("UPDATE meta SET value = value WHERE key = '__write_lock__'"))


def insert_coder_once(session: Session, name: str) -> tuple[str, bool]:
    """Add a coder unless another transaction already did; return (id, whether this one added it)."""
    coder_id = new_id()
    insert = pg_insert if _dialect(session) == "postgresql" else sqlite_insert
    inserted = session.execute(
        insert(CoderRow)
        .values(id=coder_id, name=name)
        .on_conflict_do_nothing(index_elements=["name"])
        .returning(CoderRow.id)
    ).scalar()
    if inserted is not None:
        return inserted, True
    existing = session.scalars(select(CoderRow.id).where(CoderRow.name == name)).one()
    return existing, False


def read_snapshot(session: Session) -> None:
    """Make the session's reads see one moment, so reads spread over queries agree with each other.

    PostgreSQL reads each statement's own moment by default (another coder may commit in between);
    an SQLite read transaction already sees one moment. Call it before the session's first query.
    """
    if _dialect(session) == "postgresql":
        session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
