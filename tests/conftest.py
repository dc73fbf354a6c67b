"""Shared fixtures: project targets on SQLite and on the real PostgreSQL server."""

from __future__ import annotations

import os
import uuid

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_ADMIN = os.environ.get("THEMATIC_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def _pg_admin_connect():
    """Connect to the PostgreSQL server's maintenance database with autocommit."""
    import psycopg

    return psycopg.connect(
        PG_ADMIN.replace("postgresql://", "postgresql://", 1), autocommit=True, connect_timeout=5
    )


@pytest.fixture
def pg_url():
    """Create a throw-away PostgreSQL database for one test and drop it afterwards."""
    name = f"thematic_test_{uuid.uuid4().hex[:12]}"
    try:
        admin = _pg_admin_connect()
    except Exception as exc:  # the server is part of every machine of this project
        pytest.fail(f"PostgreSQL at {PG_ADMIN} is not reachable: {exc}")
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with _pg_admin_connect() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def project_target(request, tmp_path):
    """A place for a new project: an SQLite file path or a fresh PostgreSQL database URL."""
    if request.param == "sqlite":
        return str(tmp_path / "study.thematic")
    return request.getfixturevalue("pg_url")
