"""Plain domain records shared by every layer, so storage never leaks ORM objects upward."""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass, field
from enum import Enum


def new_id() -> str:
    """Return a fresh stable identifier for entities that travel between project files."""
    return str(uuid.uuid4())


def new_ids(count: int, *, _start: tuple[int, int] | None = None) -> list[str]:
    """Return many fresh, increasing UUIDs (version 7), so bulk inserts append to the database's indexes.

    The 73 random bits after the version are a counter: only its last 48 bits (the last 12 hex digits)
    change within a batch, so each id is one shared prefix plus a formatted number (one f-string per id).
    `_start` = (milliseconds, counter) makes the output reproducible for tests.
    """
    millis, counter = _start or (time.time_ns() // 1_000_000, int.from_bytes(os.urandom(10), "big") >> 7)
    head = (millis & (1 << 48) - 1) << 80 | 0x7 << 76
    ids: list[str] = []
    value, end = counter, counter + count
    while value < end:
        high = value >> 48  # the counter's bits above the last 12 hex digits: fixed for this stretch
        stop = min(end, (high + 1) << 48)
        number = head | (value >> 62 & 0xFFF) << 64 | 0b10 << 62 | (value & (1 << 62) - 1)
        h = f"{number:032x}"
        prefix = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-"
        low = value & (1 << 48) - 1
        ids.extend([f"{prefix}{n:012x}" for n in range(low, low + stop - value)])
        value = stop
    return ids


class Origin(str, Enum):
    """Where a coding came from; reports and suggestion statistics need the difference."""

    MANUAL = "manual"
    SUGGESTION = "suggestion"
    IMPORT = "import"
    CONSENSUS = "consensus"


class ColumnRole(str, Enum):
    """What a survey column is used for when it is imported."""

    RESPONDENT_ID = "respondent_id"
    OPEN = "open"
    ATTRIBUTE = "attribute"
    IGNORE = "ignore"


@dataclass(frozen=True)
class Theme:
    """A codebook entry; `parent_id` makes the codebook a tree."""

    id: str
    name: str
    parent_id: str | None = None
    color: str = "#4e79a7"
    definition: str = ""
    inclusion: str = ""
    exclusion: str = ""
    examples: tuple[str, ...] = ()
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    position: int = 0
    code: str = ""  # a numeric code from the codebook (like an SPSS value label), matched on import
    # What an edit's optimistic check compares: the stored version, who made it and when (UTC ISO).
    version: int = field(default=0, compare=False)
    changed_by: str = field(default="", compare=False)
    changed_at: str = field(default="", compare=False)


@dataclass(frozen=True)
class Codebook:
    """A named, ordered list of themes (parents before their children)."""

    name: str
    themes: tuple[Theme, ...]
    description: str = ""
    single_choice: bool = False


@dataclass(frozen=True)
class Question:
    """An open-ended survey column; `key` is the column header, `text` the full question."""

    id: str
    key: str
    text: str
    position: int = 0
    single_choice: bool = False


@dataclass(frozen=True)
class Respondent:
    """One person who answered; `external_id` is the id used in the survey file."""

    id: str
    external_id: str
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Response:
    """One respondent's answer to one open question: the unit of coding."""

    id: str
    respondent_id: str
    question_id: str
    text: str
    external_id: str = ""


@dataclass(frozen=True)
class Coder:
    """A person who codes; codings are always attributed to one."""

    id: str
    name: str


@dataclass(frozen=True)
class Coding:
    """One theme assigned to one response by one coder."""

    response_id: str
    theme_id: str
    coder_id: str
    origin: Origin = Origin.MANUAL
    created_at: str = ""
