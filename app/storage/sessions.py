"""One database transaction per use case, and the session and engine types the facade passes along."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from app.storage.transactions import use_case

__all__ = ["Engine", "Session", "transaction"]


@contextmanager
def transaction(engine: Engine, *, write: bool = True) -> Iterator[Session]:
    """Open a session whose work commits together or not at all; a write takes the write lock first."""
    with use_case(engine, write=write) as session:
        yield session
