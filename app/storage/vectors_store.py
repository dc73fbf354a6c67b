"""Queries for the answer-vector cache (table answer_vectors): what is missing, write a chunk, read them all."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, delete, func, select
from sqlalchemy.orm import Session

from app.storage.schema import AnswerVectorRow, ResponseRow
from app.storage.team_writes import serialize

_IN_CHUNK = 500  # ids per IN (...) list, well under every driver's parameter limit


def text_digest(text: str) -> str:
    """Return the SHA-1 of an answer's text: a vector is current only while the text is unchanged."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoredVector:
    """One current cached vector with the answer's question (for the question's median cosine)."""

    response_id: str
    question_id: str
    dim: int
    data: bytes


def _with_vectors(model: str):
    """Answers joined to their cached vector of `model`, if any (outer join)."""
    return select(
        ResponseRow.id,
        ResponseRow.question_id,
        ResponseRow.text,
        AnswerVectorRow.version,
        AnswerVectorRow.digest,
    ).outerjoin(
        AnswerVectorRow,
        and_(AnswerVectorRow.response_id == ResponseRow.id, AnswerVectorRow.model == model),
    )


def missing_vectors(session: Session, model: str, version: str) -> list[tuple[str, str]]:
    """Return (response id, text) of answers without a current vector of this model version, in id order."""
    rows = session.execute(_with_vectors(model).order_by(ResponseRow.id)).all()
    return [
        (rid, text)
        for rid, _qid, text, stored_version, digest in rows
        if stored_version != version or digest != text_digest(text)
    ]


def vector_counts(session: Session, model: str, version: str) -> tuple[int, int]:
    """Return (answers with a current vector, answers) for a status line."""
    total = session.scalar(select(func.count()).select_from(ResponseRow)) or 0
    return total - len(missing_vectors(session, model, version)), total


def write_vectors(
    session: Session, model: str, version: str, rows: Sequence[tuple[str, str, int, bytes]]
) -> int:
    """Store (response id, digest, dim, vector bytes) rows of a model version, replacing older ones."""
    serialize(session, "answer-vectors")  # two coders embedding at once replace rows one after the other
    ids = [r[0] for r in rows]
    for start in range(0, len(ids), _IN_CHUNK):
        part = ids[start : start + _IN_CHUNK]
        session.execute(
            delete(AnswerVectorRow).where(
                AnswerVectorRow.model == model, AnswerVectorRow.response_id.in_(part)
            )
        )
    existing = set()
    for start in range(0, len(ids), _IN_CHUNK):
        part = ids[start : start + _IN_CHUNK]
        existing.update(session.scalars(select(ResponseRow.id).where(ResponseRow.id.in_(part))))
    session.add_all(
        AnswerVectorRow(response_id=rid, model=model, version=version, digest=digest, dim=dim, vector=data)
        for rid, digest, dim, data in rows
        if rid in existing  # an answer deleted while it was being embedded is skipped
    )
    session.flush()
    return sum(1 for r in rows if r[0] in existing)


def read_vectors(session: Session, model: str, version: str) -> list[StoredVector]:
    """Return the current vectors of a model version (stale ones, of edited answers, are left out)."""
    query = (
        select(
            ResponseRow.id,
            ResponseRow.question_id,
            ResponseRow.text,
            AnswerVectorRow.digest,
            AnswerVectorRow.dim,
            AnswerVectorRow.vector,
        )
        .join(AnswerVectorRow, AnswerVectorRow.response_id == ResponseRow.id)
        .where(AnswerVectorRow.model == model, AnswerVectorRow.version == version)
        .order_by(ResponseRow.id)
    )
    return [
        StoredVector(rid, qid, dim, bytes(data))
        for rid, qid, text, digest, dim, data in session.execute(query)
        if digest == text_digest(text)
    ]


def forget_vectors(session: Session, model: str | None = None) -> int:
    """Delete cached vectors (of one model, or all); return how many."""
    query = delete(AnswerVectorRow)
    if model is not None:
        query = query.where(AnswerVectorRow.model == model)
    return session.execute(query).rowcount or 0
