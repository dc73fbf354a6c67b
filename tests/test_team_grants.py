"""On PostgreSQL the database itself enforces roles and blind mode: grants and row-level security."""

from __future__ import annotations

import pytest
from psycopg import errors

from app.project import Project, ProjectError
from tests.team_setup import server_team as server_team  # the fixture, shared
from tests.team_setup import sql as _sql


def test_a_coder_connecting_as_themselves_writes_only_their_own_codings(server_team):
    """Bob codes through the application; he cannot code as Carl there, nor in SQL past it."""
    _url, n, urls = server_team
    with Project.open(urls["bob"]) as bob, Project.open(urls["carl"]) as carl:
        price, answer = bob.theme("Price").id, bob.responses()[0].id
        bob.assign(answer, price, n["bob"])
        carl.assign(answer, price, n["carl"])
        with pytest.raises(
            ProjectError, match=f"signed in to the database as {n['bob']}: cannot act as {n['carl']}"
        ):
            bob.remove(answer, price, n["carl"])
        with pytest.raises(ProjectError, match="only an owner can edit the codebook"):
            bob.add_theme("Quality")
        assert bob.undo(n["bob"]).label.startswith("Undo Code as Price")
    carl_id = _sql(urls["carl"], "SELECT id FROM coders WHERE name = %s", (n["carl"],))[0][0]
    assert _sql(urls["bob"], "DELETE FROM codings WHERE coder_id = %s", (carl_id,)) == [(0,)]
    with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
        _sql(
            urls["bob"],
            "INSERT INTO codings (response_id, theme_id, coder_id, origin, created_at) VALUES (%s, %s, %s, 'manual', '')",
            (answer, price, carl_id),
        )
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied for table themes"):
        _sql(urls["bob"], "UPDATE themes SET name = 'mine'")
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied for table codings"):
        _sql(urls["rita"], "DELETE FROM codings")
    assert _sql(urls["rita"], "SELECT count(*) FROM codings") == [(1,)]  # Carl's coding stands


def test_blind_mode_hides_other_coders_rows_in_the_database(server_team):
    """Blind on: Bob's own SQL sees only his rows; the owner and the reader see everyone's."""
    _url, n, urls = server_team
    with Project.open(urls["bob"]) as bob, Project.open(urls["carl"]) as carl:
        price, answer = bob.theme("Price").id, bob.responses()[0].id
        bob.assign(answer, price, n["bob"])
        carl.assign(answer, price, n["carl"])
        carl.set_memo(answer, n["carl"], "carl's note")
        assert _sql(urls["bob"], "SELECT count(*) FROM codings") == [(2,)]  # blind mode is off
        with pytest.raises(ProjectError, match="only an owner can change roles or blind mode"):
            bob.set_blind(True)
        with Project.open(urls["olga"]) as olga:
            olga.set_blind(True)
        assert _sql(urls["bob"], "SELECT count(*) FROM codings") == [(1,)]
        assert _sql(urls["bob"], "SELECT count(*) FROM memos") == [(0,)]
        assert _sql(urls["olga"], "SELECT count(*) FROM codings") == [(2,)]
        assert _sql(urls["rita"], "SELECT count(*) FROM codings") == [(2,)]
        assert set(bob.all_decisions()) == {n["bob"]}
        with pytest.raises(ProjectError, match="blind mode is on"):
            bob.agreement()
        bob.assign(bob.responses()[1].id, price, n["bob"])  # coding goes on while blind
        assert len(carl.coder_codings(n["carl"])) == 1
