"""A small study on disk for the reliability tests (and the child processes they kill)."""

from __future__ import annotations

from app.core.models import Codebook, Theme
from app.project import Project
from app.storage.survey_store import WaveRows, insert_wave

THEMES = ("awareness", "usability", "trust")


def make_study(target: str, answers: int = 60) -> None:
    """Create a project with three themes and `answers` answers to one question."""
    codebook = Codebook(
        name="test", themes=tuple(Theme(id=f"t-{n}", name=n, position=i) for i, n in enumerate(THEMES))
    )
    with Project.create(target, title="Reliability", codebook=codebook) as project, project._session() as s:
        insert_wave(
            s,
            WaveRows(
                file_name="wave.csv",
                checksum="reliability",
                questions=[("Q1", "Why?")],
                respondents=[(f"r{i}", {}) for i in range(answers)],
                answers=[(f"r{i}", "Q1", f"answer {i}") for i in range(answers)],
                blank_answers=0,
            ),
        )
