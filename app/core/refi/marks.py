"""Thematic's note on a selection it writes: the codings' origin, and whether the selection is a coded span.

The standard has no field for where a coding came from (manual, suggestion, consensus...) nor for telling a
coded span that happens to cover a whole answer from a coding of the whole answer. A PlainTextSelection
has an optional `Description` (any text, valid against Project.xsd), so Thematic writes one short line
there, `Thematic: origin=suggestion` or `Thematic: origin=manual; span`, and reads it back only from files
whose `origin` attribute says Thematic wrote them. Other programs show the line as the selection's
description; nothing else depends on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.models import Origin

PREFIX = "Thematic:"
ORIGINS = frozenset(o.value for o in Origin)


@dataclass(frozen=True)
class SelectionMark:
    """What Thematic noted on a selection: its codings' origin ('' when unknown) and span-ness."""

    origin: str = ""
    span: bool = False


def write_mark(origin: str, span: bool) -> str:
    """The Description line for a selection of codings with this origin (a span or a whole answer)."""
    parts = ([f"origin={origin}"] if origin else []) + (["span"] if span else [])
    return f"{PREFIX} " + "; ".join(parts)


def read_mark(description: str) -> SelectionMark:
    """Read a Description written by write_mark; anything else (another program's text) says nothing."""
    text = (description or "").strip()
    if not text.startswith(PREFIX):
        return SelectionMark()
    origin, span = "", False
    for part in (p.strip() for p in text[len(PREFIX) :].split(";")):
        if part == "span":
            span = True
        elif part.startswith("origin=") and part[len("origin=") :] in ORIGINS:
            origin = part[len("origin=") :]
        else:
            return SelectionMark()  # not a line Thematic wrote
    return SelectionMark(origin, span)


def written_by_thematic(origin: str) -> bool:
    """True when a project's `origin` attribute names Thematic (only then are marks trusted)."""
    return origin.strip().split(" ", 1)[0] == "Thematic"
