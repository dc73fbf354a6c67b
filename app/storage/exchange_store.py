"""Rows REFI-QDA exchange needs that no other query returns, and bulk writes for a new project."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.schema import CoderRow, CodingSpanRow, MemoRow, NoneAppliesRow
from app.storage.survey_store import bulk_insert


def list_none_applies(session: Session) -> list[tuple[str, str, str]]:
    """Return every 'no theme applies' decision as (response id, coder id, time)."""
    query = select(NoneAppliesRow.response_id, NoneAppliesRow.coder_id, NoneAppliesRow.created_at)
    return [tuple(row) for row in session.execute(query.order_by(NoneAppliesRow.created_at))]


def list_memos(session: Session) -> list[tuple[str, str | None, str, str, str]]:
    """Return every memo as (id, response id or None, coder id, text, time)."""
    query = select(MemoRow.id, MemoRow.response_id, MemoRow.coder_id, MemoRow.text, MemoRow.created_at)
    return [tuple(row) for row in session.execute(query.order_by(MemoRow.created_at, MemoRow.id))]


def coder_ids(session: Session) -> dict[str, str]:
    """Return coder name -> id."""
    return dict(session.execute(select(CoderRow.name, CoderRow.id)).all())


def insert_coders(session: Session, coders: list[tuple[str, str]]) -> None:
    """Add coders as (id, name)."""
    bulk_insert(session, "coders", ("id", "name"), coders)


def insert_codings(session: Session, rows: list[tuple[str, str, str, str, str]]) -> None:
    """Add codings as (response id, theme id, coder id, origin, time) with one executemany."""
    bulk_insert(session, "codings", ("response_id", "theme_id", "coder_id", "origin", "created_at"), rows)


def insert_none_applies(session: Session, rows: list[tuple[str, str, str]]) -> None:
    """Add 'no theme applies' decisions as (response id, coder id, time)."""
    bulk_insert(session, "none_applies", ("response_id", "coder_id", "created_at"), rows)


def insert_memos(session: Session, rows: list[tuple[str, str | None, str, str, str]]) -> None:
    """Add memos as (id, response id or None, coder id, text, time)."""
    bulk_insert(session, "memos", ("id", "response_id", "coder_id", "text", "created_at"), rows)


def span_starts(session: Session) -> set[tuple[str, str, str, int]]:
    """Return every stored span's key as (response id, theme id, coder id, start)."""
    query = select(
        CodingSpanRow.response_id, CodingSpanRow.theme_id, CodingSpanRow.coder_id, CodingSpanRow.start
    )
    return {tuple(row) for row in session.execute(query)}


def insert_spans(session: Session, rows: list[tuple[str, str, str, int, int, str]]) -> None:
    """Add coded spans as (response id, theme id, coder id, start, end, time) with one executemany."""
    columns = ("response_id", "theme_id", "coder_id", "start", '"end"', "created_at")
    bulk_insert(session, "coding_spans", columns, rows)
