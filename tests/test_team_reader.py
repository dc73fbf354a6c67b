"""A reader's database login opens a project, reads and reports, and writes nothing (not even a coder row)."""

from __future__ import annotations

import json

import pytest

from app.cli.entry import main
from app.project import Project, ProjectError
from tests.team_setup import server_team as server_team  # the fixture, shared
from tests.team_setup import sql as _sql


def _coder_names(url: str) -> list[str]:
    return [name for (name,) in _sql(url, "SELECT name FROM coders ORDER BY name")]


def test_a_reader_who_never_coded_opens_reads_and_is_refused_writes(server_team):
    """Opening and reading as a reader add no coder; a write is one line, the database is unchanged."""
    url, n, urls = server_team
    with Project.open(urls["bob"]) as bob:
        bob.assign(bob.responses()[0].id, bob.theme("Price").id, n["bob"])
    with Project.open(urls["rita"]) as rita:
        rita.user = n["rita"]
        assert rita.identity(n["rita"]) == (n["rita"], "reader")
        assert rita.known_coder_id(n["rita"]) is None
        stats = rita.stats()
        assert stats["questions"]["answer"]["answers"] == 2
        assert stats["coders"][n["bob"]]["answer"]["decided"] == 1
        assert rita.review_queue(n["rita"]) == []
        assert rita.response_single_choice(rita.responses()[0].id) is False
        answer, price = rita.responses()[1].id, rita.theme("Price").id
        with pytest.raises(ProjectError, match=f"^only an owner or a coder can code answers; {n['rita']}"):
            rita.toggle(answer, price, n["rita"])
        with pytest.raises(
            ProjectError, match="^the database refused the change: permission denied for table coders$"
        ):
            rita.coder_id(n["rita"])  # past the role check, the grants still say no: one line, no traceback
    assert _coder_names(url) == [n["bob"]]
    assert _sql(url, "SELECT count(*) FROM codings") == [(1,)]


def test_the_command_line_reads_as_a_reader(server_team, tmp_path, capsys):
    """info, stats and report as the reader's login work and write nothing."""
    url, n, urls = server_team
    with Project.open(urls["bob"]) as bob:
        bob.assign(bob.responses()[0].id, bob.theme("Price").id, n["bob"])
    assert main(["info", urls["rita"], "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert (info["title"], info["respondents"], info["coders"]) == ("Team", 2, [n["bob"]])
    assert main(["stats", urls["rita"]]) == 0
    assert f"{n['bob']} / answer: 1 of 2 decided" in capsys.readouterr().out
    report = tmp_path / "team.pdf"
    assert main(["report", urls["rita"], "-o", str(report)]) == 0
    assert report.read_bytes().startswith(b"%PDF")
    assert _coder_names(url) == [n["bob"]]
