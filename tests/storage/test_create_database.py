"""Creating a PostgreSQL project is one transaction: a failure leaves the database empty."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect

from app.core.models import Codebook, Theme
from app.project import Project, ProjectError
from app.storage.database import project_url

CODEBOOK = Codebook(name="start", themes=(Theme(id="t1", name="Price"), Theme(id="t2", name="Speed")))


def _tables(url: str) -> list[str]:
    """List the tables of a database."""
    engine = create_engine(project_url(url))
    try:
        return inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_a_failed_creation_leaves_no_half_created_schema(pg_url, monkeypatch):
    """The codebook step fails after the schema and title were written: nothing stays behind."""
    real = Project.import_codebook_data

    def failing(self, codebook, coder=None):
        real(self, codebook, coder)
        raise ProjectError("the codebook could not be written")

    monkeypatch.setattr(Project, "import_codebook_data", failing)
    with pytest.raises(ProjectError, match="could not be written"):
        Project.create(pg_url, title="t", codebook=CODEBOOK)
    assert _tables(pg_url) == []
    monkeypatch.setattr(Project, "import_codebook_data", real)
    with Project.create(pg_url, title="second try", codebook=CODEBOOK) as project:
        assert (project.title, [t.name for t in project.themes()]) == ("second try", ["Price", "Speed"])


def test_creating_over_an_existing_project_is_refused(pg_url):
    """A database that already holds a project is left as it is."""
    Project.create(pg_url, title="first", codebook=CODEBOOK).close()
    with pytest.raises(ProjectError, match="already holds a Thematic project"):
        Project.create(pg_url, title="second")
    with Project.open(pg_url) as project:
        assert project.title == "first"
