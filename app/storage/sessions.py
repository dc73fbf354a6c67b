"""One database transaction per use case, and the session and engine types the facade passes along."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

__all__ = ["Engine", "Session", "transaction"]


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """Open a session whose work commits together or not at all."""
    with Session(engine, expire_on_commit=False) as session, session.begin():
        yield session
