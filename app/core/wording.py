"""Counted nouns for the command line's messages: '1 coding', '2 codings', '1 answer'."""

from __future__ import annotations

IRREGULAR = {"is": "are", "was": "were", "has": "have", "this": "these"}


def plural(count: int, noun: str, many: str | None = None) -> str:
    """Return '<count> <noun>' with the noun in the plural unless the count is one."""
    if count == 1:
        return f"{count} {noun}"
    return f"{count} {many or IRREGULAR.get(noun) or noun + 's'}"
