"""The answers' vectors are a cache the project keeps: a reader uses them and never tries to write them."""

from __future__ import annotations

import pytest

from app.project import Project, ProjectError
from app.project.meaning import MeaningUseCases
from tests.team_setup import server_team as server_team  # the fixtures, shared
from tests.team_setup import team as team


def test_a_reader_is_refused_embedding_in_one_line_and_a_coder_embeds(team, toy_embedder):
    """Rita (reader) gets a status that says read only and a one-line refusal; Bob's run fills the cache."""
    project, n = team
    project.user = n["rita"]
    status = project.meaning_status(embedder=toy_embedder)
    assert (status.writable, status.embedded, status.total) == (False, 0, 2)
    with pytest.raises(
        ProjectError,
        match=f"^only an owner or a coder keeps the answers' vectors; {n['rita']} is a reader here$",
    ):
        project.embed_answers(embedder=toy_embedder)
    assert project.meaning_status(embedder=toy_embedder).embedded == 0
    project.user = n["bob"]
    assert project.meaning_status(embedder=toy_embedder).writable
    assert project.embed_answers(embedder=toy_embedder).embedded == 2
    project.user = n["rita"]
    assert len(project.meaning_index(embedder=toy_embedder)) == 2  # the reader reads what others embedded


@pytest.mark.postgres
def test_on_the_server_only_logins_granted_the_cache_write_it(server_team, toy_embedder, monkeypatch):
    """A reader's and a coder's logins have no grant on the vectors, so neither tries; the owner's embeds."""
    _url, n, urls = server_team
    monkeypatch.setattr(MeaningUseCases, "embedder_loader", staticmethod(lambda: toy_embedder))
    for who in ("rita", "bob"):
        with Project.open(urls[who]) as project:
            assert not project.meaning_status().writable
            with pytest.raises(ProjectError, match="^(only an owner or a coder|this database user may not)"):
                project.embed_answers()
    with Project.open(urls["olga"]) as olga:
        assert olga.meaning_status().writable
        assert olga.embed_answers().embedded == 2
    with Project.open(urls["rita"]) as rita:
        assert rita.meaning_status().embedded == 2 and len(rita.meaning_index()) == 2
