"""Progress reporting and cancellation for long pure functions run by the GUI's executor."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[float, str], None]


class Cancelled(Exception):
    """Raised by a progress callback to stop long work; nothing it started is kept."""


def no_progress(fraction: float, label: str) -> None:
    """Ignore progress (the default for scripts and tests)."""
