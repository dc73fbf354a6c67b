"""The one error type of REFI-QDA exchange: its message is a single line naming the file and problem."""

from __future__ import annotations


class RefiError(ValueError):
    """A REFI-QDA file that cannot be read or written; the message is meant for the user."""
