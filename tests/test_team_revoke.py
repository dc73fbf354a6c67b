"""A role taken away in another program is refused on the very next write; the coding path stays short."""

from __future__ import annotations

import subprocess
import sys

import psycopg
import pytest
from sqlalchemy import event

from app.project import Project, ProjectError
from tests.team_setup import ADMIN, sql  # the fixtures, shared
from tests.team_setup import server_team as server_team
from tests.team_setup import team as team


def _cli(*argv: str) -> str:
    """Run `thematic` in a process of its own (another program than the test's), returning its output."""
    result = subprocess.run([sys.executable, "-m", "app", *argv], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_revoked_coder_is_refused_on_the_next_write(team):
    """Bob codes in his program; the owner's program takes his role away; Bob's next coding is refused."""
    owner, n = team
    bob = Project.open(owner.target)
    try:
        first, second = (r.id for r in bob.responses())
        price = bob.theme("Price").id
        bob.assign(first, price, n["bob"])  # his program's connection is open and warm
        _cli("team", owner.target, "--as", n["olga"], "revoke", n["bob"])
        with pytest.raises(ProjectError, match=f"^{n['bob']!r} has no role in this project"):
            bob.assign(second, price, n["bob"])
        with pytest.raises(ProjectError, match=f"^{n['bob']!r} has no role in this project"):
            bob.set_memo(second, n["bob"], "a note")
        _cli("team", owner.target, "--as", n["olga"], "grant", n["bob"], "reader")
        with pytest.raises(
            ProjectError, match=f"^only an owner or a coder can code answers; {n['bob']} is a reader"
        ):
            bob.toggle(second, price, n["bob"])
        assert owner.coder_codings(n["bob"]) == {first: frozenset({price})}
        assert owner.memos() == []
        _cli("team", owner.target, "--as", n["olga"], "grant", n["bob"], "coder")
        bob.assign(second, price, n["bob"])
        assert owner.coder_codings(n["bob"]) == {first: frozenset({price}), second: frozenset({price})}
    finally:
        bob.close()


def test_a_refused_role_is_said_before_any_other_problem(team):
    """A reader coding with a theme that does not exist hears about the role, as before it was checked late."""
    project, n = team
    answer = project.responses()[0].id
    with pytest.raises(
        ProjectError, match=f"^only an owner or a coder can code answers; {n['rita']} is a reader"
    ):
        project.assign(answer, "no-such-theme", n["rita"])
    with pytest.raises(
        ProjectError, match=f"^only an owner or a coder can code answers; {n['rita']} is a reader"
    ):
        project.assign("no-such-answer", project.theme("Price").id, n["rita"])
    with pytest.raises(ProjectError, match="^no theme with id no-such-theme$"):
        project.assign(answer, "no-such-theme", n["bob"])
    assert project.coder_codings(n["rita"]) == {} and project.known_coder_id(n["rita"]) is None


@pytest.mark.postgres
def test_a_coder_demoted_on_the_server_is_refused_by_role_not_by_grant(server_team):
    """Bob signed in as himself is made a reader by the administrator's program: his next coding says so."""
    url, n, urls = server_team
    with Project.open(urls["bob"]) as bob:
        first, second = (r.id for r in bob.responses())
        price = bob.theme("Price").id
        bob.assign(first, price, n["bob"])
        _cli("team", url, "grant", n["bob"], "reader")
        with pytest.raises(
            ProjectError, match=f"^only an owner or a coder can code answers; {n['bob']} is a reader"
        ):
            bob.assign(second, price, n["bob"])
    assert sql(url, "SELECT response_id FROM codings") == [(first,)]


@pytest.mark.postgres
def test_one_coding_is_three_statements_and_a_commit(server_team):
    """Giving one answer a theme reads once, inserts the coding and inserts the event (with the role check)."""
    _url, n, urls = server_team
    with Project.open(urls["bob"]) as bob:
        first, second = (r.id for r in bob.responses())
        price = bob.theme("Price").id
        bob.assign(first, price, n["bob"])  # his coder row is added and its id known from now on
        statements: list[str] = []
        event.listen(bob.engine, "before_cursor_execute", lambda *a: statements.append(a[2].split()[0]))
        event.listen(bob.engine, "commit", lambda _c: statements.append("COMMIT"))
        bob.assign(second, price, n["bob"])
        assert statements == ["SELECT", "INSERT", "WITH", "COMMIT"]
        assert bob.coder_codings(n["bob"]) == {first: frozenset({price}), second: frozenset({price})}
        assert [e.action for e in bob.events_after(0)][-2:] == ["assign", "assign"]


@pytest.mark.postgres
def test_a_connection_the_server_ended_is_replaced_without_an_error(pg_url, tmp_path):
    """The pool pings only a connection the server spoke on: a terminated one is still replaced unseen."""
    project = Project.create(pg_url, title="Pool")
    try:
        project.add_theme("Price", coder="owner")
        database = pg_url.rsplit("/", 1)[1]
        with psycopg.connect(ADMIN, autocommit=True) as admin:
            ended = admin.execute(
                "SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity WHERE datname = %s",
                (database,),
            ).fetchone()[0]
        assert ended >= 1
        project.add_theme("Speed", coder="owner")
        assert [t.name for t in project.themes()] == ["Price", "Speed"]
    finally:
        project.close()
