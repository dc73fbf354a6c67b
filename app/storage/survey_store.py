"""Bulk writes of imported survey waves: one executemany per table keeps 100k answers fast."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice, repeat
from operator import itemgetter

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.core.models import new_compact_id, new_ids
from app.storage.changes import now_iso
from app.storage.schema import QuestionRow, RespondentRow, ResponseRow, SourceRow


@dataclass(frozen=True)
class WaveRows:
    """A parsed survey wave in plain tuples, as the storage layer needs it."""

    file_name: str
    checksum: str
    questions: list[tuple[str, str]]  # (key, full text)
    respondents: Sequence[tuple]  # (external id, attributes, ...): read by position, extra fields ignored
    answers: Sequence[tuple]  # (respondent external id, question key, text[, part, ...]); part 1 if left out
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
    updated_respondents: int = 0  # known respondents who got attributes they did not have
    changed_attributes: list[tuple[str, str, str, str]] = field(default_factory=list)  # (who, name, old, new)
    response_ids: dict[tuple[str, str, int], str] = field(default_factory=dict)  # (external id, key, part)


def find_source(session: Session, checksum: str) -> tuple[str, str] | None:
    """Return (file name, import time) of an earlier import of the same bytes."""
    row = session.scalars(select(SourceRow).where(SourceRow.checksum == checksum)).first()
    return (row.file_name, row.imported_at) if row else None


def bulk_insert(
    session: Session, table: str, columns: Sequence[str], rows: Iterable[tuple], chunk: int = 20_000
) -> None:
    """Insert many rows with driver-level executemany (no per-row statement compilation).

    Rows may come from a generator: they are sent in chunks, so a 100,000-row load never holds every
    prepared tuple at once.
    """
    marker = "?" if session.get_bind().dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([marker] * len(columns))})"
    connection = session.connection()
    iterator = iter(rows)
    while batch := list(islice(iterator, chunk)):
        connection.exec_driver_sql(sql, batch)


_first, _second, _third, _fourth = (itemgetter(i) for i in range(4))


def _attribute_texts(attribute_dicts: Sequence[dict[str, str]]) -> Iterator[str]:
    """Write attribute dictionaries as compact JSON, encoding each distinct combination once.

    Closed answers repeat, and a parsed wave shares one dict among respondents with the same values,
    so the dicts are told apart by identity (the wave keeps every one alive meanwhile) in C-level
    passes; only distinct dicts are looked at in Python.
    """
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    by_items: dict[tuple, str] = {}
    by_identity: dict[int, str] = {}
    for identity, attrs in dict(zip(map(id, attribute_dicts), attribute_dicts)).items():
        key = tuple(attrs.items())
        encoded = by_items.get(key)
        if encoded is None:
            encoded = by_items[key] = encode(attrs)
        by_identity[identity] = encoded
    return map(by_identity.__getitem__, map(id, attribute_dicts))


def _merge_attributes(
    session: Session, wave: WaveRows, known: dict[str, str]
) -> tuple[int, list[tuple[str, str, str, str]]]:
    """Give known respondents the attributes a later wave brings; a different value is reported, not stored."""
    if not known:
        return 0, []
    wanted = {r[0]: r[1] for r in wave.respondents if r[1] and r[0] in known}
    if not wanted:
        return 0, []
    stored = (
        {
            external_id: text
            for external_id, text in session.execute(
                select(RespondentRow.external_id, RespondentRow.attributes).where(
                    RespondentRow.external_id.in_(list(wanted))
                )
            )
        }
        if len(wanted) <= 500
        else dict(session.execute(select(RespondentRow.external_id, RespondentRow.attributes)).all())
    )
    changed: list[tuple[str, str, str, str]] = []
    updates = []
    for external_id, attrs in wanted.items():
        current = json.loads(stored.get(external_id) or "{}")
        added = {k: v for k, v in attrs.items() if k not in current}
        changed.extend(
            (external_id, k, current[k], v) for k, v in attrs.items() if k in current and current[k] != v
        )
        if added:
            updates.append(
                {
                    "rid": known[external_id],
                    "attrs": json.dumps({**current, **added}, ensure_ascii=False, separators=(",", ":")),
                }
            )
    for item in updates:
        session.execute(
            update(RespondentRow).where(RespondentRow.id == item["rid"]).values(attributes=item["attrs"])
        )
    return len(updates), changed


@contextmanager
def _indexes_built_after(session: Session, table: str, *, empty: bool) -> Iterator[None]:
    """Load an empty SQLite table without its secondary indexes and build them once afterwards (faster)."""
    if not empty or session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    indexes = [
        (name, sql)
        for name, sql in connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            (table,),
        )
    ]
    for name, _ in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        connection.exec_driver_sql(sql)


def insert_wave(session: Session, wave: WaveRows, *, want_ids: bool = False) -> WaveCounts:
    """Add a survey wave, reusing known respondents and questions and never touching stored answers."""
    source_id = new_compact_id()
    question_ids = dict(session.execute(select(QuestionRow.key, QuestionRow.id)).all())
    next_position = (session.scalar(select(func.max(QuestionRow.position))) or 0) + 1
    new_questions = []
    for key, text in wave.questions:
        if key not in question_ids:
            question_ids[key] = new_compact_id()
            new_questions.append((question_ids[key], key, text, next_position))
            next_position += 1

    respondent_ids = dict(session.execute(select(RespondentRow.external_id, RespondentRow.id)).all())
    updated, changed_attributes = _merge_attributes(session, wave, respondent_ids)
    seq = (session.scalar(select(func.max(RespondentRow.seq))) or 0) + 1
    fresh = (
        [r for r in wave.respondents if r[0] not in respondent_ids] if respondent_ids else wave.respondents
    )
    fresh_ids = new_ids(len(fresh))
    respondent_ids.update(zip(map(_first, fresh), fresh_ids))
    # Rows are zipped from C-level maps and prepared while being inserted: no Python call per row.
    new_respondents = zip(
        fresh_ids,
        map(_first, fresh),
        range(seq, seq + len(fresh)),
        _attribute_texts(list(map(_second, fresh))),
        repeat(source_id),
    )

    existing_text: dict[tuple[str, str, int], tuple[str, str]] = {}
    if len(fresh) < len(wave.respondents):  # only known respondents can have stored answers
        existing_text = {
            (r, q, p): (i, t)
            for i, r, q, p, t in session.execute(
                select(
                    ResponseRow.id,
                    ResponseRow.respondent_id,
                    ResponseRow.question_id,
                    ResponseRow.part,
                    ResponseRow.text,
                )
            )
        }
    changed: list[tuple[str, str]] = []
    first_seq = (session.scalar(select(func.max(ResponseRow.seq))) or 0) + 1
    response_ids: dict[tuple[str, str, int], str] = {}
    new_answers: Iterable[tuple]
    if not existing_text and not want_ids:  # a first wave: every answer is new, rows made as they are sent
        count, kept = len(wave.answers), 0
        # within one wave (respondent, question, part) is unique by construction
        answers = wave.answers
        new_answers = zip(
            new_ids(count),
            map(respondent_ids.__getitem__, map(_first, answers)),
            map(question_ids.__getitem__, map(_second, answers)),
            map(_third, answers),
            range(first_seq, first_seq + count),
            repeat(source_id),
            map(_fourth, answers) if min(map(len, answers), default=4) > 3 else repeat(1),
        )
    else:
        rows: list[tuple] = []
        kept, response_seq = 0, first_seq
        ids = iter(new_ids(len(wave.answers)))
        for answer in wave.answers:
            external_id, key, text = answer[0], answer[1], answer[2]
            part = answer[3] if len(answer) > 3 else 1
            triple = (respondent_ids[external_id], question_ids[key], part)
            stored = existing_text.get(triple)
            if stored is not None:
                if stored[1] != text:
                    changed.append((external_id, key))
                kept += 1
                if want_ids:
                    response_ids[(external_id, key, part)] = stored[0]
                continue
            answer_id = next(ids)
            rows.append((answer_id, triple[0], triple[1], text, response_seq, source_id, part))
            if want_ids:
                response_ids[(external_id, key, part)] = answer_id
            response_seq += 1
        new_answers, count = rows, len(rows)

    bulk_insert(
        session,
        "sources",
        ("id", "file_name", "checksum", "imported_at", "respondents", "answers", "blank_answers"),
        [(source_id, wave.file_name, wave.checksum, now_iso(), len(fresh), count, wave.blank_answers)],
    )
    bulk_insert(session, "questions", ("id", "key", "text", "position"), new_questions)
    bulk_insert(
        session, "respondents", ("id", "external_id", "seq", "attributes", "source_id"), new_respondents
    )
    with _indexes_built_after(session, "responses", empty=first_seq == 1):
        bulk_insert(
            session,
            "responses",
            ("id", "respondent_id", "question_id", "text", "seq", "source_id", "part"),
            new_answers,
        )
    return WaveCounts(
        source_id,
        len(fresh),
        len(new_questions),
        count,
        kept,
        wave.blank_answers,
        changed,
        updated,
        changed_attributes,
        response_ids,
    )
