"""Memos: a coder's notes on an answer or on the project as a whole."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.memos import Memo
from app.storage.schema import CoderRow, MemoRow


def find_memo(session: Session, coder_id: str, response_id: str | None) -> MemoRow | None:
    """Return this coder's memo on a response (or the project memo when response_id is None)."""
    where = MemoRow.response_id.is_(None) if response_id is None else MemoRow.response_id == response_id
    return session.scalars(select(MemoRow).where(MemoRow.coder_id == coder_id, where)).first()


def list_memos(session: Session, response_id: str | None = None) -> list[Memo]:
    """Return memos (of one response, or all) oldest first, with their coder's name."""
    query = select(MemoRow, CoderRow.name).join(CoderRow, CoderRow.id == MemoRow.coder_id)
    if response_id is not None:
        query = query.where(MemoRow.response_id == response_id)
    return [
        Memo(id=m.id, response_id=m.response_id, coder=name, text=m.text, created_at=m.created_at)
        for m, name in session.execute(query.order_by(MemoRow.created_at))
    ]
