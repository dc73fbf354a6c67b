"""A PostgreSQL connection that listens for the notices writers send when they commit an event."""

from __future__ import annotations

import contextlib

import psycopg
from sqlalchemy.engine import make_url

from app.storage.event_feed import NOTIFY_CHANNEL
from app.storage.transactions import ConnectionLost

CONNECT_TIMEOUT_S = 5


class EventListener:
    """Waits for commit notices on its own connection (used from one background thread at a time)."""

    def __init__(self, url: str) -> None:
        self.conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        self._connection: psycopg.Connection | None = None

    def connect(self) -> None:
        """Open the listening connection; ConnectionLost when the server cannot be reached."""
        self.close()
        try:
            connection = psycopg.connect(self.conninfo, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
            connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
        except psycopg.Error as exc:
            raise ConnectionLost(_first_line(exc)) from None
        self._connection = connection

    def wait(self, timeout: float) -> bool:
        """Return True when a notice arrived within `timeout` seconds; ConnectionLost when the server went away."""
        if self._connection is None:
            self.connect()
        try:
            for _notice in self._connection.notifies(timeout=timeout, stop_after=1):
                return True
        except psycopg.Error as exc:
            self.close()
            raise ConnectionLost(_first_line(exc)) from None
        return False

    def close(self) -> None:
        """Close the listening connection (it is opened again by the next wait)."""
        if self._connection is not None:
            with contextlib.suppress(psycopg.Error):
                self._connection.close()
            self._connection = None


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
