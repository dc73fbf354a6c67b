"""Bulk writes of imported survey waves: one executemany per table keeps 100k answers fast."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.models import new_id, new_ids
from app.storage.changes import now_iso
from app.storage.schema import QuestionRow, RespondentRow, ResponseRow, SourceRow


@dataclass(frozen=True)
class WaveRows:
    """A parsed survey wave in plain tuples, as the storage layer needs it."""

    file_name: str
    checksum: str
    questions: list[tuple[str, str]]  # (key, full text)
    respondents: list[tuple[str, dict[str, str]]]  # (external id, attributes)
    answers: list[tuple[str, str, str]]  # (respondent external id, question key, text)
    blank_answers: int


@dataclass(frozen=True)
class WaveCounts:
    """What an import added, and what it left alone because it was already there."""

    source_id: str
    new_respondents: int
    new_questions: int
    new_answers: int
    kept_answers: int
    blank_answers: int
    changed_answers: list[tuple[str, str]]  # (respondent, question) whose stored text differs from the file


def find_source(session: Session, checksum: str) -> tuple[str, str] | None:
    """Return (file name, import time) of an earlier import of the same bytes."""
    row = session.scalars(select(SourceRow).where(SourceRow.checksum == checksum)).first()
    return (row.file_name, row.imported_at) if row else None


def bulk_insert(session: Session, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
    """Insert many rows with one driver-level executemany (no per-row statement compilation)."""
    if not rows:
        return
    marker = "?" if session.get_bind().dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([marker] * len(columns))})"
    session.connection().exec_driver_sql(sql, rows)


def insert_wave(session: Session, wave: WaveRows) -> WaveCounts:
    """Add a survey wave, reusing known respondents and questions and never touching stored answers."""
    source_id = new_id()
    question_ids = dict(session.execute(select(QuestionRow.key, QuestionRow.id)).all())
    next_position = (session.scalar(select(func.max(QuestionRow.position))) or 0) + 1
    new_questions = []
    for key, text in wave.questions:
        if key not in question_ids:
            question_ids[key] = new_id()
            new_questions.append((question_ids[key], key, text, next_position))
            next_position += 1

    respondent_ids = dict(session.execute(select(RespondentRow.external_id, RespondentRow.id)).all())
    seq = (session.scalar(select(func.max(RespondentRow.seq))) or 0) + 1
    fresh = [
        (external_id, attrs) for external_id, attrs in wave.respondents if external_id not in respondent_ids
    ]
    new_respondents = []
    for (external_id, attrs), rid in zip(fresh, new_ids(len(fresh))):
        respondent_ids[external_id] = rid
        new_respondents.append((rid, external_id, seq, json.dumps(attrs, ensure_ascii=False), source_id))
        seq += 1

    existing_text = {
        (r, q): t
        for r, q, t in session.execute(
            select(ResponseRow.respondent_id, ResponseRow.question_id, ResponseRow.text)
        )
    }
    existing = set(existing_text)
    changed: list[tuple[str, str]] = []
    response_seq = (session.scalar(select(func.max(ResponseRow.seq))) or 0) + 1
    new_answers, kept = [], 0
    ids = iter(new_ids(len(wave.answers)))
    for external_id, key, text in wave.answers:
        pair = (respondent_ids[external_id], question_ids[key])
        if pair in existing:
            if existing_text.get(pair, text) != text:
                changed.append((external_id, key))
            kept += 1
            continue
        existing.add(pair)
        new_answers.append((next(ids), pair[0], pair[1], text, response_seq, source_id))
        response_seq += 1

    bulk_insert(
        session,
        "sources",
        ("id", "file_name", "checksum", "imported_at", "respondents", "answers", "blank_answers"),
        [
            (
                source_id,
                wave.file_name,
                wave.checksum,
                now_iso(),
                len(new_respondents),
                len(new_answers),
                wave.blank_answers,
            )
        ],
    )
    bulk_insert(session, "questions", ("id", "key", "text", "position"), new_questions)
    bulk_insert(
        session, "respondents", ("id", "external_id", "seq", "attributes", "source_id"), new_respondents
    )
    bulk_insert(
        session, "responses", ("id", "respondent_id", "question_id", "text", "seq", "source_id"), new_answers
    )
    return WaveCounts(
        source_id,
        len(new_respondents),
        len(new_questions),
        len(new_answers),
        kept,
        wave.blank_answers,
        changed,
    )
