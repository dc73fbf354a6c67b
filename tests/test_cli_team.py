"""`thematic team`: roles and blind mode from the command line, on a file and on PostgreSQL."""

from __future__ import annotations

import json
import uuid

import psycopg

from app.cli.entry import main
from app.project import Project

ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process and capture its output."""
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors
        code = exc.code
    captured = capsys.readouterr()
    return code, captured.out.strip(), captured.err.strip()


def test_team_on_a_file_says_roles_are_application_level(capsys, tmp_path):
    """grant, list, blind and revoke on a project file; a coder cannot hand out roles."""
    path = str(tmp_path / "t.thematic")
    Project.create(path, title="t").close()
    code, out, _ = run(capsys, "team", path, "grant", "olga", "owner")
    assert code == 0 and out.startswith("olga is now an owner (a project file has no users")
    assert run(capsys, "team", path, "--as", "olga", "grant", "bob", "coder")[0] == 0
    code, _out, err = run(capsys, "team", path, "--as", "bob", "grant", "bob", "owner")
    assert (code, err) == (
        1,
        "thematic team: only an owner can change roles or blind mode; bob is a coder here",
    )
    code, _out, err = run(capsys, "team", path, "blind", "on")
    assert code == 1 and "say who you are" in err
    assert run(capsys, "team", path, "--as", "olga", "blind", "on")[1].startswith("blind mode is on")
    code, out, _ = run(capsys, "team", path, "list", "--json")
    assert json.loads(out) == {
        "roles": {"bob": "coder", "olga": "owner"},
        "blind_mode": True,
        "database_roles": False,
    }
    assert (
        run(capsys, "team", path, "--as", "olga", "revoke", "bob")[1]
        == "bob has no role any more (their codings stay)"
    )
    code, _out, err = run(capsys, "team", path, "grant", "ann", "boss")
    assert code == 2 and "invalid choice: 'boss'" in err


def test_add_role_creates_a_database_login_that_can_code(capsys, pg_url):
    """add-role on PostgreSQL creates the login and its group; the new coder connects and codes."""
    Project.create(pg_url, title="t").close()
    tag = uuid.uuid4().hex[:6]
    owner, coder = f"olga_{tag}", f"bob_{tag}"
    database = pg_url.rsplit("/", 1)[1]
    try:
        code, out, _ = run(capsys, "team", pg_url, "add-role", owner, "owner")
        assert (code, out) == (
            0,
            f"created database user {owner}; {owner} is now an owner (a member of this database's owner group)",
        )
        assert run(capsys, "team", pg_url, "add-role", coder, "coder")[0] == 0
        code, out, _ = run(capsys, "team", pg_url, "list")
        assert out.splitlines() == [f"coder    {coder}", f"owner    {owner}", "blind mode: off"]
        coder_url = f"postgresql://{coder}@127.0.0.1:5432/{database}"
        code, _out, err = run(capsys, "team", coder_url, "blind", "on")
        assert code == 1 and err.endswith(f"{coder} is a coder here")
        owner_url = f"postgresql://{owner}@127.0.0.1:5432/{database}"
        assert run(capsys, "team", owner_url, "blind", "on") == (0, "blind mode is on", "")
    finally:
        with psycopg.connect(ADMIN, autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            for role in (owner, coder, *(f"{database}_{r}" for r in ("owner", "coder", "reader"))):
                con.execute(f'DROP ROLE IF EXISTS "{role}"')
